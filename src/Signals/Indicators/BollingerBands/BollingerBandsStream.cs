namespace Signals.Indicators;

/// <summary>Streaming <see cref="IndicatorKernels.BollingerBands"/>: O(1) and allocation-free per value, the same numbers as the batch.</summary>
public sealed class BollingerBandsStream
{
    private readonly int _period;
    private readonly double _k;
    private readonly RingWindow _window;
    private readonly int _interval;
    private readonly double _inverse;
    private MomentsState _moments;

    /// <summary>A stream over <paramref name="period"/> values with bands <paramref name="standardDeviations"/> σ wide; throws on a period below 1 or a non-positive width.</summary>
    public BollingerBandsStream(int period = 20, double standardDeviations = 2)
    {
        Guard.Period(period);
        Guard.Positive(standardDeviations, nameof(standardDeviations));
        _period = period;
        _k = standardDeviations;
        _window = new RingWindow(period);
        _interval = RollingMoments.ResumInterval(period);
        _inverse = 1.0 / period;
        Value = BollingerPoint.Empty;
    }

    /// <summary>The latest bands; NaN fields while warming up.</summary>
    public BollingerPoint Value { get; private set; }

    /// <summary>Whether the window is full and <see cref="Value"/> holds bands.</summary>
    public bool IsReady => _window.IsFull;

    /// <summary>Adds the next value and returns the bands. A NaN restarts the warm-up, as in the batch kernel.</summary>
    public BollingerPoint Add(double value)
    {
        if (double.IsNaN(value)) { Reset(); return Value; }
        double leaving = _window.Push(value);
        if (!_window.IsFull) return Value;
        if (double.IsNaN(leaving)) _moments = RollingMoments.Exact(_window.Older, _window.Newer, _period);
        else
        {
            _moments = RollingMoments.Slide(_moments, value, leaving);
            if (RollingMoments.NeedsExact(_moments, _inverse, _interval))
                _moments = RollingMoments.Exact(_window.Older, _window.Newer, _period);
        }
        double mean = RollingMoments.Mean(_moments, _inverse);
        return Value = BollingerPoint.From(value, mean, Math.Sqrt(RollingMoments.Variance(_moments, mean, _inverse)), _k, 0.5 / _k);
    }

    /// <summary>Forgets every value seen; the next <c>period − 1</c> results are NaN again.</summary>
    public void Reset()
    {
        _window.Clear();
        _moments = default;
        Value = BollingerPoint.Empty;
    }
}
