using Signals.Data;

namespace Signals.Indicators;

/// <summary>One Keltner channel update; NaN fields are still warming up.</summary>
public readonly record struct KeltnerPoint(double UpperBand, double Centerline, double LowerBand, double Width);

/// <summary>Streaming <see cref="IndicatorKernels.Keltner"/> (the batch kernel runs this very code): O(1), no allocation per bar.</summary>
public sealed class KeltnerStream
{
    private readonly double _multiplier;
    private readonly EmaStream _ema;
    private readonly AtrStream _atr;

    public KeltnerStream(int emaPeriod = 20, double multiplier = 2, int atrPeriod = 10)
    {
        Guard.Positive(multiplier, nameof(multiplier));
        _multiplier = multiplier;
        _ema = new EmaStream(emaPeriod);
        _atr = new AtrStream(atrPeriod);
        Value = new KeltnerPoint(double.NaN, double.NaN, double.NaN, double.NaN);
    }

    public KeltnerPoint Value { get; private set; }

    public KeltnerPoint Add(Bar bar) => Add(bar.High, bar.Low, bar.Close);

    public KeltnerPoint Add(double high, double low, double close)
    {
        double center = _ema.Add(close);
        double atr = _atr.Add(high, low, close).Atr;
        if (double.IsNaN(center) || double.IsNaN(atr)) return Value;
        double spread = _multiplier * atr;
        double upper = center + spread, lower = center - spread;
        return Value = new KeltnerPoint(upper, center, lower, center == 0 ? double.NaN : (upper - lower) / center);
    }
}
