namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.Rsi"/>: O(1) and allocation-free per value, the same numbers as the batch.</summary>
public sealed class RsiStream
{
    private readonly int _period;
    private readonly double _decay;
    private readonly double _inverse;
    private double _previous = double.NaN;
    private double _avgGain;
    private double _avgLoss;
    private int _changes;

    /// <summary>A stream with Wilder smoothing over <paramref name="period"/> changes (the batch kernel's period); throws when it is below 1.</summary>
    public RsiStream(int period = 14)
    {
        Guard.Period(period);
        _period = period;
        _decay = Smoothing.WilderDecay(period);
        _inverse = 1.0 / period;
        Value = double.NaN;
    }

    /// <summary>The latest RSI (0–100), NaN during warm-up.</summary>
    public double Value { get; private set; }

    /// <summary>Whether a full period of changes have been seen and <see cref="Value"/> holds an RSI.</summary>
    public bool IsReady => _changes >= _period;

    /// <summary>Adds the next value and returns the RSI. A NaN restarts the warm-up, as in the batch kernel.</summary>
    public double Add(double value)
    {
        if (double.IsNaN(value)) { Reset(); return Value; }
        double previous = _previous;
        _previous = value;
        if (double.IsNaN(previous)) return Value;
        double change = value - previous;
        if (_changes >= _period)
        {
            _avgGain = Smoothing.Wilder(_avgGain, change > 0 ? change : 0, _decay, _inverse);
            _avgLoss = Smoothing.Wilder(_avgLoss, change < 0 ? -change : 0, _decay, _inverse);
            return Value = IndicatorKernels.RsiOf(_avgGain, _avgLoss);
        }
        // Warm-up: the averages hold plain sums until the first `period` changes are in.
        if (change > 0) _avgGain += change; else _avgLoss -= change;
        if (++_changes == _period)
        {
            _avgGain /= _period;
            _avgLoss /= _period;
            Value = IndicatorKernels.RsiOf(_avgGain, _avgLoss);
        }
        return Value;
    }

    /// <summary>Forgets every value: the next one starts a new warm-up.</summary>
    public void Reset()
    {
        _previous = double.NaN;
        _avgGain = _avgLoss = 0;
        _changes = 0;
        Value = double.NaN;
    }
}
