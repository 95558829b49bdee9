namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Bollinger Bands: <c>sma ± k·σ</c> over the last <paramref name="period"/> values with σ the population
    /// standard deviation. <c>percentB = (x − lower)/(upper − lower)</c>, <c>zScore = (x − sma)/σ</c>,
    /// <c>width = (upper − lower)/sma</c>; each is NaN where its denominator is zero (a flat window, a zero mean).
    /// The first <c>period − 1</c> results are NaN.
    /// </summary>
    public static void BollingerBands(ReadOnlySpan<double> values, int period, double standardDeviations,
        Span<double> sma, Span<double> upperBand, Span<double> lowerBand, Span<double> percentB, Span<double> zScore, Span<double> width)
    {
        Guard.Period(period);
        Guard.Positive(standardDeviations, nameof(standardDeviations));
        int n = values.Length;
        Guard.SameLength(n, sma.Length, nameof(sma));
        Guard.SameLength(n, upperBand.Length, nameof(upperBand));
        Guard.SameLength(n, lowerBand.Length, nameof(lowerBand));
        Guard.SameLength(n, percentB.Length, nameof(percentB));
        Guard.SameLength(n, zScore.Length, nameof(zScore));
        Guard.SameLength(n, width.Length, nameof(width));
        if (NumberRuns.AllNumbers(values))
        {
            BollingerRun(values, period, standardDeviations, sma, upperBand, lowerBand, percentB, zScore, width);
            return;
        }
        sma.Fill(double.NaN); upperBand.Fill(double.NaN); lowerBand.Fill(double.NaN);
        percentB.Fill(double.NaN); zScore.Fill(double.NaN); width.Fill(double.NaN);
        foreach (var (s, len) in new NumberRuns(values))
            BollingerRun(values.Slice(s, len), period, standardDeviations, sma.Slice(s, len), upperBand.Slice(s, len),
                lowerBand.Slice(s, len), percentB.Slice(s, len), zScore.Slice(s, len), width.Slice(s, len));
    }

    private static void BollingerRun(ReadOnlySpan<double> x, int period, double k,
        Span<double> sma, Span<double> upperBand, Span<double> lowerBand, Span<double> percentB, Span<double> zScore, Span<double> width)
    {
        int n = x.Length;
        int warm = Math.Min(period - 1, n);
        sma[..warm].Fill(double.NaN); upperBand[..warm].Fill(double.NaN); lowerBand[..warm].Fill(double.NaN);
        percentB[..warm].Fill(double.NaN); zScore[..warm].Fill(double.NaN); width[..warm].Fill(double.NaN);
        double halfOverK = 0.5 / k;
        foreach (var (i, mean, variance) in RollingMoments.Walk(x, period))
        {
            var b = BollingerPoint.From(x[i], mean, Math.Sqrt(variance), k, halfOverK);
            sma[i] = b.Sma; upperBand[i] = b.UpperBand; lowerBand[i] = b.LowerBand;
            percentB[i] = b.PercentB; zScore[i] = b.ZScore; width[i] = b.Width;
        }
    }
}

/// <summary>One Bollinger Bands update; NaN fields are warming up or undefined (flat window, zero mean).</summary>
/// <param name="Sma">Middle band: the window's mean.</param>
/// <param name="UpperBand">Mean + k·σ.</param>
/// <param name="LowerBand">Mean − k·σ.</param>
/// <param name="PercentB">(x − lower)/(upper − lower).</param>
/// <param name="ZScore">(x − mean)/σ.</param>
/// <param name="Width">(upper − lower)/mean.</param>
public readonly record struct BollingerPoint(double Sma, double UpperBand, double LowerBand, double PercentB, double ZScore, double Width)
{
    internal static readonly BollingerPoint Empty = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>
    /// The bands from the window's mean and σ. %B = (x − lower)/(upper − lower) is written as (z + k)/(2k),
    /// its algebraic equal, so a bar costs one division and one square root instead of four divisions.
    /// </summary>
    internal static BollingerPoint From(double value, double mean, double sd, double k, double halfOverK)
    {
        double spread = k * sd;
        if (sd == 0) return new BollingerPoint(mean, mean, mean, double.NaN, double.NaN, mean == 0 ? double.NaN : 0);
        double z = (value - mean) / sd;
        return new BollingerPoint(mean, mean + spread, mean - spread, (z + k) * halfOverK, z,
            mean == 0 ? double.NaN : 2 * spread / mean);
    }
}

/// <summary>Bollinger Bands fields aligned 1:1 with the input; NaN during warm-up.</summary>
public sealed class BollingerBandsResult
{
    /// <summary>The middle band: SMA of the last <c>period</c> values.</summary>
    public required double[] Sma { get; init; }
    /// <summary>SMA + k·σ (σ the population standard deviation of the window).</summary>
    public required double[] UpperBand { get; init; }
    /// <summary>SMA − k·σ.</summary>
    public required double[] LowerBand { get; init; }
    /// <summary>(x − lower)/(upper − lower): 0 at the lower band, 1 at the upper; NaN on a flat window.</summary>
    public required double[] PercentB { get; init; }
    /// <summary>(x − SMA)/σ; NaN on a flat window.</summary>
    public required double[] ZScore { get; init; }
    /// <summary>(upper − lower)/SMA, a fraction of the mean; NaN on a zero mean.</summary>
    public required double[] Width { get; init; }
}

public static partial class IndicatorExtensions
{
    /// <summary>Bollinger Bands of any series (20 periods, 2 standard deviations by default).</summary>
    public static BollingerBandsResult BollingerBands(this double[] values, int period = 20, double standardDeviations = 2)
    {
        int n = values.Length;
        var r = new BollingerBandsResult
        {
            Sma = Series.New(n), UpperBand = Series.New(n), LowerBand = Series.New(n),
            PercentB = Series.New(n), ZScore = Series.New(n), Width = Series.New(n),
        };
        IndicatorKernels.BollingerBands(values, period, standardDeviations, r.Sma, r.UpperBand, r.LowerBand, r.PercentB, r.ZScore, r.Width);
        return r;
    }
}
