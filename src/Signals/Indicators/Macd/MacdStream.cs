namespace Signals.Indicators;

/// <summary>One MACD update; NaN fields are still warming up.</summary>
/// <param name="Macd">EMA(fast) − EMA(slow).</param>
/// <param name="Signal">EMA of the MACD line.</param>
/// <param name="Histogram">MACD − signal.</param>
/// <param name="FastEma">The fast EMA.</param>
/// <param name="SlowEma">The slow EMA.</param>
public readonly record struct MacdPoint(double Macd, double Signal, double Histogram, double FastEma, double SlowEma);

/// <summary>Streaming <see cref="IndicatorKernels.Macd"/>: O(1) and allocation-free per value, the same numbers as the batch.</summary>
public sealed class MacdStream
{
    private readonly EmaStream _fast;
    private readonly EmaStream _slow;
    private readonly EmaStream _signal;

    /// <summary>A stream with the given EMA periods; throws unless every period is at least 1 and the fast one is shorter than the slow.</summary>
    public MacdStream(int fastPeriod = 12, int slowPeriod = 26, int signalPeriod = 9)
    {
        IndicatorKernels.CheckMacd(fastPeriod, slowPeriod, signalPeriod);
        _fast = new EmaStream(fastPeriod);
        _slow = new EmaStream(slowPeriod);
        _signal = new EmaStream(signalPeriod);
        Value = new MacdPoint(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
    }

    /// <summary>The latest MACD fields; NaN while warming up.</summary>
    public MacdPoint Value { get; private set; }

    /// <summary>Whether the signal line exists and <see cref="Value"/> is complete.</summary>
    public bool IsReady => _signal.IsReady;

    /// <summary>Adds the next value and returns the MACD fields. A NaN restarts the warm-up, as in the batch kernel.</summary>
    public MacdPoint Add(double value)
    {
        double fast = _fast.Add(value);
        double slow = _slow.Add(value);
        double macd = fast - slow;
        double signal = double.IsNaN(macd) ? double.NaN : _signal.Add(macd);
        if (double.IsNaN(value)) _signal.Reset();
        return Value = new MacdPoint(macd, signal, macd - signal, fast, slow);
    }

    /// <summary>Forgets every value seen and starts the warm-up again.</summary>
    public void Reset()
    {
        _fast.Reset();
        _slow.Reset();
        _signal.Reset();
        Value = new MacdPoint(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
    }
}
