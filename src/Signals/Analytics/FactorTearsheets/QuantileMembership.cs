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
    public static double[][] CohortGrowth(int[] membership, Panel oneDay, int q, int h)
    {
        int days = oneDay.DayCount, symbols = oneDay.SymbolCount;
        var growth = new double[q][];
        var cohortSum = new double[q];
        var cohortCount = new int[q];
        var dayReturn = new double[q];
        var live = new int[q];
        for (int k = 0; k < q; k++) growth[k] = new double[days];
        var level = Enumerable.Repeat(1.0, q).ToArray();
        for (int t = 0; t < days; t++)
        {
            Array.Clear(dayReturn);
            Array.Clear(live);
            var returns = oneDay.Row(t);
            for (int j = 0; j < h && j <= t; j++)
            {
                Array.Clear(cohortSum);
                Array.Clear(cohortCount);
                var cohort = membership.AsSpan((t - j) * symbols, symbols);
                for (int s = 0; s < cohort.Length; s++)
                {
                    int b = cohort[s];
                    double r = returns[s];
                    if (b < 0 || !double.IsFinite(r)) continue;
                    cohortSum[b] += r; cohortCount[b]++;
                }
                for (int k = 0; k < q; k++) if (cohortCount[k] > 0) { dayReturn[k] += cohortSum[k] / cohortCount[k]; live[k]++; }
            }
            for (int k = 0; k < q; k++)
            {
                if (live[k] > 0) level[k] *= 1 + dayReturn[k] / live[k];
                growth[k][t] = level[k];
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
