namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Rolling z-score <c>(x − mean)/σ</c> over the last <paramref name="period"/> values, σ the population
    /// standard deviation (the Bollinger %z). NaN during warm-up and where the window is flat.
    /// </summary>
    public static void ZScore(ReadOnlySpan<double> values, int period, Span<double> result)
    {
        Guard.Period(period);
        Guard.SameLength(values.Length, result.Length, nameof(result));
        if (NumberRuns.AllNumbers(values)) { ZScoreRun(values, period, result); return; }
        result.Fill(double.NaN);
        foreach (var (s, len) in new NumberRuns(values))
            ZScoreRun(values.Slice(s, len), period, result.Slice(s, len));
    }

    private static void ZScoreRun(ReadOnlySpan<double> x, int period, Span<double> result)
    {
        int n = x.Length;
        result[..Math.Min(period - 1, n)].Fill(double.NaN);
        foreach (var (i, mean, variance) in RollingMoments.Walk(x, period))
            result[i] = ZScoreOf(x[i], mean, variance);
    }

    internal static double ZScoreOf(double value, double mean, double variance) =>
        variance == 0 ? double.NaN : (value - mean) / Math.Sqrt(variance);

    /// <summary>
    /// Realized volatility: the sample standard deviation of log returns over the last <paramref name="period"/>
    /// returns, times √<paramref name="periodsPerYear"/> (252 for daily bars). The first value needs
    /// <c>period + 1</c> prices. Annualised, as a fraction (0.2 = 20 %).
    /// </summary>
    public static void RealizedVolatility(ReadOnlySpan<double> prices, int period, double periodsPerYear, Span<double> result)
    {
        Guard.Period(period, minimum: 2);
        Guard.Positive(periodsPerYear, nameof(periodsPerYear));
        Guard.SameLength(prices.Length, result.Length, nameof(result));
        int n = prices.Length;
        double[]? rented = null;
        Span<double> returns = n <= 1024 ? stackalloc double[n] : (rented = System.Buffers.ArrayPool<double>.Shared.Rent(n)).AsSpan(0, n);
        LogReturns(prices, returns);
        result.Fill(double.NaN);
        double scale = (double)period / (period - 1) * periodsPerYear;
        foreach (var (s, len) in new NumberRuns(returns))
        {
            var x = returns.Slice(s, len);
            var r = result.Slice(s, len);
            foreach (var (i, _, variance) in RollingMoments.Walk(x, period))
                r[i] = Math.Sqrt(variance * scale);
        }
        if (rented is not null) System.Buffers.ArrayPool<double>.Shared.Return(rented);
    }
}

public static partial class IndicatorExtensions
{
    /// <summary>Rolling z-score of any series (population σ), e.g. of a sentiment score or of an RSI.</summary>
    public static double[] ZScore(this double[] values, int period)
    {
        var result = Series.New(values.Length);
        IndicatorKernels.ZScore(values, period, result);
        return result;
    }

    /// <summary>Annualised realized volatility of a price series (sample σ of log returns × √periodsPerYear).</summary>
    public static double[] RealizedVolatility(this double[] prices, int period, double periodsPerYear = 252)
    {
        var result = Series.New(prices.Length);
        IndicatorKernels.RealizedVolatility(prices, period, periodsPerYear, result);
        return result;
    }
}
