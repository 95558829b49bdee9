namespace Signals.Analytics;

/// <summary>Cross-sectional helpers shared by the rank IC and quantile code.</summary>
internal static class Ranking
{
    /// <summary>
    /// 1-based average ranks of <paramref name="values"/> (ties share the mean of their positions, as in
    /// scipy.stats.rankdata 'average'). <paramref name="keys"/> and <paramref name="order"/> are scratch of the same length.
    /// </summary>
    public static void AverageRanks(ReadOnlySpan<double> values, Span<double> ranks, Span<double> keys, Span<int> order)
    {
        int n = values.Length;
        values.CopyTo(keys);
        for (int i = 0; i < n; i++) order[i] = i;
        keys[..n].Sort(order[..n]);
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start]) end++;
            double rank = (start + end + 1) * 0.5; // mean of 1-based positions start+1 .. end
            for (int k = start; k < end; k++) ranks[order[k]] = rank;
            start = end;
        }
    }

    /// <summary>Pearson correlation of two equal-length spans without missing values; NaN if either is constant.</summary>
    public static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int n = x.Length;
        if (n < 2) return double.NaN;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) { mx += x[i]; my += y[i]; }
        mx /= n; my /= n;
        double sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxx += dx * dx; syy += dy * dy; sxy += dx * dy;
        }
        if (sxx <= 0 || syy <= 0) return double.NaN;
        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1.0, 1.0);
    }

    /// <summary>Copies the symbols where both rows are finite into <paramref name="x"/>/<paramref name="y"/>; returns how many.</summary>
    public static int PairwiseComplete(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> x, Span<double> y)
    {
        int n = 0;
        for (int s = 0; s < a.Length; s++)
        {
            double av = a[s], bv = b[s];
            if (!double.IsFinite(av) || !double.IsFinite(bv)) continue;
            x[n] = av; y[n] = bv; n++;
        }
        return n;
    }

    public static void RequireAligned(Signals.Data.Panel a, Signals.Data.Panel b, string nameA, string nameB)
    {
        if (a.DayCount != b.DayCount || a.SymbolCount != b.SymbolCount)
            throw new ArgumentException($"{nameA} is {a.DayCount}×{a.SymbolCount} but {nameB} is {b.DayCount}×{b.SymbolCount}; align them on the same days and symbols.");
        for (int d = 0; d < a.DayCount; d++)
            if (a.Dates[d] != b.Dates[d])
                throw new ArgumentException($"{nameA} and {nameB} differ at day {d}: {a.Dates[d]:yyyy-MM-dd} vs {b.Dates[d]:yyyy-MM-dd}.");
        for (int s = 0; s < a.SymbolCount; s++)
            if (!string.Equals(a.Symbols[s], b.Symbols[s], StringComparison.Ordinal))
                throw new ArgumentException($"{nameA} and {nameB} differ at symbol {s}: '{a.Symbols[s]}' vs '{b.Symbols[s]}'.");
    }
}

/// <summary>Per-worker buffers for one cross-section, so the daily loop allocates nothing.</summary>
internal sealed class CrossSectionScratch(int symbols)
{
    public readonly double[] X = new double[symbols];
    public readonly double[] Y = new double[symbols];
    public readonly double[] RankX = new double[symbols];
    public readonly double[] RankY = new double[symbols];
    public readonly double[] Keys = new double[symbols];
    public readonly int[] Order = new int[symbols];
}
