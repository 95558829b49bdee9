using Signals.Data;
using Signals.Features;

namespace Signals.Benchmarks.Backtesting;

/// <summary>
/// A deterministic 500 symbols × 2,520 days universe (1.26M symbol-days) with news on ~30% of symbol-days,
/// already aggregated per decision day: the speed target's "data already in memory".
/// </summary>
internal static class SyntheticUniverse
{
    public const int Symbols = 500, Days = 2520;

    public static (BarPanel Prices, DailySentiment News) Build(int seed = 42)
    {
        var rng = new Random(seed);
        var dates = new DateOnly[Days];
        var d0 = new DateOnly(2015, 1, 1);
        for (int i = 0, k = 0; i < Days; k++)
        {
            var day = d0.AddDays(k);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) dates[i++] = day;
        }
        var symbols = new string[Symbols];
        for (int s = 0; s < Symbols; s++) symbols[s] = $"S{s:000}";

        Panel open = new(dates, symbols, new double[Days * Symbols]), close = new(dates, symbols, new double[Days * Symbols]);
        var price = new double[Symbols];
        for (int s = 0; s < Symbols; s++) price[s] = 20 + 80 * rng.NextDouble();
        var aligned = new List<AlignedScore>(Days * Symbols / 3);
        for (int d = 0; d < Days; d++)
            for (int s = 0; s < Symbols; s++)
            {
                double tone = 0;
                if (rng.NextDouble() < 0.3)
                {
                    tone = 2 * rng.NextDouble() - 1;
                    aligned.Add(new AlignedScore(d, s, tone, rng.NextDouble()));
                }
                open[d, s] = price[s] * (1 + 0.004 * (rng.NextDouble() - 0.5));
                close[d, s] = price[s] = open[d, s] * (1 + 0.002 * tone + 0.02 * (rng.NextDouble() - 0.5));
            }
        var prices = new BarPanel(dates, symbols, open, close.Clone(), open.Clone(), close, new Panel(dates, symbols, new double[Days * Symbols]));
        return (prices, DailySentiment.FromAligned(aligned, dates, symbols, DecisionTiming.Open));
    }
}
