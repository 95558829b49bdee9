using Signals.Data;

namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.Obv"/>: O(1) and allocation-free per bar, the same numbers as the batch.</summary>
public sealed class ObvStream
{
    private double _previousClose = double.NaN;

    public double Value { get; private set; } = double.NaN;

    public double Add(Bar bar) => Add(bar.Close, bar.Volume);

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
