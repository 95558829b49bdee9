namespace Signals.Numerics;

/// <summary>
/// Period returns of an equity curve, and the risk ratios built on them. One convention for the whole kit: returns are
/// aligned to dates — one per equity value, element i the return earned on date i (<c>equity[i] / equity[i − 1] − 1</c>),
/// element 0 NaN because the first date has no previous value. Every statistic skips NaN.
/// </summary>
public static class Returns
{
    /// <summary>
    /// Simple returns aligned to the curve's dates: element 0 is NaN, element i is <c>equity[i] / equity[i − 1] − 1</c>.
    /// A non-positive or non-finite previous value gives NaN.
    /// </summary>
    public static double[] FromEquity(ReadOnlySpan<double> equity)
    {
        var r = new double[equity.Length];
        FromEquity(equity, r);
        return r;
    }

    /// <summary>Writes <see cref="FromEquity(ReadOnlySpan{double})"/> into a caller's buffer of the curve's length (no allocation).</summary>
    public static void FromEquity(ReadOnlySpan<double> equity, Span<double> returns)
    {
        if (returns.Length != equity.Length)
            throw new ArgumentException($"Got a buffer of {returns.Length} for {equity.Length} equity values.", nameof(returns));
        if (equity.Length == 0) return;
        returns[0] = double.NaN;
        for (int i = 1; i < equity.Length; i++)
        {
            double prev = equity[i - 1];
            returns[i] = prev > 0 && double.IsFinite(prev) ? equity[i] / prev - 1.0 : double.NaN;
        }
    }

    /// <summary>
    /// Compounds date-aligned returns onto a starting value, the inverse of <see cref="FromEquity(ReadOnlySpan{double})"/>:
    /// element 0 is <paramref name="start"/> (the first date's return, NaN by the convention, is not used), element i is
    /// element i − 1 × (1 + returns[i]).
    /// </summary>
    public static double[] ToEquity(ReadOnlySpan<double> returns, double start = 1.0)
    {
        var e = new double[returns.Length];
        if (e.Length == 0) return e;
        e[0] = start;
        for (int i = 1; i < returns.Length; i++) e[i] = e[i - 1] * (1.0 + returns[i]);
        return e;
    }

    /// <summary>
    /// Annualised Sharpe ratio: mean of (r − rf per period) over the sample standard deviation of r, times √periodsPerYear.
    /// NaN values are skipped. Zero volatility gives ±∞ for a nonzero mean excess return and NaN for zero.
    /// </summary>
    public static double Sharpe(ReadOnlySpan<double> returns, int periodsPerYear = 252, double riskFreeRate = 0)
    {
        double rf = riskFreeRate / periodsPerYear;
        var m = Moments.Of(returns);
        if (m.Count < 2) return double.NaN;
        return Ratio(m.Mean - rf, m.SampleStd) * Math.Sqrt(periodsPerYear);
    }

    /// <summary>
    /// Rolling annualised Sharpe over the trailing <paramref name="window"/> returns (inclusive of the current one);
    /// the first window − 1 elements are NaN. A window holding any NaN gives NaN.
    /// </summary>
    public static double[] RollingSharpe(ReadOnlySpan<double> returns, int window, int periodsPerYear = 252, double riskFreeRate = 0)
    {
        if (window < 2) throw new ArgumentOutOfRangeException(nameof(window), window, "A rolling Sharpe needs a window of at least 2.");
        var result = new double[returns.Length];
        Array.Fill(result, double.NaN);
        double rf = riskFreeRate / periodsPerYear, scale = Math.Sqrt(periodsPerYear);
        // Welford-free running sums are fine at this scale, but recompute each window from its own mean to keep
        // precision when returns are tiny relative to their mean; O(n·window) is cheap for daily data.
        for (int end = window - 1; end < returns.Length; end++)
        {
            var m = Moments.Of(returns.Slice(end - window + 1, window));
            if (m.Count == window) result[end] = Ratio(m.Mean - rf, m.SampleStd) * scale;
        }
        return result;
    }

    /// <summary>
    /// Rolling annualised volatility (sample std × √periodsPerYear) over the trailing <paramref name="window"/> returns;
    /// the first window − 1 elements are NaN, as is any window holding a NaN.
    /// </summary>
    public static double[] RollingVolatility(ReadOnlySpan<double> returns, int window, int periodsPerYear = 252)
    {
        if (window < 2) throw new ArgumentOutOfRangeException(nameof(window), window, "A rolling volatility needs a window of at least 2.");
        var result = new double[returns.Length];
        Array.Fill(result, double.NaN);
        double scale = Math.Sqrt(periodsPerYear);
        for (int end = window - 1; end < returns.Length; end++)
        {
            var m = Moments.Of(returns.Slice(end - window + 1, window));
            if (m.Count == window) result[end] = m.SampleStd * scale;
        }
        return result;
    }

    /// <summary>x / y with the sign conventions a ratio of return to risk needs: 0/0 is NaN, x/0 is ±∞.</summary>
    internal static double Ratio(double numerator, double denominator)
    {
        if (double.IsNaN(numerator) || double.IsNaN(denominator)) return double.NaN;
        if (denominator == 0) return numerator == 0 ? double.NaN : numerator > 0 ? double.PositiveInfinity : double.NegativeInfinity;
        return numerator / denominator;
    }
}
