using Signals.Data;

namespace Signals.Analytics.FactorTearsheets;

/// <summary>
/// Every cross-sectional figure of the factor tearsheet in one pass over the days (runs of days on each core): each day the factor row
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

    /// <param name="forward">Forward returns per horizon, aligned with the factor, computed a row at a time as the pass reaches each day.</param>
    /// <param name="oneDayIndex">Which of <paramref name="forward"/> is the one-day horizon (the group ICs use it).</param>
    /// <param name="groupOf">Group index of each symbol; null without groups.</param>
    public static CrossSectionPass Run(Panel factor, IReadOnlyList<ForwardReturnRows> forward, int oneDayIndex, int quantiles, int[]? groupOf, int groupCount)
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
        var result = new CrossSectionPass
        {
            Ic = ic, QuantileDailyMean = daily, Membership = membership, RankAutocorrelation = autocorrelation, GroupIc = groupIc,
            OneDayObservations = new int[quantiles],
        };

        // Each day's figures read that day's rows (and the day before's for the autocorrelation) and write that day's
        // slots only, so runs of days go to the cores side by side; a run's first day sorts its previous row itself. The
        // one-day bucket counts are integers, summed per run and then added: the same totals in any order.
        int chunk = Math.Max(32, days / (8 * Environment.ProcessorCount));
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, days, chunk),
            () => new DayRun(factor, forward, oneDayIndex, quantiles, groupOf, groupCount, result),
            (range, _, run) =>
            {
                run.Days(range.Item1, range.Item2);
                return run;
            },
            run =>
            {
                lock (result.OneDayObservations)
                    for (int q = 0; q < quantiles; q++) result.OneDayObservations[q] += run.OneDayObservations[q];
            });
        return result;
    }

    /// <summary>One worker's scratch and the per-day figures for the runs of days it is given.</summary>
    private sealed class DayRun
    {
        private readonly Panel _factor;
        private readonly IReadOnlyList<ForwardReturnRows> _forward;
        private readonly int _oneDayIndex, _quantiles, _symbols;
        private readonly int[]? _groupOf;
        private readonly CrossSectionPass _into;
        private SortedCrossSection _today, _yesterday;
        private readonly SortedCrossSection _sortedForward;
        private readonly int[] _identity, _position;
        private readonly double[] _y, _rankX, _rankY, _bucketSum, _forwardRow;
        private readonly int[] _bucketCount;
        private readonly GroupScratch? _groups;

        public DayRun(Panel factor, IReadOnlyList<ForwardReturnRows> forward, int oneDayIndex, int quantiles, int[]? groupOf, int groupCount, CrossSectionPass into)
        {
            _factor = factor; _forward = forward; _oneDayIndex = oneDayIndex; _quantiles = quantiles; _groupOf = groupOf; _into = into;
            int symbols = _symbols = factor.SymbolCount;
            _today = new SortedCrossSection(symbols);
            _yesterday = new SortedCrossSection(symbols);
            _sortedForward = new SortedCrossSection(symbols);
            _identity = new int[symbols];
            for (int s = 0; s < symbols; s++) _identity[s] = s;
            _position = new int[symbols];
            _y = new double[symbols];
            _forwardRow = new double[symbols];
            _rankX = new double[symbols];
            _rankY = new double[symbols];
            _bucketSum = new double[quantiles];
            _bucketCount = new int[quantiles];
            OneDayObservations = new int[quantiles];
            _groups = groupOf is null ? null : new GroupScratch(symbols, groupCount);
        }

        /// <summary>Per quantile: the names this worker counted in it at the one-day horizon.</summary>
        public int[] OneDayObservations { get; }

        /// <summary>The figures of days [<paramref name="from"/>, <paramref name="to"/>).</summary>
        public void Days(int from, int to)
        {
            if (from >= 1) _yesterday.Sort(_factor.Row(from - 1));
            for (int d = from; d < to; d++) Day(d);
        }

        private void Day(int d)
        {
            int symbols = _symbols, quantiles = _quantiles;
            var f = _factor.Row(d);
            _today.Sort(f);
            var order = _today.Order;
            if (order.Length >= quantiles)
            {
                SortedCrossSection.RanksOf(f, order, _identity, _rankX);
                foreach (int s in order) _into.Membership[d * symbols + s] = Math.Min(quantiles - 1, (int)((_rankX[s] - 0.5) * quantiles / order.Length));
            }

            for (int i = 0; i < _forward.Count; i++)
            {
                _forward[i].Fill(d, _forwardRow);
                ReadOnlySpan<double> r = _forwardRow;
                _sortedForward.Sort(r);
                int n = 0;
                for (int s = 0; s < symbols; s++)
                {
                    if (double.IsFinite(f[s]) && double.IsFinite(r[s])) { _position[s] = n; _y[n++] = r[s]; }
                    else _position[s] = -1;
                }
                bool ranked = n >= MinObservations || n >= quantiles;
                if (ranked)
                {
                    _today.RanksOver(f, _position, _rankX);
                    _sortedForward.RanksOver(r, _position, _rankY);
                }
                _into.Ic[i][d] = n < MinObservations ? double.NaN : Ranking.Pearson(_rankX.AsSpan(0, n), _rankY.AsSpan(0, n));
                if (n >= quantiles)
                {
                    BucketMeans(_rankX, _y, n, quantiles, _bucketSum, _bucketCount, _into.QuantileDailyMean[i].AsSpan(d * quantiles, quantiles));
                    if (i == _oneDayIndex) for (int q = 0; q < quantiles; q++) OneDayObservations[q] += _bucketCount[q];
                }
                if (i == _oneDayIndex && _groups is not null)
                    _groups.Ic(f, r, _position, _today.Order, _sortedForward.Order, _groupOf!, _into.GroupIc, d, _rankX, _rankY);
            }

            if (d >= 1)
            {
                var previous = _factor.Row(d - 1);
                int n = 0;
                for (int s = 0; s < symbols; s++) _position[s] = double.IsFinite(f[s]) && double.IsFinite(previous[s]) ? n++ : -1;
                if (n >= MinObservations)
                {
                    _today.RanksOver(f, _position, _rankX);
                    _yesterday.RanksOver(previous, _position, _rankY);
                    _into.RankAutocorrelation[d] = Ranking.Pearson(_rankX.AsSpan(0, n), _rankY.AsSpan(0, n));
                }
            }
            (_today, _yesterday) = (_yesterday, _today);
        }
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
