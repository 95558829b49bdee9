using Signals.Data;

namespace Signals.Analytics.FactorTearsheets;

/// <summary>
/// Every cross-sectional figure of the factor tearsheet in one pass over the days, on one thread: each day the factor row
/// is sorted once and each horizon's forward returns once, and every rank the figures need (the IC's pairs, the quantile
/// buckets, yesterday's overlap for the rank autocorrelation, each group's names) is read off those orders
/// (<see cref="SortedCrossSection"/>). Same rules and numbers as <see cref="InformationCoefficient.Series"/>,
/// <see cref="QuantileReturns.Compute"/>, <see cref="QuantileMembership.Assign"/> and <see cref="InformationCoefficient.RankAutocorrelation"/>
/// called one by one; those sort the factor again for every figure and horizon, which was most of the tearsheet's time.
/// </summary>
internal sealed class CrossSectionPass
{
    /// <summary>As in <see cref="InformationCoefficient.Series"/>'s default.</summary>
    private const int MinObservations = 5;

    /// <summary>Per horizon (in the order given), per day: the rank IC.</summary>
    public required double[][] Ic { get; init; }
    /// <summary>Per horizon, day-major [day × quantile]: the bucket's mean forward return, NaN on days skipped.</summary>
    public required double[][] QuantileDailyMean { get; init; }
    /// <summary>[day × symbols + s]: the factor's bucket from the factor alone, −1 without a value.</summary>
    public required int[] Membership { get; init; }
    public required double[] RankAutocorrelation { get; init; }
    /// <summary>Per quantile: the names counted in it over all days at the one-day horizon (<see cref="QuantileReturns.Observations"/>).</summary>
    public required int[] OneDayObservations { get; init; }
    /// <summary>Per group, per day: the rank IC with the one-day forward returns among that group's names.</summary>
    public required double[][] GroupIc { get; init; }

    /// <param name="forward">Forward returns per horizon, aligned with the factor.</param>
    /// <param name="oneDayIndex">Which of <paramref name="forward"/> is the one-day horizon (the group ICs use it).</param>
    /// <param name="groupOf">Group index of each symbol; null without groups.</param>
    public static CrossSectionPass Run(Panel factor, IReadOnlyList<Panel> forward, int oneDayIndex, int quantiles, int[]? groupOf, int groupCount)
    {
        int days = factor.DayCount, symbols = factor.SymbolCount, horizons = forward.Count;
        var ic = new double[horizons][];
        var daily = new double[horizons][];
        for (int i = 0; i < horizons; i++)
        {
            ic[i] = new double[days];
            daily[i] = new double[days * quantiles];
            Array.Fill(daily[i], double.NaN);
        }
        var membership = new int[days * symbols];
        Array.Fill(membership, -1);
        var autocorrelation = new double[days];
        Array.Fill(autocorrelation, double.NaN);
        var groupIc = new double[groupOf is null ? 0 : groupCount][];
        for (int g = 0; g < groupIc.Length; g++) groupIc[g] = new double[days];

        var today = new SortedCrossSection(symbols);
        var yesterday = new SortedCrossSection(symbols);
        var sortedForward = new SortedCrossSection(symbols);
        var identity = new int[symbols];
        for (int s = 0; s < symbols; s++) identity[s] = s;
        var position = new int[symbols];
        var y = new double[symbols];
        var rankX = new double[symbols];
        var rankY = new double[symbols];
        var bucketSum = new double[quantiles];
        var bucketCount = new int[quantiles];
        var oneDayObservations = new int[quantiles];
        var groups = groupOf is null ? null : new GroupScratch(symbols, groupCount);

        for (int d = 0; d < days; d++)
        {
            var f = factor.Row(d);
            today.Sort(f);
            var order = today.Order;
            if (order.Length >= quantiles)
            {
                SortedCrossSection.RanksOf(f, order, identity, rankX);
                foreach (int s in order) membership[d * symbols + s] = Math.Min(quantiles - 1, (int)((rankX[s] - 0.5) * quantiles / order.Length));
            }

            for (int i = 0; i < horizons; i++)
            {
                var r = forward[i].Row(d);
                sortedForward.Sort(r);
                int n = 0;
                for (int s = 0; s < symbols; s++)
                {
                    if (double.IsFinite(f[s]) && double.IsFinite(r[s])) { position[s] = n; y[n++] = r[s]; }
                    else position[s] = -1;
                }
                bool ranked = n >= MinObservations || n >= quantiles;
                if (ranked)
                {
                    today.RanksOver(f, position, rankX);
                    sortedForward.RanksOver(r, position, rankY);
                }
                ic[i][d] = n < MinObservations ? double.NaN : Ranking.Pearson(rankX.AsSpan(0, n), rankY.AsSpan(0, n));
                if (n >= quantiles)
                {
                    BucketMeans(rankX, y, n, quantiles, bucketSum, bucketCount, daily[i].AsSpan(d * quantiles, quantiles));
                    if (i == oneDayIndex) for (int q = 0; q < quantiles; q++) oneDayObservations[q] += bucketCount[q];
                }
                if (i == oneDayIndex && groups is not null) groups.Ic(f, r, position, today.Order, sortedForward.Order, groupOf!, groupIc, d, rankX, rankY);
            }

            if (d >= 1)
            {
                var previous = factor.Row(d - 1);
                int n = 0;
                for (int s = 0; s < symbols; s++) position[s] = double.IsFinite(f[s]) && double.IsFinite(previous[s]) ? n++ : -1;
                if (n >= MinObservations)
                {
                    today.RanksOver(f, position, rankX);
                    yesterday.RanksOver(previous, position, rankY);
                    autocorrelation[d] = Ranking.Pearson(rankX.AsSpan(0, n), rankY.AsSpan(0, n));
                }
            }
            (today, yesterday) = (yesterday, today);
        }
        return new CrossSectionPass { Ic = ic, QuantileDailyMean = daily, Membership = membership, RankAutocorrelation = autocorrelation, GroupIc = groupIc, OneDayObservations = oneDayObservations };
    }

    /// <summary>Rank r of n goes to bucket ⌊(r − ½)·q / n⌋ (the rule of <see cref="QuantileReturns"/>); each bucket's mean return.</summary>
    private static void BucketMeans(double[] ranks, double[] y, int n, int quantiles, double[] sum, int[] count, Span<double> mean)
    {
        Array.Clear(sum);
        Array.Clear(count);
        for (int i = 0; i < n; i++)
        {
            int q = Math.Min(quantiles - 1, (int)((ranks[i] - 0.5) * quantiles / n));
            sum[q] += y[i];
            count[q]++;
        }
        for (int q = 0; q < quantiles; q++)
            if (count[q] > 0) mean[q] = sum[q] / count[q];
    }

    /// <summary>Per-group buffers: each group's names in symbol order (its compact positions) and in each sorted order.</summary>
    private sealed class GroupScratch(int symbols, int groupCount)
    {
        private readonly int[] _position = new int[symbols];
        private readonly int[] _count = new int[groupCount];
        private readonly int[] _start = new int[groupCount + 1];
        private readonly int[] _fill = new int[groupCount];
        private readonly int[] _sortedF = new int[symbols];
        private readonly int[] _sortedR = new int[symbols];

        /// <summary>Day d's rank IC within each group over the names paired in <paramref name="paired"/> (NaN under 5 names).</summary>
        public void Ic(ReadOnlySpan<double> f, ReadOnlySpan<double> r, ReadOnlySpan<int> paired, ReadOnlySpan<int> orderF, ReadOnlySpan<int> orderR,
            int[] groupOf, double[][] groupIc, int d, double[] rankX, double[] rankY)
        {
            Array.Clear(_count);
            for (int s = 0; s < paired.Length; s++) _position[s] = paired[s] >= 0 ? _count[groupOf[s]]++ : -1;
            for (int g = 0; g < _count.Length; g++) _start[g + 1] = _start[g] + _count[g];
            Split(orderF, groupOf, _sortedF);
            Split(orderR, groupOf, _sortedR);
            for (int g = 0; g < _count.Length; g++)
            {
                int n = _count[g];
                if (n < MinObservations) { groupIc[g][d] = double.NaN; continue; }
                SortedCrossSection.RanksOf(f, _sortedF.AsSpan(_start[g], n), _position, rankX);
                SortedCrossSection.RanksOf(r, _sortedR.AsSpan(_start[g], n), _position, rankY);
                groupIc[g][d] = Ranking.Pearson(rankX.AsSpan(0, n), rankY.AsSpan(0, n));
            }
        }

        /// <summary>Distributes a sorted order's paired names to their groups' slices, keeping the order within each group.</summary>
        private void Split(ReadOnlySpan<int> order, int[] groupOf, int[] into)
        {
            Array.Copy(_start, _fill, _fill.Length);
            foreach (int s in order)
                if (_position[s] >= 0) into[_fill[groupOf[s]]++] = s;
        }
    }
}
