namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Exponential moving average with smoothing 2/(period+1), seeded with the simple average of the first
    /// <paramref name="period"/> values (the first value appears at index <c>period - 1</c>).
    /// </summary>
    public static void Ema(ReadOnlySpan<double> values, int period, Span<double> result)
    {
        Guard.Period(period);
        Guard.SameLength(values.Length, result.Length, nameof(result));
        if (NumberRuns.AllNumbers(values)) { EmaRun(values, period, result); return; }
        result.Fill(double.NaN);
        foreach (var (start, length) in new NumberRuns(values))
            EmaRun(values.Slice(start, length), period, result.Slice(start, length));
    }

    internal static void EmaRun(ReadOnlySpan<double> x, int period, Span<double> result)
    {
        int n = x.Length;
        result[..Math.Min(period - 1, n)].Fill(double.NaN);
        if (n < period) return;
        double k = Smoothing.EmaFactor(period), decay = 1 - k;
        double ema = Series.SumForward(x[..period]) / period;
        result[period - 1] = ema;
        for (int i = period; i < n; i++)
        {
            ema = Smoothing.Ema(ema, x[i], k, decay);
            result[i] = ema;
        }
    }
}

public static partial class IndicatorExtensions
{
    /// <summary>Exponential moving average of any series, SMA-seeded (NaN during warm-up).</summary>
    public static double[] Ema(this double[] values, int period)
    {
        var result = Series.New(values.Length);
        IndicatorKernels.Ema(values, period, result);
        return result;
    }
}
