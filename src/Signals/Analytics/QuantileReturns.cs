using Signals.Data;
using Signals.Numerics;

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
        Array.Fill(daily, double.NaN);
        var dailyCount = new int[days * quantiles];

        // Days are independent: spread them over cores, each worker with its own scratch buffers.
        Parallel.For(0, days, () => new CrossSectionScratch(symbols), (d, _, scratch) =>
        {
            AssignDay(signal.Row(d), forwardReturns.Row(d), quantiles, demeaned, scratch,
                daily.AsSpan(d * quantiles, quantiles), dailyCount.AsSpan(d * quantiles, quantiles));
            return scratch;
        }, _ => { });

        var observations = new int[quantiles];
        for (int i = 0; i < dailyCount.Length; i++) observations[i % quantiles] += dailyCount[i];
        return FromDailyMeans(quantiles, signal.Dates, daily, observations);
    }

    /// <summary>
    /// The figures from each day's bucket means (day-major, NaN on days skipped) and the names counted per bucket, as
    /// <see cref="Compute"/> sums them: the factor tearsheet's one pass hands its one-day buckets over this way, so a
    /// study ranks its signal once for both.
    /// </summary>
    internal static QuantileReturns FromDailyMeans(int quantiles, DateOnly[] dates, double[] daily, int[] observations)
    {
        int days = dates.Length;
        var spread = new double[days];
        for (int d = 0; d < days; d++) spread[d] = daily[d * quantiles + quantiles - 1] - daily[d * quantiles];
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
        return new QuantileReturns(quantiles, dates, mean, observations, daily, spread, spreadMoments.Mean, TStatistics.Plain(spreadMoments));
    }

    private static void AssignDay(ReadOnlySpan<double> signal, ReadOnlySpan<double> forward, int quantiles, bool demeaned,
        CrossSectionScratch s, Span<double> mean, Span<int> count)
    {
        int n = Ranking.PairwiseComplete(signal, forward, s.X, s.Y);
        if (n < quantiles) return;
        Ranking.AverageRanks(s.X.AsSpan(0, n), s.RankX, s.Keys, s.Order);
        double offset = 0;
        if (demeaned)
        {
            for (int i = 0; i < n; i++) offset += s.Y[i];
            offset /= n;
        }
        var sum = s.RankY.AsSpan(0, quantiles); // reuse scratch: RankY is free in quantile work
        sum.Clear();
        for (int i = 0; i < n; i++)
        {
            int q = Math.Min(quantiles - 1, (int)((s.RankX[i] - 0.5) * quantiles / n));
            sum[q] += s.Y[i] - offset;
            count[q]++;
        }
        for (int q = 0; q < quantiles; q++)
            if (count[q] > 0) mean[q] = sum[q] / count[q];
    }
}
