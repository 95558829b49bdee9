namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.Wma"/>: O(1) and allocation-free per value, the same numbers as the batch.</summary>
public sealed class WmaStream
{
    private readonly int _period;
    private readonly double _divisor;
    private readonly RingWindow _window;
    private double _weighted;
    private double _sum;
    private int _slides;

    /// <summary>A stream over the last <paramref name="period"/> values (the batch kernel's period); throws when it is below 1.</summary>
    public WmaStream(int period)
    {
        Guard.Period(period);
        _period = period;
        _divisor = period * (period + 1) / 2.0;
        _window = new RingWindow(period);
        Value = double.NaN;
    }

    /// <summary>The latest weighted average, NaN during warm-up.</summary>
    public double Value { get; private set; }

    /// <summary>Whether the warm-up is over and <see cref="Value"/> holds a weighted average.</summary>
    public bool IsReady => !double.IsNaN(Value);

    /// <summary>Adds the next value and returns the average. A NaN restarts the warm-up, as in the batch kernel.</summary>
    public double Add(double value)
    {
        if (double.IsNaN(value)) { Reset(); return Value; }
        double leaving = _window.Push(value);
        if (double.IsNaN(leaving))
        {
            if (!_window.IsFull) return Value;
            (_weighted, _sum) = WeightedSums.Of(_window.Older, _window.Newer);
        }
        else if (++_slides == RollingMoments.ResumInterval(_period))
        {
            _slides = 0;
            (_weighted, _sum) = WeightedSums.Of(_window.Older, _window.Newer);
        }
        else
        {
            _weighted += _period * value - _sum;
            _sum += value - leaving;
        }
        return Value = _weighted / _divisor;
    }

    /// <summary>Forgets every value: the next one starts a new warm-up.</summary>
    public void Reset()
    {
        _window.Clear();
        _weighted = _sum = 0;
        _slides = 0;
        Value = double.NaN;
    }
}
