using Signals.Numerics;
namespace Signals.Analytics;

/// <summary>t-statistics of a mean, plain and autocorrelation-robust.</summary>
public static class TStatistics
{
    /// <summary>Mean / sample std × √n; NaN with fewer than two values.</summary>
    public static double Plain(ReadOnlySpan<double> values) => Plain(Moments.Of(values));

    internal static double Plain(Moments m) => m.Count < 2 ? double.NaN : Returns.Ratio(m.Mean, m.SampleStd) * Math.Sqrt(m.Count);

    /// <summary>
    /// Mean over its Newey–West standard error √(S/n), S = γ₀ + 2 Σₗ (1 − l/(L+1)) γₗ with autocovariances
    /// γₗ = (1/n) Σ (xₜ − x̄)(xₜ₋ₗ − x̄), l = 1..<paramref name="lags"/>. Use lags = h − 1 for h-bar overlapping
    /// forward returns. NaN values must be removed first; with lags = 0 this is the plain t-statistic with a
    /// population (1/n) variance.
    /// </summary>
    public static double NeweyWest(ReadOnlySpan<double> values, int lags)
    {
        if (lags < 0) throw new ArgumentOutOfRangeException(nameof(lags), lags, "Lags cannot be negative.");
        int n = values.Length;
        if (n < 2) return double.NaN;
        double mean = 0;
        foreach (double v in values) mean += v;
        mean /= n;
        double s = AutoCovariance(values, mean, 0);
        int maxLag = Math.Min(lags, n - 1);
        for (int l = 1; l <= maxLag; l++)
            s += 2.0 * (1.0 - l / (lags + 1.0)) * AutoCovariance(values, mean, l);
        if (s <= 0) return Returns.Ratio(mean, 0);
        return mean / Math.Sqrt(s / n);
    }

    private static double AutoCovariance(ReadOnlySpan<double> x, double mean, int lag)
    {
        double sum = 0;
        for (int t = lag; t < x.Length; t++) sum += (x[t] - mean) * (x[t - lag] - mean);
        return sum / x.Length;
    }
}
