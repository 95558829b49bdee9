namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Relative Strength Index, Wilder's smoothing: average gain and loss are seeded with the simple mean of the
    /// first <paramref name="period"/> changes and then smoothed as <c>(prev·(n−1) + x)/n</c>. The first value is
    /// at index <paramref name="period"/>. With no losses in the window the RSI is 100 (also for a flat series),
    /// as in the reference library.
    /// </summary>
    public static void Rsi(ReadOnlySpan<double> values, int period, Span<double> result)
    {
        Guard.Period(period);
        Guard.SameLength(values.Length, result.Length, nameof(result));
        if (NumberRuns.AllNumbers(values)) { RsiRun(values, period, result); return; }
        result.Fill(double.NaN);
        foreach (var (start, length) in new NumberRuns(values))
            RsiRun(values.Slice(start, length), period, result.Slice(start, length));
    }

    private static void RsiRun(ReadOnlySpan<double> x, int period, Span<double> result)
    {
        int n = x.Length;
        result[..Math.Min(period, n)].Fill(double.NaN);
        if (n <= period) return;
        double sumGain = 0, sumLoss = 0;
        for (int i = 1; i <= period; i++)
        {
            double change = x[i] - x[i - 1];
            if (change > 0) sumGain += change; else sumLoss -= change;
        }
        double avgGain = sumGain / period, avgLoss = sumLoss / period;
        result[period] = RsiOf(avgGain, avgLoss);
        double decay = Smoothing.WilderDecay(period), inverse = 1.0 / period;
        for (int i = period + 1; i < n; i++)
        {
            double change = x[i] - x[i - 1];
            avgGain = Smoothing.Wilder(avgGain, change > 0 ? change : 0, decay, inverse);
            avgLoss = Smoothing.Wilder(avgLoss, change < 0 ? -change : 0, decay, inverse);
            result[i] = RsiOf(avgGain, avgLoss);
        }
    }

    /// <summary>100 − 100/(1 + RS) with RS = gain/loss, written with one division: 100·gain/(gain + loss).</summary>
    internal static double RsiOf(double avgGain, double avgLoss) =>
        avgLoss > 0 ? 100 * avgGain / (avgGain + avgLoss) : 100;
}

public static partial class IndicatorExtensions
{
    /// <summary>Wilder's RSI of any series (NaN during warm-up); chain it: <c>closes.Rsi(14).Ema(20)</c>.</summary>
    public static double[] Rsi(this double[] values, int period = 14)
    {
        var result = Series.New(values.Length);
        IndicatorKernels.Rsi(values, period, result);
        return result;
    }
}
