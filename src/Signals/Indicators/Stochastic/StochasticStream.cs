using Signals.Data;

namespace Signals.Indicators;

/// <summary>One stochastic update; NaN fields are still warming up.</summary>
/// <param name="Oscillator">Slow %K, 0–100.</param>
/// <param name="Signal">%D, 0–100.</param>
/// <param name="PercentJ">%J = kFactor·K − dFactor·D.</param>
public readonly record struct StochasticPoint(double Oscillator, double Signal, double PercentJ);

/// <summary>
/// Streaming <see cref="IndicatorKernels.Stochastic"/>, bit for bit the batch numbers (the same comparisons for the
/// extremes, the same oldest-first sums): amortised O(1) for the window extremes plus O(smooth + signal) for the two short averages, no allocation per bar.
/// </summary>
public sealed class StochasticStream
{
    private readonly int _lookback;
    private readonly double _kFactor;
    private readonly double _dFactor;
    private readonly RollingMax _highest;
    private readonly RollingMax _negatedLowest;
    private readonly RingWindow _raw;
    private readonly RingWindow _oscillators;
    private int _count;

    /// <summary>A stream with the given lookback, signal and smoothing periods and %J factors; throws on a period below 1.</summary>
    public StochasticStream(int lookbackPeriod = 14, int signalPeriod = 3, int smoothPeriod = 3, double kFactor = 3, double dFactor = 2)
    {
        Guard.Period(lookbackPeriod, nameof(lookbackPeriod));
        Guard.Period(signalPeriod, nameof(signalPeriod));
        Guard.Period(smoothPeriod, nameof(smoothPeriod));
        _lookback = lookbackPeriod;
        _kFactor = kFactor;
        _dFactor = dFactor;
        _highest = new RollingMax(lookbackPeriod);
        _negatedLowest = new RollingMax(lookbackPeriod);
        _raw = new RingWindow(smoothPeriod);
        _oscillators = new RingWindow(signalPeriod);
        Value = new StochasticPoint(double.NaN, double.NaN, double.NaN);
    }

    /// <summary>The latest oscillator, signal and %J; NaN fields while warming up.</summary>
    public StochasticPoint Value { get; private set; }

    /// <summary>Whether the signal (%D) window is full and <see cref="Value"/> is complete.</summary>
    public bool IsReady => _oscillators.IsFull;

    /// <summary>Adds the next bar (its high, low and close).</summary>
    public StochasticPoint Add(Bar bar) => Add(bar.High, bar.Low, bar.Close);

    /// <summary>Adds the next bar and returns the stochastic fields.</summary>
    public StochasticPoint Add(double high, double low, double close)
    {
        double highest = _highest.Push(high);
        double lowest = -_negatedLowest.Push(-low);
        if (_count < _lookback && ++_count < _lookback) return Value;
        _raw.Push(IndicatorKernels.RawStochastic(close, highest, lowest));
        if (!_raw.IsFull) return Value;
        double oscillator = Series.SumForward(_raw.Older, _raw.Newer) / _raw.Capacity;
        _oscillators.Push(oscillator);
        if (!_oscillators.IsFull) return Value = new StochasticPoint(oscillator, double.NaN, double.NaN);
        double signal = Series.SumForward(_oscillators.Older, _oscillators.Newer) / _oscillators.Capacity;
        return Value = new StochasticPoint(oscillator, signal, _kFactor * oscillator - _dFactor * signal);
    }
}
