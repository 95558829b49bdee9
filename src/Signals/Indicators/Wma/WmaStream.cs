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

    public WmaStream(int period)
    {
        Guard.Period(period);
        _period = period;
        _divisor = period * (period + 1) / 2.0;
        _window = new RingWindow(period);
        Value = double.NaN;
    }

    public double Value { get; private set; }

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

    public void Reset()
    {
        _window.Clear();
        _weighted = _sum = 0;
        _slides = 0;
        Value = double.NaN;
    }
}
