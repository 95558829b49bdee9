namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Simple moving average: the mean of the last <paramref name="period"/> values. The first
    /// <c>period - 1</c> results are NaN (warm-up). The running sum is re-summed exactly every
    /// 8 windows, so rounding does not build up over long series.
    /// </summary>
    public static void Sma(ReadOnlySpan<double> values, int period, Span<double> result)
    {
        Guard.Period(period);
        Guard.SameLength(values.Length, result.Length, nameof(result));
        if (NumberRuns.AllNumbers(values)) { SmaRun(values, period, result); return; }
        result.Fill(double.NaN);
        foreach (var (start, length) in new NumberRuns(values))
            SmaRun(values.Slice(start, length), period, result.Slice(start, length));
    }

    private static void SmaRun(ReadOnlySpan<double> x, int period, Span<double> result)
    {
        int n = x.Length;
        result[..Math.Min(period - 1, n)].Fill(double.NaN);
        if (n < period) return;
        double sum = Series.SumForward(x[..period]);
        result[period - 1] = sum / period;
        int slides = 0, interval = RollingMoments.ResumInterval(period);
        for (int i = period; i < n; i++)
        {
            if (++slides == interval)
            {
                slides = 0;
                sum = Series.SumForward(x.Slice(i - period + 1, period));
            }
            else sum += x[i] - x[i - period];
            result[i] = sum / period;
        }
    }
}

public static partial class IndicatorExtensions
{
    /// <summary>Simple moving average of any series (NaN during warm-up).</summary>
    public static double[] Sma(this double[] values, int period)
    {
        var result = Series.New(values.Length);
        IndicatorKernels.Sma(values, period, result);
        return result;
    }
}
