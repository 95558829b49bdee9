using Signals.Data;

namespace Signals.Indicators;

/// <summary>One ATR update; NaN fields are still warming up.</summary>
/// <param name="Tr">True range, in price units.</param>
/// <param name="Atr">Wilder's average true range, in price units.</param>
/// <param name="Atrp">ATR as a percent of the close.</param>
public readonly record struct AtrPoint(double Tr, double Atr, double Atrp);

/// <summary>Streaming <see cref="IndicatorKernels.Atr"/>: O(1) and allocation-free per bar, the same numbers as the batch.</summary>
public sealed class AtrStream
{
    private readonly int _period;
    private double _previousClose = double.NaN;
    private double _sum;
    private double _avg;
    private int _count;

    /// <summary>A stream with Wilder smoothing over <paramref name="period"/> true ranges; throws when it is below 1.</summary>
    public AtrStream(int period = 14)
    {
        Guard.Period(period);
        _period = period;
        Value = new AtrPoint(double.NaN, double.NaN, double.NaN);
    }

    /// <summary>The latest TR, ATR and ATR%; NaN fields while warming up.</summary>
    public AtrPoint Value { get; private set; }

    /// <summary>Whether <see cref="Value"/> holds an ATR (more than a period of bars seen).</summary>
    public bool IsReady => _count > _period;

    /// <summary>Adds the next bar (its high, low and close).</summary>
    public AtrPoint Add(Bar bar) => Add(bar.High, bar.Low, bar.Close);

    /// <summary>Adds the next bar and returns TR, ATR and ATR%.</summary>
    public AtrPoint Add(double high, double low, double close)
    {
        double previousClose = _previousClose;
        _previousClose = close;
        int i = _count;
        if (i <= _period) _count++; // stops counting once warm, so a long stream never overflows
        if (i == 0) return Value;
        double t = IndicatorKernels.TrueRange(high, low, previousClose);
        if (i < _period) { _sum += t; return Value = new AtrPoint(t, double.NaN, double.NaN); }
        _avg = i == _period ? (_sum + t) / _period : Smoothing.Wilder(_avg, t, Smoothing.WilderDecay(_period), 1.0 / _period);
        return Value = new AtrPoint(t, _avg, close == 0 ? double.NaN : _avg / close * 100);
    }
}
