using Signals.Data;

namespace Signals.Benchmarks.Research;

/// <summary>500 symbols × 2,520 weekdays of seeded random-walk bars with volume, and a sparse news-like factor on them.</summary>
internal static class SyntheticBars
{
    public const int Days = 2520, Symbols = 500;

    /// <param name="newsShare">Share of symbol-days with a factor value; the rest hold <paramref name="empty"/>.</param>
    public static (BarPanel Bars, Panel Factor, string[] Groups) Build(int seed, double newsShare, double empty, int groups)
    {
        var rng = new Random(seed);
        var dates = new DateOnly[Days];
        var d = new DateOnly(2015, 1, 2);
        for (int i = 0; i < Days; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
            dates[i] = d;
            d = d.AddDays(1);
        }
        var symbols = Enumerable.Range(0, Symbols).Select(s => $"S{s:D3}").ToArray();
        Panel o = new(dates, symbols), c = new(dates, symbols), v = new(dates, symbols), factor = new(dates, symbols);
        for (int s = 0; s < Symbols; s++)
        {
            double price = 20 + 200 * rng.NextDouble();
            for (int t = 0; t < Days; t++)
            {
                o[t, s] = price * (1 + 0.003 * (rng.NextDouble() - 0.5));
                price = o[t, s] * (1 + 0.03 * (rng.NextDouble() - 0.5));
                c[t, s] = price;
                v[t, s] = 1e6 * (0.5 + rng.NextDouble());
                factor[t, s] = rng.NextDouble() < newsShare ? rng.NextDouble() - 0.5 : empty;
            }
        }
        var names = Enumerable.Range(0, Symbols).Select(s => "g" + (s % groups)).ToArray();
        return (new BarPanel(dates, symbols, o, c, c, c, v), factor, names);
    }
}
