using Signals.Data;
using Signals.Numerics;

namespace Signals.Analytics;

/// <summary>
/// Confidence interval for an annualised Sharpe ratio by the stationary bootstrap (Politis &amp; Romano 1994):
/// resamples are stitched from blocks of random start and geometric length (mean <c>meanBlockLength</c>), wrapping
/// around the end, which keeps the short-range autocorrelation and volatility clustering of daily returns that an
/// i.i.d. bootstrap would destroy. Percentile interval. Same inputs and seed give the same interval.
/// </summary>
public static class SharpeBootstrap
{
    /// <param name="returns">Period returns (NaN values are dropped first).</param>
    /// <param name="samples">Bootstrap resamples.</param>
    /// <param name="level">Two-sided coverage, e.g. 0.95.</param>
    /// <param name="meanBlockLength">Mean block length in periods; 0 picks ⌈n^(1/3)⌉.</param>
    /// <param name="seed">Seed for the resampling.</param>
    /// <param name="periodsPerYear">Annualisation of the Sharpe.</param>
    public static ConfidenceInterval Sharpe(
        ReadOnlySpan<double> returns,
        int samples = 2000,
        double level = 0.95,
        double meanBlockLength = 0,
        ulong seed = 42,
        int periodsPerYear = 252)
    {
        if (samples < 10) throw new ArgumentOutOfRangeException(nameof(samples), samples, "Use at least 10 resamples.");
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "Coverage must lie in (0, 1).");
        var data = new double[returns.Length];
        int n = 0;
        foreach (double r in returns)
            if (!double.IsNaN(r)) data[n++] = r;
        if (n < 2) return new ConfidenceInterval(double.NaN, double.NaN, double.NaN, level);
        data = data[..n];
        if (meanBlockLength <= 0) meanBlockLength = Math.Ceiling(Math.Cbrt(n));
        double newBlock = 1.0 / meanBlockLength, scale = Math.Sqrt(periodsPerYear);

        var rng = new DeterministicRandom(seed);
        var stats = new double[samples];
        for (int b = 0; b < samples; b++)
        {
            // Accumulate moments on the fly: no per-resample array.
            int pos = rng.Next(n);
            double sum = 0, sumSq = 0;
            for (int i = 0; i < n; i++)
            {
                if (i > 0)
                    pos = rng.NextDouble() < newBlock ? rng.Next(n) : (pos + 1) % n;
                double v = data[pos];
                sum += v; sumSq += v * v;
            }
            double mean = sum / n, variance = Math.Max(0, (sumSq - n * mean * mean) / (n - 1));
            stats[b] = Returns.Ratio(mean, Math.Sqrt(variance)) * scale;
        }
        Array.Sort(stats);
        double alpha = (1 - level) / 2;
        return new ConfidenceInterval(Returns.Sharpe(data, periodsPerYear), Quantile(stats, alpha), Quantile(stats, 1 - alpha), level);
    }

    /// <summary>Linear-interpolated quantile of sorted values (the default "type 7" of R and numpy); NaN entries sort first and are skipped.</summary>
    internal static double Quantile(double[] sorted, double p)
    {
        int first = 0;
        while (first < sorted.Length && double.IsNaN(sorted[first])) first++;
        int n = sorted.Length - first;
        if (n == 0) return double.NaN;
        double h = (n - 1) * p;
        int lo = (int)Math.Floor(h);
        int hi = Math.Min(lo + 1, n - 1);
        double a = sorted[first + lo], b = sorted[first + hi];
        return a == b ? a : a + (h - lo) * (b - a);
    }
}
