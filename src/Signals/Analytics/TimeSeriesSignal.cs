using Signals.Data;

namespace Signals.Analytics;

/// <summary>
/// Statistics of one signal through time against one return series — market-level news against a benchmark — where
/// the cross-sectional tools (rank IC across names, quantile spreads) have nothing to rank.
/// </summary>
public static class TimeSeriesSignal
{
    /// <summary>Fewest days with both values for an IC to be reported at all.</summary>
    public const int DefaultMinObservations = 20;

    /// <summary>Fewest non-overlapping days for the non-overlapping IC and its t-statistic.</summary>
    public const int MinNonOverlapping = 10;

    /// <summary>
    /// The IC of <paramref name="signal"/> (day d's value, known at day d's decision point) with
    /// <paramref name="forwardReturns"/> (the return earned from day d's fill over <paramref name="horizon"/> days),
    /// both aligned on the same days. See <see cref="TimeSeriesIc"/> for the two overlap-robust t-statistics.
    /// </summary>
    public static TimeSeriesIc Ic(ReadOnlySpan<double> signal, ReadOnlySpan<double> forwardReturns, int horizon, int minObservations = DefaultMinObservations)
    {
        if (signal.Length != forwardReturns.Length) throw new ArgumentException("The signal and the forward returns must cover the same days.");
        if (horizon < 1) throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "A horizon is at least one day.");
        var x = new List<double>(signal.Length);
        var y = new List<double>(signal.Length);
        var xs = new List<double>();
        var ys = new List<double>();
        for (int d = 0; d < signal.Length; d++)
        {
            if (!double.IsFinite(signal[d]) || !double.IsFinite(forwardReturns[d])) continue;
            x.Add(signal[d]); y.Add(forwardReturns[d]);
            if (d % horizon == 0) { xs.Add(signal[d]); ys.Add(forwardReturns[d]); }
        }
        int n = x.Count, m = xs.Count;
        if (n < minObservations)
            return new TimeSeriesIc(horizon, n, null, null, m, null, null, $"{n} days with both a signal and a {horizon}-day forward return; at least {minObservations} are needed");
        var zx = Standardize(x, out double sx);
        var zy = Standardize(y, out double sy);
        if (sx == 0) return new TimeSeriesIc(horizon, n, null, null, m, null, null, "the signal does not vary over the window");
        if (sy == 0) return new TimeSeriesIc(horizon, n, null, null, m, null, null, "the benchmark's forward return does not vary over the window");
        var products = new double[n];
        double ic = 0;
        for (int i = 0; i < n; i++) { products[i] = zx[i] * zy[i]; ic += products[i]; }
        ic /= n;
        double nw = TStatistics.NeweyWest(products, horizon - 1);
        double? nwT = double.IsFinite(nw) ? nw : null;

        if (m < MinNonOverlapping)
            return new TimeSeriesIc(horizon, n, ic, nwT, m, null, null, $"only {m} non-overlapping days (every {horizon}th); at least {MinNonOverlapping} are needed for the non-overlapping IC");
        var zxs = Standardize(xs, out double sxs);
        var zys = Standardize(ys, out double sys);
        if (sxs == 0 || sys == 0)
            return new TimeSeriesIc(horizon, n, ic, nwT, m, null, null, "the signal or the return does not vary on the non-overlapping days");
        double r = 0;
        for (int i = 0; i < m; i++) r += zxs[i] * zys[i];
        r /= m;
        double? t = Math.Abs(r) < 1 ? r * Math.Sqrt(m - 2) / Math.Sqrt(1 - r * r) : null;
        return new TimeSeriesIc(horizon, n, ic, nwT, m, r, t, t is null ? "the non-overlapping correlation is ±1" : null);
    }

    /// <summary>
    /// z-score of each day's value against the trailing <paramref name="window"/> days up to and including that day
    /// (sample standard deviation): only values known at the day enter. NaN where the day's value is missing, fewer
    /// than <paramref name="minPeriods"/> finite values are in the window, or they do not vary.
    /// </summary>
    public static double[] TrailingZScore(ReadOnlySpan<double> values, int window, int minPeriods)
    {
        if (window < 2) throw new ArgumentOutOfRangeException(nameof(window), window, "A z-score window is at least two days.");
        if (minPeriods < 2 || minPeriods > window) throw new ArgumentOutOfRangeException(nameof(minPeriods), minPeriods, "Between 2 and the window.");
        var z = new double[values.Length];
        for (int d = 0; d < values.Length; d++)
        {
            z[d] = double.NaN;
            if (!double.IsFinite(values[d])) continue;
            int n = 0;
            double sum = 0, sumSq = 0;
            for (int j = Math.Max(0, d - window + 1); j <= d; j++)
            {
                double v = values[j];
                if (!double.IsFinite(v)) continue;
                n++; sum += v; sumSq += v * v;
            }
            if (n < minPeriods) continue;
            double mean = sum / n;
            double variance = (sumSq - n * mean * mean) / (n - 1);
            // Relative floor: a window of identical values leaves rounding noise, not variation.
            if (variance <= 1e-24 * Math.Max(1, mean * mean)) continue;
            z[d] = (values[d] - mean) / Math.Sqrt(variance);
        }
        return z;
    }

    /// <summary>Per day, the mean of the finite values across a panel's symbols (the equal-weight return); NaN when none.</summary>
    public static double[] CrossSectionMean(Panel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var mean = new double[panel.DayCount];
        for (int d = 0; d < panel.DayCount; d++)
        {
            double sum = 0;
            int n = 0;
            foreach (double v in panel.Row(d))
                if (double.IsFinite(v)) { sum += v; n++; }
            mean[d] = n > 0 ? sum / n : double.NaN;
        }
        return mean;
    }

    private static double[] Standardize(List<double> values, out double std)
    {
        int n = values.Count;
        double mean = 0;
        foreach (double v in values) mean += v;
        mean /= n;
        double ss = 0;
        foreach (double v in values) ss += (v - mean) * (v - mean);
        std = Math.Sqrt(ss / n);
        if (std <= 1e-12 * Math.Max(1, Math.Abs(mean))) std = 0;
        var z = new double[n];
        if (std > 0) for (int i = 0; i < n; i++) z[i] = (values[i] - mean) / std;
        return z;
    }
}
