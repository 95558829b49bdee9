using Signals.Data;

namespace Signals.Indicators;

/// <summary>One Keltner channel update; NaN fields are still warming up.</summary>
/// <param name="UpperBand">Centerline + multiplier · ATR.</param>
/// <param name="Centerline">EMA of the closes.</param>
/// <param name="LowerBand">Centerline − multiplier · ATR.</param>
/// <param name="Width">(upper − lower)/centerline.</param>
public readonly record struct KeltnerPoint(double UpperBand, double Centerline, double LowerBand, double Width);

/// <summary>Streaming <see cref="IndicatorKernels.Keltner"/> (the batch kernel runs this very code): O(1), no allocation per bar.</summary>
public sealed class KeltnerStream
{
    private readonly double _multiplier;
    private readonly EmaStream _ema;
    private readonly AtrStream _atr;

    /// <summary>A stream with an EMA of <paramref name="emaPeriod"/> closes and bands <paramref name="multiplier"/> × ATR(<paramref name="atrPeriod"/>) away; throws on a period below 1 or a non-positive multiplier.</summary>
    public KeltnerStream(int emaPeriod = 20, double multiplier = 2, int atrPeriod = 10)
    {
        Guard.Positive(multiplier, nameof(multiplier));
        _multiplier = multiplier;
        _ema = new EmaStream(emaPeriod);
        _atr = new AtrStream(atrPeriod);
        Value = new KeltnerPoint(double.NaN, double.NaN, double.NaN, double.NaN);
    }

    /// <summary>The latest channel; NaN fields until both the EMA and the ATR exist.</summary>
    public KeltnerPoint Value { get; private set; }

    /// <summary>Adds the next bar (its high, low and close).</summary>
    public KeltnerPoint Add(Bar bar) => Add(bar.High, bar.Low, bar.Close);

    /// <summary>Adds the next bar and returns the channel, or the last value while the EMA or ATR is still warming up.</summary>
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
