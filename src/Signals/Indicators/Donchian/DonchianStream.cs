using Signals.Data;

namespace Signals.Indicators;

/// <summary>One Donchian update: the channel of the bars before this one.</summary>
/// <param name="UpperBand">Highest high of the prior bars.</param>
/// <param name="Centerline">Midpoint of the bands.</param>
/// <param name="LowerBand">Lowest low of the prior bars.</param>
/// <param name="Width">(upper − lower)/centerline.</param>
public readonly record struct DonchianPoint(double UpperBand, double Centerline, double LowerBand, double Width);

/// <summary>Streaming <see cref="IndicatorKernels.Donchian"/> (the batch kernel runs this very code): amortised O(1), no allocation per bar.</summary>
public sealed class DonchianStream
{
    private readonly int _period;
    private readonly RollingMax _highest;
    private readonly RollingMax _negatedLowest;
    private double _upper = double.NaN, _lower = double.NaN;
    private int _count;

    /// <summary>A stream over the <paramref name="period"/> bars before each bar; throws when it is below 1.</summary>
    public DonchianStream(int period = 20)
    {
        Guard.Period(period);
        _period = period;
        _highest = new RollingMax(period);
        _negatedLowest = new RollingMax(period);
        Value = new DonchianPoint(double.NaN, double.NaN, double.NaN, double.NaN);
    }

    /// <summary>The channel returned by the latest <see cref="Add(double, double)"/>; NaN fields while warming up.</summary>
    public DonchianPoint Value { get; private set; }

    /// <summary>Whether a full period of prior bars stands behind <see cref="Value"/>.</summary>
    public bool IsReady => _count > _period;

    /// <summary>Adds the next bar (its high and low).</summary>
    public DonchianPoint Add(Bar bar) => Add(bar.High, bar.Low);

    /// <summary>Adds the next bar and returns the channel of the bars before it (this bar enters the next channel).</summary>
    public DonchianPoint Add(double high, double low)
    {
        // The channel for this bar is the one that ended with the previous bar.
        double upper = _upper, lower = _lower;
        bool ready = _count >= _period;
        _upper = _highest.Push(high);
        _lower = -_negatedLowest.Push(-low);
        if (_count <= _period) _count++;
        if (!ready) return Value;
        double center = (upper + lower) / 2;
        return Value = new DonchianPoint(upper, center, lower, center == 0 ? double.NaN : (upper - lower) / center);
    }
}
