namespace Signals.Analytics.EventStudies;

/// <summary>Puts each event's score into a bucket: by sign around a neutral band, or by quantile of all events' scores.</summary>
internal static class EventBucketing
{
    public static int[] Assign(double[] scores, EventBuckets buckets, out string[] names)
    {
        var result = new int[scores.Length];
        if (buckets.QuantileCount == 0)
        {
            names = ["negative", "neutral", "positive"];
            double t = buckets.Threshold;
            for (int i = 0; i < scores.Length; i++) result[i] = scores[i] < -t ? 0 : scores[i] > t ? 2 : 1;
            return result;
        }
        int q = buckets.QuantileCount;
        names = new string[q];
        for (int b = 0; b < q; b++) names[b] = "Q" + (b + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sorted = (double[])scores.Clone();
        Array.Sort(sorted);
        int n = sorted.Length;
        for (int i = 0; i < n; i++)
        {
            // Average 1-based rank of the score among all events (ties share it), then ⌊(rank − ½)·q / n⌋ as in QuantileReturns.
            int lo = LowerBound(sorted, scores[i]), hi = LowerBound(sorted, Math.BitIncrement(scores[i])) - 1;
            double rank = (lo + hi) / 2.0 + 1;
            result[i] = Math.Min(q - 1, (int)Math.Floor((rank - 0.5) * q / n));
        }
        return result;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
