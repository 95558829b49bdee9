namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.Ema"/>: O(1) and allocation-free per value, the same numbers as the batch.</summary>
public sealed class EmaStream
{
    private readonly int _period;
    private readonly double _k;
    private readonly double _decay;
    private double _sum;
    private int _count;

    /// <summary>A stream over the last <paramref name="period"/> values (the batch kernel's period); throws when it is below 1.</summary>
    public EmaStream(int period)
    {
        Guard.Period(period);
        _period = period;
        _k = Smoothing.EmaFactor(period);
        _decay = 1 - _k;
        Value = double.NaN;
    }

    /// <summary>The latest average, NaN during warm-up.</summary>
    public double Value { get; private set; }

    /// <summary>Whether the warm-up is over and <see cref="Value"/> holds a average.</summary>
    public bool IsReady => _count >= _period;

    /// <summary>Adds the next value and returns the average. A NaN restarts the warm-up, as in the batch kernel.</summary>
    public double Add(double value)
    {
        if (double.IsNaN(value)) { Reset(); return Value; }
        if (_count >= _period)
        {
            return Value = Smoothing.Ema(Value, value, _k, _decay);
        }
        _sum += value;
        if (++_count == _period) Value = _sum / _period;
        return Value;
    }

    /// <summary>Forgets every value: the next one starts a new warm-up.</summary>
    public void Reset()
    {
        _sum = 0;
        _count = 0;
        Value = double.NaN;
    }
}
