namespace Signals.Reporting;

/// <summary>
/// Which points of a long series a chart draws: the first and the last, and in each of equal stretches between them
/// the lowest and the highest value (in their order), so a 20-year daily line keeps its drawdowns and spikes at a few
/// thousand points instead of the page growing with every day. A stretch holding a missing value keeps one, so a gap
/// still shows as a gap. Series at or under the bound are drawn whole.
/// </summary>
internal static class LineDownSampling
{
    /// <summary>The indices to draw, ascending, at most <paramref name="maxPoints"/>; null when the series fits already.</summary>
    public static int[]? Indices(ReadOnlySpan<double> y, int maxPoints)
    {
        int n = y.Length;
        if (n <= maxPoints || maxPoints < 8) return null;
        bool gaps = false;
        foreach (var v in y)
            if (!double.IsFinite(v)) { gaps = true; break; }
        // Up to two points a stretch (three where gaps must survive), plus the two ends.
        int perBucket = gaps ? 3 : 2;
        int buckets = (maxPoints - 2) / perBucket;
        int interior = n - 2;
        var keep = new List<int>(maxPoints) { 0 };
        Span<int> picked = stackalloc int[3];
        for (int b = 0; b < buckets; b++)
        {
            int start = 1 + (int)((long)interior * b / buckets);
            int end = 1 + (int)((long)interior * (b + 1) / buckets);
            int lo = -1, hi = -1, gap = -1;
            for (int i = start; i < end; i++)
            {
                double v = y[i];
                if (!double.IsFinite(v))
                {
                    if (gap < 0) gap = i;
                    continue;
                }
                if (lo < 0 || v < y[lo]) lo = i;
                if (hi < 0 || v > y[hi]) hi = i;
            }
            int count = 0;
            foreach (int i in new[] { lo, hi, gap })
                if (i >= 0 && !picked[..count].Contains(i)) picked[count++] = i;
            picked[..count].Sort();
            foreach (int i in picked[..count]) keep.Add(i);
        }
        keep.Add(n - 1);
        return keep.ToArray();
    }

    /// <summary>The elements of <paramref name="values"/> at <paramref name="keep"/>.</summary>
    public static T[] Pick<T>(T[] values, int[] keep)
    {
        var picked = new T[keep.Length];
        for (int i = 0; i < keep.Length; i++) picked[i] = values[keep[i]];
        return picked;
    }
}
