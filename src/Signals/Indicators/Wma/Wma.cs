namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Linearly weighted moving average: weights 1..period, the newest value weighted most. The first
    /// <c>period - 1</c> results are NaN. Rolls in O(1) per bar and re-sums the window exactly every 8 windows.
    /// </summary>
    public static void Wma(ReadOnlySpan<double> values, int period, Span<double> result)
    {
        Guard.Period(period);
        Guard.SameLength(values.Length, result.Length, nameof(result));
        if (NumberRuns.AllNumbers(values)) { WmaRun(values, period, result); return; }
        result.Fill(double.NaN);
        foreach (var (start, length) in new NumberRuns(values))
            WmaRun(values.Slice(start, length), period, result.Slice(start, length));
    }

    private static void WmaRun(ReadOnlySpan<double> x, int period, Span<double> result)
    {
        int n = x.Length;
        result[..Math.Min(period - 1, n)].Fill(double.NaN);
        if (n < period) return;
        double divisor = period * (period + 1) / 2.0;
        var (weighted, sum) = WeightedSums.Of(x[..period], []);
        result[period - 1] = weighted / divisor;
        int slides = 0, interval = RollingMoments.ResumInterval(period);
        for (int i = period; i < n; i++)
        {
            if (++slides == interval)
            {
                slides = 0;
                (weighted, sum) = WeightedSums.Of(x.Slice(i - period + 1, period), []);
            }
            else
            {
                // Every weight drops by one (minus the old sum) and the new value enters at weight `period`.
                weighted += period * x[i] - sum;
                sum += x[i] - x[i - period];
            }
            result[i] = weighted / divisor;
        }
    }
}

/// <summary>Exact weighted and plain sums of a window held oldest first (in one or two parts).</summary>
internal static class WeightedSums
{
    public static (double Weighted, double Sum) Of(ReadOnlySpan<double> older, ReadOnlySpan<double> newer)
    {
        double weighted = 0, sum = 0;
        int w = 1;
        for (int i = 0; i < older.Length; i++, w++) { weighted += w * older[i]; sum += older[i]; }
        for (int i = 0; i < newer.Length; i++, w++) { weighted += w * newer[i]; sum += newer[i]; }
        return (weighted, sum);
    }
}

public static partial class IndicatorExtensions
{
    /// <summary>Weighted moving average of any series (NaN during warm-up).</summary>
    public static double[] Wma(this double[] values, int period)
    {
        var result = Series.New(values.Length);
        IndicatorKernels.Wma(values, period, result);
        return result;
    }
}
