using System.Globalization;
using System.Text;

namespace Signals.Tests.Workflows;

/// <summary>
/// Files shaped like the ones users download, written by the tests themselves (no public data is copied): per-ticker
/// <c>aapl.us.txt</c> price files in the Date,Open,High,Low,Close,Volume,OpenInt layout with missing and zero-volume
/// days over 2008–2015, and a <c>,title,date,stock</c> headline dump with an unnamed index column, offset timestamps,
/// exact duplicate rows, one headline under several tickers, and news only in 2011–2013.
/// </summary>
internal sealed class MessyDownloads
{
    public static readonly string[] Tickers = ["aapl", "msft", "ibm", "ge", "xom", "jnj", "pg", "ko"];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public MessyDownloads(string root, int seed = 11)
    {
        PricesFolder = Path.Combine(root, "Stocks");
        Directory.CreateDirectory(PricesFolder);
        var rng = new Random(seed);
        foreach (var ticker in Tickers)
        {
            var sb = new StringBuilder("Date,Open,High,Low,Close,Volume,OpenInt\n");
            double p = 20 + 60 * rng.NextDouble();
            for (var day = new DateOnly(2008, 1, 2); day <= new DateOnly(2015, 12, 31); day = day.AddDays(1))
            {
                if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
                if (rng.NextDouble() < 0.01) continue;                       // a missing day
                double open = p * Math.Exp(0.004 * Normal(rng));
                double close = open * Math.Exp(0.012 * Normal(rng));
                double high = Math.Max(open, close) * 1.004, low = Math.Min(open, close) * 0.996;
                long volume = rng.NextDouble() < 0.01 ? 0 : rng.Next(100_000, 5_000_000);   // a zero-volume day
                sb.Append(string.Create(Inv, $"{day:yyyy-MM-dd},{open:0.####},{high:0.####},{low:0.####},{close:0.####},{volume},0\n"));
                p = close;
            }
            File.WriteAllText(Path.Combine(PricesFolder, ticker + ".us.txt"), sb.ToString());
        }

        NewsPath = Path.Combine(root, "analyst_ratings.csv");
        var news = new StringBuilder(",title,date,stock\n");
        int index = 0, line = 1;
        void Row(string title, DateTime local, string stock)
        {
            var offset = NewYork.GetUtcOffset(local);
            news.Append(string.Create(Inv, $"{index++},{title},{new DateTimeOffset(local, offset):yyyy-MM-dd HH:mm:sszzz},{stock}\n"));
            line++;
        }
        string[] good = ["beats estimates and raises guidance", "wins a large contract", "upgraded to buy"];
        string[] bad = ["misses estimates and cuts guidance", "faces a regulator probe", "downgraded to sell"];
        for (var day = new DateTime(2011, 1, 3); day < new DateTime(2014, 1, 1); day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            foreach (var ticker in Tickers)
            {
                if (rng.NextDouble() > 0.15) continue;
                var words = rng.NextDouble() < 0.5 ? good : bad;
                var at = day.AddMinutes(rng.Next(6 * 60, 20 * 60));
                Row($"{ticker.ToUpperInvariant()} {words[rng.Next(words.Length)]}", at, ticker.ToUpperInvariant());
            }
        }
        // An exact duplicate of a row (the index column differs, as in real dumps), and one headline under two tickers.
        var dup = new DateTime(2012, 3, 14, 8, 1, 0);
        Row("Chip makers rally on strong demand", dup, "AAPL");
        Row("Chip makers rally on strong demand", dup, "AAPL");
        Row("Chip makers rally on strong demand", dup, "IBM");
        Row("Acme Widgets upgraded", dup, "ACME");               // a ticker with no prices
        Row("A headline from before the prices", new DateTime(2005, 6, 1, 10, 0, 0), "AAPL");
        NewsText = news.ToString();
        File.WriteAllText(NewsPath, NewsText);
    }

    public string PricesFolder { get; }
    public string NewsPath { get; }
    public string NewsText { get; }

    /// <summary>Writes the news again with a title broken by an unquoted line break after the <paramref name="afterRow"/>-th data row; returns the first broken line.</summary>
    public int BreakATitle(int afterRow = 100)
    {
        var lines = NewsText.Split('\n').ToList();
        lines.Insert(afterRow + 1, $"{9999},Apple reports record quarter");
        lines.Insert(afterRow + 2, "and raises its dividend,2012-01-25 16:30:00-05:00,AAPL");
        File.WriteAllText(NewsPath, string.Join('\n', lines));
        return afterRow + 2;
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
