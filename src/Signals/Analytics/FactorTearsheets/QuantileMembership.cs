using Signals.Data;

namespace Signals.Analytics.FactorTearsheets;

/// <summary>Which quantile each symbol's factor falls in each day (from the factor alone: membership is known at decision time).</summary>
internal static class QuantileMembership
{
    /// <summary>[day * symbols + s] = bucket 0..q−1, or −1 without a finite factor; the bucket rule of <see cref="QuantileReturns"/>. (The tearsheet gets the same from <see cref="CrossSectionPass"/> without a second sort.)</summary>
    public static int[] Assign(Panel factor, int q)
    {
        int days = factor.DayCount, symbols = factor.SymbolCount;
        var result = new int[days * symbols];
        Array.Fill(result, -1);
        var values = new double[symbols];
        var index = new int[symbols];
        var ranks = new double[symbols];
        var keys = new double[symbols];
        var order = new int[symbols];
        for (int d = 0; d < days; d++)
        {
            var row = factor.Row(d);
            int n = 0;
            for (int s = 0; s < symbols; s++) if (double.IsFinite(row[s])) { values[n] = row[s]; index[n++] = s; }
            if (n < q) continue;
            Ranking.AverageRanks(values.AsSpan(0, n), ranks, keys, order);
            for (int i = 0; i < n; i++) result[d * symbols + index[i]] = Math.Min(q - 1, (int)((ranks[i] - 0.5) * q / n));
        }
        return result;
    }

    /// <summary>
    /// Growth of 1 per quantile when each day opens a cohort held h days: the day's return is the mean, over the cohorts
    /// still held (opened on days t−h+1..t), of each cohort's equal-weighted one-day return. With h = 1 it is the daily rebalanced quantile.
    /// </summary>
    public static double[][] CohortGrowth(int[] membership, Panel oneDay, int q, int h) => CohortGrowth(membership, oneDay, q, [h])[0];

    /// <summary>
    /// <see cref="CohortGrowth(int[], Panel, int, int)"/> for several holding periods at once: a cohort's one-day return
    /// does not depend on how long it is held, so each (day, cohort) mean is computed once for the longest period and
    /// every period averages its first h of them (in the same order, so the figures are the same to the bit).
    /// </summary>
    public static double[][][] CohortGrowth(int[] membership, Panel oneDay, int q, IReadOnlyList<int> horizons)
    {
        int days = oneDay.DayCount, symbols = oneDay.SymbolCount, longest = horizons.Max();
        var growth = new double[horizons.Count][][];
        var level = new double[horizons.Count][];
        for (int i = 0; i < horizons.Count; i++)
        {
            growth[i] = new double[q][];
            for (int k = 0; k < q; k++) growth[i][k] = new double[days];
            level[i] = Enumerable.Repeat(1.0, q).ToArray();
        }
        var cohortSum = new double[longest * q];
        var cohortCount = new int[longest * q];
        var dayReturn = new double[q];
        var live = new int[q];
        for (int t = 0; t < days; t++)
        {
            int cohorts = Math.Min(longest, t + 1);
            Array.Clear(cohortSum);
            Array.Clear(cohortCount);
            var returns = oneDay.Row(t);
            for (int s = 0; s < symbols; s++)
            {
                double r = returns[s];
                if (!double.IsFinite(r)) continue;
                // Cohort j opened on day t − j; each (j, bucket) sum still adds its names in symbol order.
                for (int j = 0, at = t * symbols + s; j < cohorts; j++, at -= symbols)
                {
                    int b = membership[at];
                    if (b < 0) continue;
                    cohortSum[j * q + b] += r;
                    cohortCount[j * q + b]++;
                }
            }
            for (int i = 0; i < horizons.Count; i++)
            {
                Array.Clear(dayReturn);
                Array.Clear(live);
                for (int j = 0; j < horizons[i] && j < cohorts; j++)
                    for (int k = 0; k < q; k++)
                        if (cohortCount[j * q + k] > 0) { dayReturn[k] += cohortSum[j * q + k] / cohortCount[j * q + k]; live[k]++; }
                for (int k = 0; k < q; k++)
                {
                    if (live[k] > 0) level[i][k] *= 1 + dayReturn[k] / live[k];
                    growth[i][k][t] = level[i][k];
                }
            }
        }
        return growth;
    }

    /// <summary>Per quantile, per day: the fraction of today's members that were not in the quantile yesterday (NaN on day 0 or an empty quantile).</summary>
    public static double[][] Turnover(int[] membership, int days, int symbols, int q)
    {
        var result = new double[q][];
        for (int k = 0; k < q; k++) { result[k] = new double[days]; result[k][0] = double.NaN; }
        var members = new int[q];
        var fresh = new int[q];
        for (int d = 1; d < days; d++)
        {
            Array.Clear(members);
            Array.Clear(fresh);
            for (int s = 0; s < symbols; s++)
            {
                int b = membership[d * symbols + s];
                if (b < 0) continue;
                members[b]++;
                if (membership[(d - 1) * symbols + s] != b) fresh[b]++;
            }
            for (int k = 0; k < q; k++) result[k][d] = members[k] > 0 ? (double)fresh[k] / members[k] : double.NaN;
        }
        return result;
    }
}
