using Signals.Data;

namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.WilliamsR"/>, bit for bit the batch numbers: amortised O(1), no allocation per bar.</summary>
public sealed class WilliamsRStream
{
    private readonly int _period;
    private readonly RollingMax _highest;
    private readonly RollingMax _negatedLowest;
    private int _count;

    /// <summary>A stream over <paramref name="period"/> bars; throws when it is below 1.</summary>
    public WilliamsRStream(int period = 14)
    {
        Guard.Period(period);
        _period = period;
        _highest = new RollingMax(period);
        _negatedLowest = new RollingMax(period);
        Value = double.NaN;
    }

    /// <summary>The latest %R in [−100, 0]; NaN while warming up.</summary>
    public double Value { get; private set; }

    /// <summary>Whether a full period of bars has been seen.</summary>
    public bool IsReady => _count >= _period;

    /// <summary>Adds the next bar (its high, low and close).</summary>
    public double Add(Bar bar) => Add(bar.High, bar.Low, bar.Close);

    /// <summary>Adds the next bar and returns %R.</summary>
    public double Add(double high, double low, double close)
    {
        double highest = _highest.Push(high);
        double lowest = -_negatedLowest.Push(-low);
        if (_count < _period && ++_count < _period) return Value;
        return Value = IndicatorKernels.RawStochastic(close, highest, lowest) - 100;
    }
}
