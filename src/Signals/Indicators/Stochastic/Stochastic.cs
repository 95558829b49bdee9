using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Stochastic oscillator. Raw %K = 100·(close − lowest low)/(highest high − lowest low) over
    /// <paramref name="lookbackPeriod"/> bars (0 when the range is flat, as in the reference library); the
    /// oscillator is its <paramref name="smoothPeriod"/>-bar SMA (slow %K), the signal (%D) the
    /// <paramref name="signalPeriod"/>-bar SMA of that, and %J = kFactor·K − dFactor·D.
    /// The window extremes by <see cref="WindowExtremes.Fill"/>, the two short averages summed oldest first, as
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

        double[]? rented = null;
        Span<double> scratch = 2 * n <= StackDoubles ? stackalloc double[2 * n] : (rented = ArrayPool<double>.Shared.Rent(2 * n)).AsSpan(0, 2 * n);
        Span<double> raw = scratch[..n], lowest = scratch[n..];
        WindowExtremes.Fill(high, low, lookbackPeriod, raw, lowest);
        // raw holds each window's highest high until its raw %K replaces it.
        for (int i = firstRaw; i < n; i++) raw[i] = RawStochastic(close[i], raw[i], lowest[i]);
        ref double r = ref MemoryMarshal.GetReference(raw);
        ref double k = ref MemoryMarshal.GetReference(oscillator);
        // Sums oldest first from 0, as the stream's SumForward: the same bits. Every j is at least firstRaw ≥ 0.
        for (int i = firstOscillator; i < n; i++)
        {
            double sum = 0;
            for (int j = i - smoothPeriod + 1; j <= i; j++) sum += Unsafe.Add(ref r, j);
            oscillator[i] = sum / smoothPeriod;
        }
        for (int i = firstSignal; i < n; i++)
        {
            double sum = 0;
            for (int j = i - signalPeriod + 1; j <= i; j++) sum += Unsafe.Add(ref k, j);
            double d = sum / signalPeriod;
            signal[i] = d;
            percentJ[i] = kFactor * oscillator[i] - dFactor * d;
        }
        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
    }

    /// <summary>Raw %K of one bar against its window's extremes; a flat window gives 0.</summary>
    internal static double RawStochastic(double close, double highest, double lowest) =>
        highest - lowest != 0 ? 100 * (close - lowest) / (highest - lowest) : 0;
}

/// <summary>Stochastic oscillator fields aligned 1:1 with the bars; NaN during warm-up.</summary>
public sealed class StochasticResult
{
    /// <summary>Slow %K, 0–100: the SMA of raw %K over the smoothing period.</summary>
    public required double[] Oscillator { get; init; }
    /// <summary>%D, 0–100: the SMA of slow %K over the signal period.</summary>
    public required double[] Signal { get; init; }
    /// <summary>%J = kFactor·K − dFactor·D (may leave 0–100).</summary>
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
