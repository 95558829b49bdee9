namespace Signals.Numerics;

/// <summary>One drawdown: from a running peak, down to its trough, back to the peak's level (or still open).</summary>
/// <param name="Peak">Date of the high-water mark the drawdown starts from.</param>
/// <param name="Trough">Date of the lowest equity inside the drawdown.</param>
/// <param name="Recovery">First date equity is back at or above the peak; null while still under water.</param>
/// <param name="Depth">Trough / peak − 1 (negative fraction).</param>
/// <param name="Days">Calendar days from peak to recovery, or to the last date when not yet recovered.</param>
public sealed record DrawdownPeriod(DateOnly Peak, DateOnly Trough, DateOnly? Recovery, double Depth, int Days);

/// <summary>Drawdowns of an equity curve measured from its running maximum.</summary>
public static class Drawdown
{
    /// <summary>equity[i] / max(equity[0..i]) − 1 for every i: zero at new highs, negative under water.</summary>
    public static double[] Series(ReadOnlySpan<double> equity)
    {
        var dd = new double[equity.Length];
        double peak = double.NegativeInfinity;
        for (int i = 0; i < equity.Length; i++)
        {
            double e = equity[i];
            if (double.IsNaN(e)) { dd[i] = double.NaN; continue; }
            if (e > peak) peak = e;
            dd[i] = peak > 0 ? e / peak - 1.0 : double.NaN;
        }
        return dd;
    }

    /// <summary>The deepest drawdown as a negative fraction (0 for a curve that never falls).</summary>
    public static double Max(ReadOnlySpan<double> equity)
    {
        double worst = 0, peak = double.NegativeInfinity;
        foreach (double e in equity)
        {
            if (double.IsNaN(e)) continue;
            if (e > peak) peak = e;
            if (peak > 0) worst = Math.Min(worst, e / peak - 1.0);
        }
        return worst;
    }

    /// <summary>
    /// Every drawdown in date order. Duration is counted in calendar days from the peak date to the recovery date,
    /// or to the last date for one still open — an unrecovered loss is as long as it has lasted so far.
    /// </summary>
    public static IReadOnlyList<DrawdownPeriod> Periods(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> equity)
    {
        if (dates.Length != equity.Length) throw new ArgumentException($"Got {dates.Length} dates for {equity.Length} equity values.");
        var periods = new List<DrawdownPeriod>();
        int peakIdx = -1, troughIdx = -1;
        bool underWater = false;
        for (int i = 0; i < equity.Length; i++)
        {
            double e = equity[i];
            if (double.IsNaN(e)) continue;
            if (peakIdx < 0 || e >= equity[peakIdx])
            {
                if (underWater)
                {
                    periods.Add(Make(dates, equity, peakIdx, troughIdx, i));
                    underWater = false;
                }
                peakIdx = i;
                continue;
            }
            if (!underWater) { underWater = true; troughIdx = i; }
            else if (e < equity[troughIdx]) troughIdx = i;
        }
        if (underWater) periods.Add(Make(dates, equity, peakIdx, troughIdx, -1));
        return periods;

        static DrawdownPeriod Make(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> equity, int peak, int trough, int recovery)
        {
            DateOnly end = recovery >= 0 ? dates[recovery] : dates[^1];
            return new DrawdownPeriod(dates[peak], dates[trough], recovery >= 0 ? dates[recovery] : null,
                equity[trough] / equity[peak] - 1.0, end.DayNumber - dates[peak].DayNumber);
        }
    }

    /// <summary>The longest peak-to-recovery duration in calendar days (an open drawdown counts to the last date).</summary>
    public static int LongestDays(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> equity)
    {
        int longest = 0;
        foreach (var p in Periods(dates, equity)) longest = Math.Max(longest, p.Days);
        return longest;
    }
}
