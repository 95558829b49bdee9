using Signals.Data;

namespace Signals.Indicators;

/// <summary>
/// Streaming <see cref="IndicatorKernels.Cci"/>, the same numbers as the batch, no allocation per bar. Each
/// update costs O(period): the mean absolute deviation is taken about the current window's mean, which has
/// no exact O(1) update.
/// </summary>
public sealed class CciStream
{
    private readonly int _period;
    private readonly RingWindow _window;
    private double _sum;
    private int _slides = -1;

    public CciStream(int period = 20)
    {
        Guard.Period(period);
        _period = period;
        _window = new RingWindow(period);
    }

    public double Value { get; private set; } = double.NaN;

    public bool IsReady => _window.IsFull;

    public double Add(Bar bar) => Add(bar.High, bar.Low, bar.Close);

    public double Add(double high, double low, double close)
    {
        double typical = IndicatorKernels.TypicalPrice(high, low, close);
        double leaving = _window.Push(typical);
        if (!_window.IsFull) return Value;
        if (_slides < 0) { _slides = 0; _sum = Series.SumForward(_window.Older, _window.Newer); }
        else if (++_slides == RollingMoments.ResumInterval(_period)) { _slides = 0; _sum = Series.SumForward(_window.Older, _window.Newer); }
        else _sum += typical - leaving;
        return Value = IndicatorKernels.CciOf(_window.Older, _window.Newer, typical, _sum / _period);
    }
}
