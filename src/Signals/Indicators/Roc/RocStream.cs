namespace Signals.Indicators;

/// <summary>One rate-of-change update; NaN while warming up.</summary>
/// <param name="Roc">Rate of change, in percent.</param>
/// <param name="Momentum">x − x[−period], in the input's units.</param>
public readonly record struct RocPoint(double Roc, double Momentum);

/// <summary>Streaming <see cref="IndicatorKernels.Roc"/>: O(1) and allocation-free per value, the same numbers as the batch.</summary>
public sealed class RocStream
{
    private readonly RingWindow _window;

    /// <summary>A stream over <paramref name="period"/> bars; throws when it is below 1.</summary>
    public RocStream(int period)
    {
        Guard.Period(period);
        _window = new RingWindow(period + 1);
        Value = new RocPoint(double.NaN, double.NaN);
    }

    /// <summary>The latest rate of change and momentum; NaN while warming up.</summary>
    public RocPoint Value { get; private set; }

    /// <summary>Whether a value a full period back exists, so <see cref="Value"/> is defined.</summary>
    public bool IsReady => _window.IsFull;

    /// <summary>Adds the next value. A NaN restarts the warm-up, as in the batch kernel.</summary>
    public RocPoint Add(double value)
    {
        if (double.IsNaN(value)) { Reset(); return Value; }
        _window.Push(value);
        if (!_window.IsFull) return Value;
        double back = _window[0];
        double change = value - back;
        return Value = new RocPoint(back == 0 ? double.NaN : 100 * change / back, change);
    }

    /// <summary>Forgets every value seen and starts the warm-up again.</summary>
    public void Reset()
    {
        _window.Clear();
        Value = new RocPoint(double.NaN, double.NaN);
    }
}
