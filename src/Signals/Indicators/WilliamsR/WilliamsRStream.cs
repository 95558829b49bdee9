using Signals.Data;

namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.WilliamsR"/>, bit for bit the batch numbers: amortised O(1), no allocation per bar.</summary>
public sealed class WilliamsRStream
{
    private readonly int _period;
    private readonly RollingMax _highest;
    private readonly RollingMax _negatedLowest;
    private int _count;

    public WilliamsRStream(int period = 14)
    {
        Guard.Period(period);
        _period = period;
        _highest = new RollingMax(period);
        _negatedLowest = new RollingMax(period);
        Value = double.NaN;
    }

    public double Value { get; private set; }

    public bool IsReady => _count >= _period;

    public double Add(Bar bar) => Add(bar.High, bar.Low, bar.Close);

    public double Add(double high, double low, double close)
    {
        double highest = _highest.Push(high);
        double lowest = -_negatedLowest.Push(-low);
        if (_count < _period && ++_count < _period) return Value;
        return Value = IndicatorKernels.RawStochastic(close, highest, lowest) - 100;
    }
}
