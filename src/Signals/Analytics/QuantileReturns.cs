using Signals.Data;

namespace Signals.Analytics;

/// <summary>
/// Forward returns by signal quantile, alphalens style. Quantile 1 holds the lowest signals, quantile
/// <see cref="Quantiles"/> the highest.
/// </summary>
/// <param name="Quantiles">Number of buckets.</param>
/// <param name="Dates">The panel's dates.</param>
/// <param name="MeanReturn">Per quantile (index 0 = quantile 1): mean over days of that day's mean forward return in the bucket.</param>
/// <param name="Observations">Per quantile: symbol-days that fell in it.</param>
/// <param name="DailyMean">Day-major [day × quantile] mean forward return; NaN on days skipped.</param>
/// <param name="SpreadSeries">Per day: top-quantile minus bottom-quantile mean forward return; NaN on days skipped.</param>
/// <param name="Spread">Mean of <paramref name="SpreadSeries"/>.</param>
/// <param name="SpreadTStat">Plain t-statistic of the spread series (overlapping horizons overstate it, as for IC).</param>
public sealed record QuantileReturns(
    int Quantiles,
    DateOnly[] Dates,
    double[] MeanReturn,
    int[] Observations,
    double[] DailyMean,
    double[] SpreadSeries,
    double Spread,
    double SpreadTStat)
{
    /// <summary>
    /// Each day, ranks symbols with both a finite signal and forward return (ties share their average rank) and puts
    /// rank r of n into bucket ⌊(r − ½)·q / n⌋ + 1 — equal-count buckets, with tied signals kept together. Days with
    /// fewer than <paramref name="quantiles"/> such symbols are skipped. With <paramref name="demeaned"/>, each day's
    /// cross-sectional mean forward return is subtracted first (alphalens' default), leaving pure relative performance.
    /// </summary>
    public static QuantileReturns Compute(Panel signal, Panel forwardReturns, int quantiles = 5, bool demeaned = false)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(forwardReturns);
        Ranking.RequireAligned(signal, forwardReturns, nameof(signal), nameof(forwardReturns));
        if (quantiles < 2) throw new ArgumentOutOfRangeException(nameof(quantiles), quantiles, "Need at least 2 quantiles.");

        int days = signal.DayCount, symbols = signal.SymbolCount;
        var daily = new double[days * quantiles];
        var spread = new double[days];
        Array.Fill(daily, double.NaN);
        Array.Fill(spread, double.NaN);
        var observations = new int[quantiles];
        var sum = new double[quantiles];
        var count = new int[quantiles];
        var x = new double[symbols];
        var y = new double[symbols];
        var ranks = new double[symbols];
        var keys = new double[symbols];
        var order = new int[symbols];

        for (int d = 0; d < days; d++)
        {
            int n = Ranking.PairwiseComplete(signal.Row(d), forwardReturns.Row(d), x, y);
            if (n < quantiles) continue;
            Ranking.AverageRanks(x.AsSpan(0, n), ranks, keys, order);
            double offset = 0;
            if (demeaned)
            {
                for (int i = 0; i < n; i++) offset += y[i];
                offset /= n;
            }
            Array.Clear(sum);
            Array.Clear(count);
            for (int i = 0; i < n; i++)
            {
                int q = Math.Min(quantiles - 1, (int)((ranks[i] - 0.5) * quantiles / n));
                sum[q] += y[i] - offset;
                count[q]++;
            }
            for (int q = 0; q < quantiles; q++)
            {
                observations[q] += count[q];
                if (count[q] > 0) daily[d * quantiles + q] = sum[q] / count[q];
            }
            spread[d] = daily[d * quantiles + quantiles - 1] - daily[d * quantiles];
        }

        var mean = new double[quantiles];
        for (int q = 0; q < quantiles; q++)
        {
            double s = 0;
            int k = 0;
            for (int d = 0; d < days; d++)
            {
                double v = daily[d * quantiles + q];
                if (double.IsNaN(v)) continue;
                s += v; k++;
            }
            mean[q] = k == 0 ? double.NaN : s / k;
        }
        var spreadMoments = Moments.Of(spread);
        return new QuantileReturns(quantiles, signal.Dates, mean, observations, daily, spread, spreadMoments.Mean, TStatistics.Plain(spreadMoments));
    }
}
