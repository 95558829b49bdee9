using Signals.Data;

namespace Signals.Tests.Analytics;

/// <summary>Seeded synthetic panels for the analytics tests.</summary>
internal static class AnalyticsFixtures
{
    public static DateOnly[] TradingDays(int count)
    {
        var dates = new DateOnly[count];
        var d = new DateOnly(2020, 1, 2);
        for (int i = 0; i < count; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
            dates[i] = d;
            d = d.AddDays(1);
        }
        return dates;
    }

    public static string[] Symbols(int count) => Enumerable.Range(0, count).Select(i => $"S{i:D3}").ToArray();

    /// <summary>Random-walk bars: open and close differ, so the two forward-return bases differ.</summary>
    public static BarPanel RandomBars(int days, int symbols, int seed)
    {
        var rng = new Random(seed);
        var dates = TradingDays(days);
        var syms = Symbols(symbols);
        Panel o = new(dates, syms), h = new(dates, syms), l = new(dates, syms), c = new(dates, syms), v = new(dates, syms);
        for (int s = 0; s < symbols; s++)
        {
            double price = 50 + 50 * rng.NextDouble();
            for (int d = 0; d < days; d++)
            {
                double open = price * (1 + 0.005 * Gaussian(rng));
                double close = open * (1 + 0.015 * Gaussian(rng));
                o[d, s] = open; c[d, s] = close;
                h[d, s] = Math.Max(open, close) * 1.01; l[d, s] = Math.Min(open, close) * 0.99; v[d, s] = 1e6;
                price = close;
            }
        }
        return new BarPanel(dates, syms, o, h, l, c, v);
    }

    public static Panel Noise(DateOnly[] dates, string[] symbols, int seed)
    {
        var rng = new Random(seed);
        var p = new Panel(dates, symbols);
        for (int i = 0; i < p.Values.Length; i++) p.Values[i] = Gaussian(rng);
        return p;
    }

    public static double Gaussian(Random rng)
    {
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
