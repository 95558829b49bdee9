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
    private readonly int _interval;
    // Every value is written twice, at slot k and k + period, so the window is always one contiguous span
    // (oldest first) and the deviation runs the batch's vectorised loop over the same lanes: the same bits.
    private readonly double[] _twice;
    private int _next;
    private int _count;
    private double _sum;
    private int _slides = -1;

    /// <summary>A stream over <paramref name="period"/> bars of typical price; throws when it is below 1.</summary>
    public CciStream(int period = 20)
    {
        Guard.Period(period);
        _period = period;
        _interval = RollingMoments.ResumInterval(period);
        _twice = new double[2 * period];
    }

    /// <summary>The latest CCI; NaN while warming up or when the window is flat.</summary>
    public double Value { get; private set; } = double.NaN;

    /// <summary>Whether a full window of bars has been seen.</summary>
    public bool IsReady => _count == _period;

    /// <summary>Adds the next bar (its high, low and close).</summary>
    public double Add(Bar bar) => Add(bar.High, bar.Low, bar.Close);

    /// <summary>Adds the next bar and returns the CCI.</summary>
    public double Add(double high, double low, double close)
    {
        double typical = IndicatorKernels.TypicalPrice(high, low, close);
        double leaving = _twice[_next];
        _twice[_next] = _twice[_next + _period] = typical;
        _next = _next + 1 == _period ? 0 : _next + 1;
        if (_count < _period && ++_count < _period) return Value;
        var window = _twice.AsSpan(_next, _period);
        if (_slides < 0 || ++_slides == _interval) { _slides = 0; _sum = Series.SumForward(window); }
        else _sum += typical - leaving;
        return Value = IndicatorKernels.CciOf(window, _sum / _period);
    }
}
