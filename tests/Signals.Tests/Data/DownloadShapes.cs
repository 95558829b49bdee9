using System.Globalization;
using System.Text;

namespace Signals.Tests.Data;

/// <summary>
/// Files in the shapes public datasets ship in, written by the tests themselves from a seed (no public file is
/// copied): Yahoo exports with <c>Adj Close</c> and literal <c>null</c> rows, a per-ticker folder tree of
/// extension-less Twitter JSON lines, Kaggle-style long files keyed by <c>Stock Name</c> grouped by symbol (the tweet
/// file's last line cut mid-row), an RSS CSV, and prices re-saved by Excel (m/d/yyyy or d/m/yyyy, newest first).
/// </summary>
internal sealed class DownloadShapes
{
    public static readonly string[] Tickers = ["AAPL", "MSFT", "GOOG", "AMZN", "TSLA", "NFLX"];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Good = ["beats estimates and raises guidance", "wins a large contract", "upgraded to buy"];
    private static readonly string[] Bad = ["misses estimates and cuts guidance", "faces a regulator probe", "downgraded to sell"];

    public sealed record Day(DateOnly Date, double Open, double High, double Low, double Close, double AdjClose, long Volume);

    private readonly string _root;

    public DownloadShapes(string root, int seed = 5, int days = 260)
    {
        _root = root;
        var rng = new Random(seed);
        foreach (var t in Tickers)
        {
            var list = new List<Day>();
            double p = 20 + 80 * rng.NextDouble(), factor = 0.9;
            for (var d = new DateOnly(2014, 1, 2); list.Count < days; d = d.AddDays(1))
            {
                if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
                double open = Math.Round(p * Math.Exp(0.004 * Normal(rng)), 4);
                double close = Math.Round(open * Math.Exp(0.015 * Normal(rng)), 4);
                double high = Math.Round(Math.Max(open, close) * 1.005, 4), low = Math.Round(Math.Min(open, close) * 0.995, 4);
                list.Add(new Day(d, open, high, low, close, Math.Round(close * factor, 4), rng.Next(100_000, 5_000_000)));
                p = close;
            }
            Prices[t] = list;
        }
        // Tweets: on about a quarter of the days per ticker, one or two, tone drawn at random.
        foreach (var t in Tickers)
            foreach (var day in Prices[t])
            {
                if (rng.NextDouble() > 0.25) continue;
                int n = rng.Next(1, 3);
                for (int i = 0; i < n; i++)
                {
                    var words = rng.NextDouble() < 0.5 ? Good : Bad;
                    var at = day.Date.ToDateTime(new TimeOnly(rng.Next(0, 24), rng.Next(0, 60), rng.Next(0, 60)), DateTimeKind.Utc);
                    Tweets.Add(new Tweet(Tweets.Count + 400_000_000_000_000_000L, t, at, $"${t} {words[rng.Next(words.Length)]}"));
                }
            }
    }

    public sealed record Tweet(long Id, string Symbol, DateTime At, string Text);

    public Dictionary<string, List<Day>> Prices { get; } = new(StringComparer.Ordinal);
    public List<Tweet> Tweets { get; } = [];

    /// <summary>Yahoo exports, one file per ticker (ascending, as Yahoo writes them); every <paramref name="nullEvery"/>-th day of the first ticker is a null row. Returns the folder and the (file, line) of each null row.</summary>
    public (string Folder, List<(string File, int Line)> NullRows) WriteYahooFolder(string name = "yahoo", int nullEvery = 50)
    {
        string folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        var nulls = new List<(string, int)>();
        foreach (var t in Tickers)
        {
            string file = Path.Combine(folder, t + ".csv");
            var sb = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
            int line = 1;
            foreach (var (d, i) in Prices[t].Select((d, i) => (d, i)))
            {
                line++;
                if (t == Tickers[0] && i > 0 && i % nullEvery == 0)
                {
                    sb.Append(string.Create(Inv, $"{d.Date:yyyy-MM-dd},null,null,null,null,null,null\n"));
                    nulls.Add((file, line));
                    continue;
                }
                sb.Append(string.Create(Inv, $"{d.Date:yyyy-MM-dd},{d.Open},{d.High},{d.Low},{d.Close},{d.AdjClose},{d.Volume}\n"));
            }
            File.WriteAllText(file, sb.ToString());
        }
        return (folder, nulls);
    }

    /// <summary>A folder per ticker, a file per day named yyyy-MM-dd without extension, one Twitter JSON object per line (no ticker field).</summary>
    public string WriteTwitterTree(string name = "tweets")
    {
        string folder = Path.Combine(_root, name);
        foreach (var g in Tweets.GroupBy(t => (t.Symbol, Day: DateOnly.FromDateTime(t.At))))
        {
            string dir = Path.Combine(folder, g.Key.Symbol);
            Directory.CreateDirectory(dir);
            var sb = new StringBuilder();
            foreach (var t in g)
                sb.Append(string.Create(Inv,
                    $"{{\"created_at\":\"{t.At.ToString("ddd MMM dd HH:mm:ss '+0000' yyyy", Inv)}\",\"id\":{t.Id},\"id_str\":\"{t.Id}\",\"text\":\"{t.Text}\",\"user\":{{\"id\":7,\"screen_name\":\"someone\"}},\"entities\":{{\"hashtags\":[]}}}}\n"));
            File.WriteAllText(Path.Combine(dir, g.Key.Day.ToString("yyyy-MM-dd", Inv)), sb.ToString());
        }
        return folder;
    }

    /// <summary>One long prices file keyed by "Stock Name", grouped by symbol, each group newest first.</summary>
    public string WriteGroupedPrices(string name = "stock_yfinance_data.csv", bool shuffle = false, int seed = 3)
    {
        var rows = new List<string>();
        foreach (var t in Tickers)
            foreach (var d in Enumerable.Reverse(Prices[t]))
                rows.Add(string.Create(Inv, $"{d.Date:yyyy-MM-dd},{d.Open},{d.High},{d.Low},{d.Close},{d.AdjClose},{d.Volume},{t}"));
        if (shuffle)
        {
            var rng = new Random(seed);
            rows = [.. rows.OrderBy(_ => rng.Next())];
        }
        string path = Path.Combine(_root, name);
        File.WriteAllText(path, "Date,Open,High,Low,Close,Adj Close,Volume,Stock Name\n" + string.Join('\n', rows) + "\n");
        return path;
    }

    /// <summary>One long tweets file (Date,Tweet,Stock Name,Company Name) grouped by symbol, newest first, its last line cut inside a quoted tweet. Returns the path and the cut line.</summary>
    public (string Path, int CutLine) WriteGroupedTweets(string name = "stock_tweets.csv")
    {
        var sb = new StringBuilder("Date,Tweet,Stock Name,Company Name\n");
        int line = 1;
        foreach (var g in Tweets.GroupBy(t => t.Symbol))
            foreach (var t in g.OrderByDescending(t => t.At))
            {
                sb.Append(string.Create(Inv, $"{t.At:yyyy-MM-dd HH:mm:ss}+00:00,\"{t.Text}, says a trader\",{t.Symbol},{t.Symbol} Inc.\n"));
                line++;
            }
        sb.Append("2014-03-03 10:00:00+00:00,\"$AAPL this tweet was cut off in the midd");
        line++;
        string path = Path.Combine(_root, name);
        File.WriteAllText(path, sb.ToString());
        return (path, line);
    }

    /// <summary>An RSS feed saved as CSV: title,pubDate,guid,link,description, no ticker, RFC 1123 dates, newest first.</summary>
    public string WriteRss(string name = "rss.csv", int items = 40)
    {
        var sb = new StringBuilder("title,pubDate,guid,link,description\n");
        var rng = new Random(9);
        var start = new DateTime(2014, 1, 6, 13, 0, 0, DateTimeKind.Utc);
        for (int i = items - 1; i >= 0; i--)
        {
            var at = start.AddHours(17 * i);
            var words = rng.NextDouble() < 0.5 ? "Stocks rally as investors cheer strong jobs data" : "Stocks slump as investors fear a slowdown";
            sb.Append(string.Create(Inv, $"{words},\"{at.ToString("r", Inv)}\",https://example.test/{i},https://example.test/{i},\"Markets, {i}: a long description\"\n"));
        }
        string path = Path.Combine(_root, name);
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    /// <summary>One ticker's prices as Excel re-saves them: slash dates (month or day first), newest first, no symbol column.</summary>
    public string WriteExcelDated(string ticker, bool monthFirst, string? name = null)
    {
        var sb = new StringBuilder("Date,Open,High,Low,Close,Volume\n");
        foreach (var d in Enumerable.Reverse(Prices[ticker]))
        {
            string date = monthFirst ? $"{d.Date.Month}/{d.Date.Day}/{d.Date.Year}" : $"{d.Date.Day}/{d.Date.Month}/{d.Date.Year}";
            sb.Append(string.Create(Inv, $"{date},{d.Open},{d.High},{d.Low},{d.Close},{d.Volume}\n"));
        }
        string path = Path.Combine(_root, name ?? $"{ticker.ToLowerInvariant()}-{(monthFirst ? "mdy" : "dmy")}.csv");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
