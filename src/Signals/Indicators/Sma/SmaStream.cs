namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.Sma"/>: O(1) and allocation-free per value, the same numbers as the batch.</summary>
public sealed class SmaStream
{
    private readonly int _period;
    private readonly RingWindow _window;
    private double _sum;
    private int _slides;

    /// <summary>A stream over the last <paramref name="period"/> values (the batch kernel's period); throws when it is below 1.</summary>
    public SmaStream(int period)
    {
        Guard.Period(period);
        _period = period;
        _window = new RingWindow(period);
        Value = double.NaN;
    }

    /// <summary>The latest average, NaN during warm-up.</summary>
    public double Value { get; private set; }

    /// <summary>Whether the warm-up is over and <see cref="Value"/> holds a average.</summary>
    public bool IsReady => !double.IsNaN(Value);

    /// <summary>Adds the next value and returns the average. A NaN restarts the warm-up, as in the batch kernel.</summary>
    public double Add(double value)
    {
        if (double.IsNaN(value)) { Reset(); return Value; }
        double leaving = _window.Push(value);
        if (double.IsNaN(leaving))
        {
            _sum += value;
            if (_window.IsFull) Value = _sum / _period;
            return Value;
        }
        if (++_slides == RollingMoments.ResumInterval(_period))
        {
            _slides = 0;
            _sum = Series.SumForward(_window.Older, _window.Newer);
        }
        else _sum += value - leaving;
        return Value = _sum / _period;
    }

    /// <summary>Forgets every value: the next one starts a new warm-up.</summary>
    public void Reset()
    {
        _window.Clear();
        _sum = 0;
        _slides = 0;
        Value = double.NaN;
    }
}
