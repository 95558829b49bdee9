namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.BollingerBands"/>: O(1) and allocation-free per value, the same numbers as the batch.</summary>
public sealed class BollingerBandsStream
{
    private readonly int _period;
    private readonly double _k;
    private readonly RingWindow _window;
    private RollingMoments _moments;

    public BollingerBandsStream(int period = 20, double standardDeviations = 2)
    {
        Guard.Period(period);
        Guard.Positive(standardDeviations, nameof(standardDeviations));
        _period = period;
        _k = standardDeviations;
        _window = new RingWindow(period);
        _moments = new RollingMoments(period);
        Value = BollingerPoint.Empty;
    }

    public BollingerPoint Value { get; private set; }

    public bool IsReady => _window.IsFull;

    /// <summary>Adds the next value and returns the bands. A NaN restarts the warm-up, as in the batch kernel.</summary>
    public BollingerPoint Add(double value)
    {
        if (double.IsNaN(value)) { Reset(); return Value; }
        double leaving = _window.Push(value);
        if (!_window.IsFull) return Value;
        if (double.IsNaN(leaving) || _moments.Slide(value, leaving))
            _moments.Seed(_window.Older, _window.Newer);
        return Value = BollingerPoint.From(value, _moments.Mean, Math.Sqrt(_moments.Variance), _k);
    }

    public void Reset()
    {
        _window.Clear();
        _moments = new RollingMoments(_period);
        Value = BollingerPoint.Empty;
    }
}
