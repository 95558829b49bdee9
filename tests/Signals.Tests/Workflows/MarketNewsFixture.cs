using System.Globalization;
using Signals.Data;
using Signals.Features;

namespace Signals.Tests.Workflows;

/// <summary>
/// A synthetic market written by the test: <c>names</c> stocks whose open-to-open return on day d is a common market
/// move plus their own noise, and one market headline a day published before that day's open (08:00 UTC) with a
/// score in [−1, 1]. With <c>predictive</c>, day d's market move is 0.6 % × day d's score plus noise — the news
/// leads the next open-to-open return it can be traded on; without, the score is unrelated to any price.
/// </summary>
internal sealed class MarketNewsFixture
{
    public MarketNewsFixture(int days, int names, bool predictive, int seed = 7)
    {
        var rng = new Random(seed);
        Dates = TinyPanels.Weekdays(days);
        Symbols = TinyPanels.Symbols(names);
        Scores = new double[days];
        for (int d = 0; d < days; d++) Scores[d] = Math.Clamp(Gauss(rng) * 0.4, -1, 1);
        var opens = new double[names][];
        for (int s = 0; s < names; s++) { opens[s] = new double[days]; opens[s][0] = 50 + 10 * s; }
        for (int d = 0; d + 1 < days; d++)
        {
            double market = 0.0002 + 0.004 * Gauss(rng) + (predictive ? 0.006 * Scores[d] / 0.4 : 0);
            for (int s = 0; s < names; s++) opens[s][d + 1] = opens[s][d] * (1 + market + 0.01 * Gauss(rng));
        }
        Prices = FromOpens(opens, rng);
        // Before 09:30 New York on day d (08:00 UTC is 03:00 or 04:00 there): the headline first counts at day d's open.
        Headlines = [.. Enumerable.Range(0, days).Select(d => new ScoredHeadline(
            $"h{d}", new DateTimeOffset(Dates[d].ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero), [], Scores[d]))];
    }

    public DateOnly[] Dates { get; }
    public string[] Symbols { get; }
    public double[] Scores { get; }
    public BarPanel Prices { get; }
    /// <summary>One symbol-less headline per day, scored.</summary>
    public IReadOnlyList<ScoredHeadline> Headlines { get; }

    /// <summary>The same headlines as news items naming <paramref name="symbols"/> (none: market news).</summary>
    public IReadOnlyList<NewsItem> News(params string[] symbols) =>
        [.. Headlines.Select(h => new NewsItem(h.Id, h.Published, symbols, h.Score >= 0 ? "Stocks rally as strong gains lift the market" : "Stocks plunge as weak data deepens losses"))];

    /// <summary>Writes the prices as a folder of per-symbol CSV files (SYMBOL.csv: date,open,high,low,close,volume).</summary>
    public string WritePrices(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var s in Symbols)
            using (var w = new StreamWriter(Path.Combine(folder, s + ".csv"))) PriceCsv.Write(w, [Prices.Series(s)], includeSymbol: false);
        return folder;
    }

    /// <summary>Writes the news as CSV: timestamp,title (no symbol column) or timestamp,symbols,title.</summary>
    public string WriteNews(string path, params string[] symbols)
    {
        using var w = new StreamWriter(path);
        w.Write(symbols.Length == 0 ? "timestamp,title\n" : "timestamp,symbols,title\n");
        foreach (var n in News(symbols))
            w.Write(symbols.Length == 0
                ? $"{NewsFile.FormatTimestamp(n.Published)},{n.Headline}\n"
                : $"{NewsFile.FormatTimestamp(n.Published)},\"{string.Join(';', symbols)}\",{n.Headline}\n");
        return path;
    }

    private static BarPanel FromOpens(double[][] opens, Random rng)
    {
        int names = opens.Length, days = opens[0].Length;
        var dates = TinyPanels.Weekdays(days);
        var symbols = TinyPanels.Symbols(names);
        Panel open = new(dates, symbols), high = new(dates, symbols), low = new(dates, symbols), close = new(dates, symbols), volume = new(dates, symbols);
        for (int d = 0; d < days; d++)
            for (int s = 0; s < names; s++)
            {
                double o = opens[s][d], c = o * (1 + 0.003 * Gauss(rng));
                open[d, s] = o; close[d, s] = c;
                high[d, s] = Math.Max(o, c) * 1.002; low[d, s] = Math.Min(o, c) * 0.998;
                volume[d, s] = 1_000_000;
            }
        return new BarPanel(dates, symbols, open, high, low, close, volume);
    }

    private static double Gauss(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
