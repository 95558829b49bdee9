using Signals.Data;

namespace Signals.Indicators;

/// <summary>One ADX update; NaN fields are still warming up (or undefined in a flat market).</summary>
/// <param name="Pdi">+DI, 0–100.</param>
/// <param name="Mdi">−DI, 0–100.</param>
/// <param name="Dx">DX, 0–100.</param>
/// <param name="Adx">ADX, 0–100: trend strength.</param>
/// <param name="Adxr">Mean of ADX and ADX a period earlier.</param>
public readonly record struct AdxPoint(double Pdi, double Mdi, double Dx, double Adx, double Adxr);

/// <summary>Streaming <see cref="IndicatorKernels.Adx"/>: O(1) and allocation-free per bar, the same numbers as the batch.</summary>
public sealed class AdxStream
{
    private readonly int _period;
    private readonly RingWindow _adxHistory;
    private AdxState _state;
    private double _previousHigh = double.NaN, _previousLow, _previousClose;
    private int _index;

    /// <summary>A stream with Wilder smoothing over <paramref name="period"/> bars; throws when it is below 1.</summary>
    public AdxStream(int period = 14)
    {
        Guard.Period(period);
        _period = period;
        _state = new AdxState(period);
        _adxHistory = new RingWindow(period + 1);
        Value = new AdxPoint(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
    }

    /// <summary>The latest +DI, −DI, DX, ADX and ADXR; NaN fields while warming up.</summary>
    public AdxPoint Value { get; private set; }

    /// <summary>Whether ADXR exists, so every field of <see cref="Value"/> is defined (about three periods of bars).</summary>
    public bool IsReady => !double.IsNaN(Value.Adxr);

    /// <summary>Adds the next bar (its high, low and close).</summary>
    public AdxPoint Add(Bar bar) => Add(bar.High, bar.Low, bar.Close);

    /// <summary>Adds the next bar and returns the ADX fields.</summary>
    public AdxPoint Add(double high, double low, double close)
    {
        int index = _index;
        if (_index <= 2 * _period) _index++; // stops counting once warm, so a long stream never overflows
        double ph = _previousHigh, pl = _previousLow, pc = _previousClose;
        _previousHigh = high; _previousLow = low; _previousClose = close;
        if (index == 0 || !_state.Step(high, low, pc, ph, pl, index)) return Value;
        double adx = _state.Adx;
        _adxHistory.Push(adx);
        double adxr = index >= 2 * _period && _adxHistory.IsFull ? (adx + _adxHistory[0]) / 2 : double.NaN;
        return Value = new AdxPoint(_state.Pdi, _state.Mdi, _state.Dx, adx, adxr);
    }
}
