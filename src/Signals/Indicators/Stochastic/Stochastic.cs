using System.Buffers;
using System.Runtime.CompilerServices;
using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Stochastic oscillator. Raw %K = 100·(close − lowest low)/(highest high − lowest low) over
    /// <paramref name="lookbackPeriod"/> bars (0 when the range is flat, as in the reference library); the
    /// oscillator is its <paramref name="smoothPeriod"/>-bar SMA (slow %K), the signal (%D) the
    /// <paramref name="signalPeriod"/>-bar SMA of that, and %J = kFactor·K − dFactor·D.
    /// O(n): the window extremes by monotonic deques, the two short averages summed oldest first, as
    /// <see cref="StochasticStream"/> sums them, so both give the same bits.
    /// </summary>
    [SkipLocalsInit]
    public static void Stochastic(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriod, int signalPeriod, int smoothPeriod, Span<double> oscillator, Span<double> signal, Span<double> percentJ,
        double kFactor = 3, double dFactor = 2)
    {
        Guard.Period(lookbackPeriod, nameof(lookbackPeriod));
        Guard.Period(signalPeriod, nameof(signalPeriod));
        Guard.Period(smoothPeriod, nameof(smoothPeriod));
        Guard.Bars(high, low, close);
        int n = close.Length;
        Guard.SameLength(n, oscillator.Length, nameof(oscillator));
        Guard.SameLength(n, signal.Length, nameof(signal));
        Guard.SameLength(n, percentJ.Length, nameof(percentJ));
        // The first index with a raw %K, an oscillator and a signal (long periods may put them past the end).
        int firstRaw = Math.Min(lookbackPeriod - 1, n);
        int firstOscillator = (int)Math.Min((long)firstRaw + smoothPeriod - 1, n);
        int firstSignal = (int)Math.Min((long)firstOscillator + signalPeriod - 1, n);
        oscillator[..firstOscillator].Fill(double.NaN);
        signal[..firstSignal].Fill(double.NaN);
        percentJ[..firstSignal].Fill(double.NaN);
        if (firstOscillator == n) return;

        int queueLength = WindowExtremes.QueueLength(lookbackPeriod);
        int[]? rentedQueues = null;
        Span<int> queues = queueLength <= StackInts ? stackalloc int[queueLength] : (rentedQueues = ArrayPool<int>.Shared.Rent(queueLength));
        double[]? rentedRaw = null;
        Span<double> raw = n <= StackDoubles ? stackalloc double[n] : (rentedRaw = ArrayPool<double>.Shared.Rent(n)).AsSpan(0, n);

        var extremes = new WindowExtremes(high, low, lookbackPeriod, queues);
        for (int i = 0; i < firstRaw; i++) extremes.Add(i, out _, out _);
        for (int i = firstRaw; i < n; i++)
        {
            extremes.Add(i, out double highest, out double lowest);
            raw[i] = RawStochastic(close[i], highest, lowest);
        }
        for (int i = firstOscillator; i < n; i++)
            oscillator[i] = Series.SumForward(raw.Slice(i - smoothPeriod + 1, smoothPeriod)) / smoothPeriod;
        for (int i = firstSignal; i < n; i++)
        {
            double d = Series.SumForward(oscillator.Slice(i - signalPeriod + 1, signalPeriod)) / signalPeriod;
            signal[i] = d;
            percentJ[i] = kFactor * oscillator[i] - dFactor * d;
        }

        if (rentedQueues is not null) ArrayPool<int>.Shared.Return(rentedQueues);
        if (rentedRaw is not null) ArrayPool<double>.Shared.Return(rentedRaw);
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
