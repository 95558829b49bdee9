using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Stochastic oscillator. Raw %K = 100·(close − lowest low)/(highest high − lowest low) over
    /// <paramref name="lookbackPeriod"/> bars (0 when the range is flat, as in the reference library); the
    /// oscillator is its <paramref name="smoothPeriod"/>-bar SMA (slow %K), the signal (%D) the
    /// <paramref name="signalPeriod"/>-bar SMA of that, and %J = kFactor·K − dFactor·D.
    /// </summary>
    public static void Stochastic(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriod, int signalPeriod, int smoothPeriod, Span<double> oscillator, Span<double> signal, Span<double> percentJ,
        double kFactor = 3, double dFactor = 2)
    {
        Guard.Bars(high, low, close);
        int n = close.Length;
        Guard.SameLength(n, oscillator.Length, nameof(oscillator));
        Guard.SameLength(n, signal.Length, nameof(signal));
        Guard.SameLength(n, percentJ.Length, nameof(percentJ));
        var stream = new StochasticStream(lookbackPeriod, signalPeriod, smoothPeriod, kFactor, dFactor);
        for (int i = 0; i < n; i++)
        {
            var p = stream.Add(high[i], low[i], close[i]);
            oscillator[i] = p.Oscillator;
            signal[i] = p.Signal;
            percentJ[i] = p.PercentJ;
        }
    }

    /// <summary>Raw %K of one bar against its window's extremes; a flat window gives 0.</summary>
    internal static double RawStochastic(double close, double highest, double lowest) =>
        highest - lowest != 0 ? 100 * (close - lowest) / (highest - lowest) : 0;
}

/// <summary>Stochastic oscillator fields aligned 1:1 with the bars; NaN during warm-up.</summary>
public sealed class StochasticResult
{
    public required double[] Oscillator { get; init; }
    public required double[] Signal { get; init; }
    public required double[] PercentJ { get; init; }
}

public static partial class IndicatorExtensions
{
    /// <summary>Slow stochastic of the bars (14, 3, 3 by default): lookback, signal (%D) and smoothing periods.</summary>
    public static StochasticResult Stochastic(this BarSeries bars, int lookbackPeriod = 14, int signalPeriod = 3, int smoothPeriod = 3,
        double kFactor = 3, double dFactor = 2)
    {
        int n = bars.Count;
        var r = new StochasticResult { Oscillator = Series.New(n), Signal = Series.New(n), PercentJ = Series.New(n) };
        IndicatorKernels.Stochastic(bars.High, bars.Low, bars.Close, lookbackPeriod, signalPeriod, smoothPeriod, r.Oscillator, r.Signal, r.PercentJ, kFactor, dFactor);
        return r;
    }
}
