using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Keltner channel: centerline = EMA(close, <paramref name="emaPeriod"/>), bands = centerline ±
    /// <paramref name="multiplier"/> · ATR(<paramref name="atrPeriod"/>), width = (upper − lower)/centerline
    /// (NaN on a zero centerline). A value exists once both the EMA and the ATR do.
    /// </summary>
    public static void Keltner(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int emaPeriod, double multiplier, int atrPeriod,
        Span<double> upperBand, Span<double> centerline, Span<double> lowerBand, Span<double> width)
    {
        Guard.Period(emaPeriod, nameof(emaPeriod));
        Guard.Period(atrPeriod, nameof(atrPeriod));
        Guard.Positive(multiplier, nameof(multiplier));
        Guard.Bars(high, low, close);
        int n = close.Length;
        Guard.SameLength(n, upperBand.Length, nameof(upperBand));
        Guard.SameLength(n, centerline.Length, nameof(centerline));
        Guard.SameLength(n, lowerBand.Length, nameof(lowerBand));
        Guard.SameLength(n, width.Length, nameof(width));
        var stream = new KeltnerStream(emaPeriod, multiplier, atrPeriod);
        for (int i = 0; i < n; i++)
        {
            var p = stream.Add(high[i], low[i], close[i]);
            upperBand[i] = p.UpperBand; centerline[i] = p.Centerline; lowerBand[i] = p.LowerBand; width[i] = p.Width;
        }
    }
}

/// <summary>Keltner channel fields aligned 1:1 with the bars; NaN during warm-up.</summary>
public sealed class KeltnerResult
{
    /// <summary>Centerline + multiplier · ATR.</summary>
    public required double[] UpperBand { get; init; }
    /// <summary>EMA of the closes.</summary>
    public required double[] Centerline { get; init; }
    /// <summary>Centerline − multiplier · ATR.</summary>
    public required double[] LowerBand { get; init; }
    /// <summary>(upper − lower)/centerline, a fraction of the price; NaN on a zero centerline.</summary>
    public required double[] Width { get; init; }
}

public static partial class IndicatorExtensions
{
    /// <summary>Keltner channel of the bars (EMA 20, 2 × ATR 10 by default).</summary>
    public static KeltnerResult Keltner(this BarSeries bars, int emaPeriod = 20, double multiplier = 2, int atrPeriod = 10)
    {
        int n = bars.Count;
        var r = new KeltnerResult { UpperBand = Series.New(n), Centerline = Series.New(n), LowerBand = Series.New(n), Width = Series.New(n) };
        IndicatorKernels.Keltner(bars.High, bars.Low, bars.Close, emaPeriod, multiplier, atrPeriod, r.UpperBand, r.Centerline, r.LowerBand, r.Width);
        return r;
    }
}
