using Signals.Data;

namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.Obv"/>: O(1) and allocation-free per bar, the same numbers as the batch.</summary>
public sealed class ObvStream
{
    private double _previousClose = double.NaN;

    /// <summary>The running on-balance volume: NaN before the first bar, 0 after it.</summary>
    public double Value { get; private set; } = double.NaN;

    /// <summary>Adds the next bar (its close and volume) and returns the running total.</summary>
    public double Add(Bar bar) => Add(bar.Close, bar.Volume);

    /// <summary>Adds the next close and volume and returns the running total: volume is added on an up close, subtracted on a down close.</summary>
    public double Add(double close, double volume)
    {
        double previous = _previousClose;
        _previousClose = close;
        if (double.IsNaN(Value)) return Value = 0;
        if (close > previous) return Value += volume;
        if (close < previous) return Value -= volume;
        return Value;
    }
}
