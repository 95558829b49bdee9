using Signals.Data;

namespace Signals.Analytics;

/// <summary>
/// A confidence interval for the mean of a daily series by the stationary (day-block) bootstrap of Politis &amp; Romano
/// (1994): resamples are stitched from runs of consecutive days of random start and geometric length, wrapping around
/// the end, so the autocorrelation of daily ICs or returns survives resampling. Percentile interval; the same inputs and
/// seed give the same interval (<see cref="SharpeBootstrap"/> does the same for a Sharpe ratio).
/// </summary>
public static class BlockBootstrap
{
    /// <param name="values">One value per day; NaN days are dropped first.</param>
    /// <param name="samples">Bootstrap resamples.</param>
    /// <param name="level">Two-sided coverage, e.g. 0.95.</param>
    /// <param name="meanBlockLength">Mean block length in days; 0 picks ⌈n^(1/3)⌉.</param>
    /// <param name="seed">Seed for the resampling.</param>
    /// <returns>The mean and its interval; NaN bounds with fewer than two values.</returns>
    public static ConfidenceInterval Mean(ReadOnlySpan<double> values, int samples = 2000, double level = 0.95, double meanBlockLength = 0, ulong seed = 42)
    {
        if (samples < 10) throw new ArgumentOutOfRangeException(nameof(samples), samples, "Use at least 10 resamples.");
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "Coverage must lie in (0, 1).");
        var data = new double[values.Length];
        int n = 0;
        double total = 0;
        foreach (double v in values)
            if (!double.IsNaN(v)) { data[n++] = v; total += v; }
        if (n < 2) return new ConfidenceInterval(n == 1 ? total : double.NaN, double.NaN, double.NaN, level);
        if (meanBlockLength <= 0) meanBlockLength = Math.Ceiling(Math.Cbrt(n));
        double newBlock = 1.0 / meanBlockLength;

        var rng = new DeterministicRandom(seed);
        var means = new double[samples];
        for (int b = 0; b < samples; b++)
        {
            int pos = rng.Next(n);
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                if (i > 0) pos = rng.NextDouble() < newBlock ? rng.Next(n) : (pos + 1) % n;
                sum += data[pos];
            }
            means[b] = sum / n;
        }
        Array.Sort(means);
        double alpha = (1 - level) / 2;
        return new ConfidenceInterval(total / n, SharpeBootstrap.Quantile(means, alpha), SharpeBootstrap.Quantile(means, 1 - alpha), level);
    }
}
