using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Donchian channel over the <paramref name="period"/> bars <em>before</em> each bar (the bar itself is left
    /// out, so a close above the upper band is a breakout, as in the reference library and the Turtle rules):
    /// upper = highest high, lower = lowest low, centerline = their midpoint, width = (upper − lower)/centerline
    /// (NaN on a zero centerline). The first <paramref name="period"/> results are NaN.
    /// </summary>
    public static void Donchian(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period,
        Span<double> upperBand, Span<double> centerline, Span<double> lowerBand, Span<double> width)
    {
        Guard.Period(period);
        Guard.SameLength(high.Length, low.Length, nameof(low));
        int n = high.Length;
        Guard.SameLength(n, upperBand.Length, nameof(upperBand));
        Guard.SameLength(n, centerline.Length, nameof(centerline));
        Guard.SameLength(n, lowerBand.Length, nameof(lowerBand));
        Guard.SameLength(n, width.Length, nameof(width));
        var stream = new DonchianStream(period);
        for (int i = 0; i < n; i++)
        {
            var p = stream.Add(high[i], low[i]);
            upperBand[i] = p.UpperBand; centerline[i] = p.Centerline; lowerBand[i] = p.LowerBand; width[i] = p.Width;
        }
    }
}

/// <summary>Donchian channel fields aligned 1:1 with the bars; NaN during warm-up.</summary>
public sealed class DonchianResult
{
    /// <summary>Highest high of the prior <c>period</c> bars.</summary>
    public required double[] UpperBand { get; init; }
    /// <summary>Midpoint of the upper and lower bands.</summary>
    public required double[] Centerline { get; init; }
    /// <summary>Lowest low of the prior <c>period</c> bars.</summary>
    public required double[] LowerBand { get; init; }
    /// <summary>(upper − lower)/centerline, a fraction of the price; NaN on a zero centerline.</summary>
    public required double[] Width { get; init; }
}

public static partial class IndicatorExtensions
{
    /// <summary>Donchian channel of the prior <paramref name="period"/> bars (20 by default).</summary>
    public static DonchianResult Donchian(this BarSeries bars, int period = 20)
    {
        int n = bars.Count;
        var r = new DonchianResult { UpperBand = Series.New(n), Centerline = Series.New(n), LowerBand = Series.New(n), Width = Series.New(n) };
        IndicatorKernels.Donchian(bars.High, bars.Low, period, r.UpperBand, r.Centerline, r.LowerBand, r.Width);
        return r;
    }
}
