namespace Signals.Analytics.EventStudies;

/// <summary>
/// Sums of CARs per (bucket, offset, decision day): all an event study keeps, whatever the number of events. The
/// per-day sums give standard errors clustered by decision day, because events of one day share market moves and
/// several headlines on one symbol-day share one price path; treating them as independent would shrink the bands.
/// </summary>
internal sealed class BucketAccumulator(int buckets, int width, int days)
{
    private readonly double[] _sum = new double[buckets * width * days];
    private readonly int[] _count = new int[buckets * width * days];
    private readonly double[] _scoreSum = new double[buckets];
    private readonly int[] _events = new int[buckets];

    public int TotalEvents { get; private set; }

    public void AddScore(int bucket, double score)
    {
        _scoreSum[bucket] += score;
        _events[bucket]++;
        TotalEvents++;
    }

    public void Add(int bucket, int offsetIndex, int day, double car)
    {
        int i = (bucket * width + offsetIndex) * days + day;
        _sum[i] += car;
        _count[i]++;
    }

    /// <summary>
    /// Mean CAR per offset and its day-clustered standard error:
    /// Var = G/(G−1) · Σ_g (S_g − n_g·mean)² / n², with S_g and n_g the sum and count of day g's events, G the days with events.
    /// </summary>
    public EventBucket Summarize(int bucket, string name, double z, int anchorIndex)
    {
        var car = new double[width];
        var se = new double[width];
        var t = new double[width];
        var lower = new double[width];
        var upper = new double[width];
        var events = new int[width];
        for (int k = 0; k < width; k++)
        {
            var sums = _sum.AsSpan((bucket * width + k) * days, days);
            var counts = _count.AsSpan((bucket * width + k) * days, days);
            double total = 0; long n = 0; int clusters = 0;
            for (int g = 0; g < days; g++)
                if (counts[g] > 0) { total += sums[g]; n += counts[g]; clusters++; }
            events[k] = (int)n;
            double mean = n > 0 ? total / n : double.NaN, squares = 0;
            for (int g = 0; g < days; g++)
                if (counts[g] > 0) { double u = sums[g] - counts[g] * mean; squares += u * u; }
            car[k] = mean;
            se[k] = k == anchorIndex || clusters < 2 ? double.NaN : Math.Sqrt(clusters / (clusters - 1.0) * squares) / n;
            t[k] = se[k] > 0 ? car[k] / se[k] : double.NaN;
            lower[k] = k == anchorIndex ? 0 : car[k] - z * se[k];
            upper[k] = k == anchorIndex ? 0 : car[k] + z * se[k];
        }
        double meanScore = _events[bucket] > 0 ? _scoreSum[bucket] / _events[bucket] : double.NaN;
        return new EventBucket(name, meanScore, car, se, t, lower, upper, events);
    }
}
