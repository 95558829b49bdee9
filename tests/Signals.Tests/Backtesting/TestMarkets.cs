using Signals.Data;
using Signals.Features;

namespace Signals.Tests.Backtesting;

/// <summary>Tiny hand-made and seeded random markets for backtest tests.</summary>
internal static class TestMarkets
{
    public static readonly DateOnly Start = new(2024, 1, 1);   // a Monday

    /// <summary>Weekdays from <see cref="Start"/>.</summary>
    public static DateOnly[] Weekdays(int count)
    {
        var days = new List<DateOnly>(count);
        for (var d = Start; days.Count < count; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(d);
        return days.ToArray();
    }

    /// <summary>A panel from per-symbol open and close columns (high/low bracket them, volume 1000).</summary>
    public static BarPanel Bars(string[] symbols, double[][] open, double[][] close)
    {
        int days = open[0].Length, n = symbols.Length;
        var dates = Weekdays(days);
        Panel o = new(dates, symbols), h = new(dates, symbols), l = new(dates, symbols), c = new(dates, symbols), v = new(dates, symbols);
        for (int s = 0; s < n; s++)
            for (int d = 0; d < days; d++)
            {
                o[d, s] = open[s][d]; c[d, s] = close[s][d];
                h[d, s] = Math.Max(open[s][d], close[s][d]); l[d, s] = Math.Min(open[s][d], close[s][d]);
                v[d, s] = double.IsNaN(close[s][d]) ? double.NaN : 1000;
            }
        return new BarPanel(dates, symbols, o, h, l, c, v);
    }

    public static BarPanel OneSymbol(double[] open, double[] close) => Bars(["AAA"], [open], [close]);

    /// <summary>Random-walk prices with overnight and intraday moves; <paramref name="missing"/> of the bars NaN.</summary>
    public static BarPanel RandomWalk(int symbols, int days, int seed, double missing = 0)
    {
        var rng = new Random(seed);
        var names = Enumerable.Range(0, symbols).Select(i => $"S{i:000}").ToArray();
        var open = new double[symbols][];
        var close = new double[symbols][];
        for (int s = 0; s < symbols; s++)
        {
            open[s] = new double[days]; close[s] = new double[days];
            double p = 20 + 80 * rng.NextDouble();
            for (int d = 0; d < days; d++)
            {
                open[s][d] = p * Math.Exp(0.005 * Normal(rng));
                close[s][d] = p = open[s][d] * Math.Exp(0.01 * Normal(rng));
                if (missing > 0 && d > 0 && rng.NextDouble() < missing) open[s][d] = close[s][d] = double.NaN;
            }
        }
        return Bars(names, open, close);
    }

    /// <summary>Random headlines: each symbol gets news on about <paramref name="rate"/> of days at random times of day.</summary>
    public static List<ScoredHeadline> RandomNews(BarPanel prices, int seed, double rate = 0.3)
    {
        var rng = new Random(seed);
        var news = new List<ScoredHeadline>();
        var ny = TimeSpan.FromHours(-5);
        for (int d = 0; d < prices.DayCount; d++)
            for (int s = 0; s < prices.SymbolCount; s++)
            {
                if (rng.NextDouble() >= rate) continue;
                var date = prices.Dates[d];
                var at = new DateTimeOffset(date.Year, date.Month, date.Day, 0, 0, 0, ny).AddMinutes(rng.Next(0, 24 * 60));
                news.Add(new ScoredHeadline($"n{d}-{s}", at, [prices.Symbols[s]], Math.Round(2 * rng.NextDouble() - 1, 3), rng.NextDouble()));
            }
        return news;
    }

    public static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
