using Signals.Data;
using Signals.Features;
using Signals.Numerics;

namespace Signals.Analytics.EventStudies;

/// <summary>
/// What prices do around news: cumulative abnormal returns (CAR) from −Before to +After trading days around each
/// event's decision point (the first open after publication, <see cref="HeadlineAlignment"/>), averaged per score bucket
/// with standard errors, t-statistics and confidence bands. Returns, never factor values, and trading days, never
/// calendar days.
/// </summary>
/// <remarks>
/// The path is anchored at the decision point: CAR(+k) is the abnormal return from the decision open to the open k
/// trading days later (what a trader entering at the decision point earned), CAR(−k) minus the abnormal return from the
/// open k days before to the decision open (what was already in the price). Returns add up as simple daily returns
/// (the usual CAR). One pass builds per-symbol prefix sums of the daily abnormal returns, so any window costs O(1):
/// memory is O(panel + buckets × offsets), never a copy of the panel per offset. Standard errors are clustered by decision
/// day (events of one day share market moves, and several headlines on one symbol-day share one price path); the
/// overlap of one symbol's windows across nearby days is not modelled.
/// </remarks>
public static class EventStudy
{
    /// <summary>Runs the event study of <paramref name="headlines"/> on <paramref name="prices"/>; events whose window leaves the panel or meets a missing price count fewer at those offsets.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (no day before or after, a bad estimation window or confidence level).</exception>
    public static EventStudyResult Run(BarPanel prices, IEnumerable<ScoredHeadline> headlines, EventStudyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(headlines);
        options ??= new EventStudyOptions();
        options.Validate();
        var path = EventPaths.Build(prices, options);
        var events = EventList.From(headlines, prices, options, out int dropped);
        var buckets = EventBucketing.Assign(events.Scores, options.Buckets, out var names);

        int width = options.Before + options.After + 1;
        var acc = new BucketAccumulator(names.Length, width, prices.DayCount);
        for (int e = 0; e < events.Count; e++)
        {
            int day = events.Days[e], symbol = events.Symbols[e];
            if (!path.TryModel(day, symbol, options, out double alpha, out double beta)) { dropped++; continue; }
            if (!path.HasPrice(day, symbol)) { dropped++; continue; }
            int b = buckets[e];
            acc.AddScore(b, events.Scores[e]);
            for (int i = 0; i < width; i++)
            {
                int k = i - options.Before;
                if (path.TryCar(day, symbol, k, alpha, beta, out double car)) acc.Add(b, i, day, car);
            }
        }

        double z = StandardNormal.Quantile(1 - (1 - options.ConfidenceLevel) / 2);
        var offsets = new int[width];
        for (int i = 0; i < width; i++) offsets[i] = i - options.Before;
        var result = new EventBucket[names.Length];
        for (int b = 0; b < names.Length; b++) result[b] = acc.Summarize(b, names[b], z, options.Before);
        return new EventStudyResult(offsets, result, options.Model, options.Unit, options.ConfidenceLevel, acc.TotalEvents, dropped);
    }

    /// <summary>
    /// The same study with the scores shuffled across events (a seeded permutation): the effect is destroyed while
    /// timing, clustering and volatility around news stay. Its CARs should sit inside their bands.
    /// </summary>
    public static EventStudyResult Placebo(BarPanel prices, IReadOnlyList<ScoredHeadline> headlines, ulong seed, EventStudyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(headlines);
        var order = new int[headlines.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        new DeterministicRandom(seed).Shuffle(order);
        var shuffled = new ScoredHeadline[headlines.Count];
        for (int i = 0; i < shuffled.Length; i++) shuffled[i] = headlines[i] with { Score = headlines[order[i]].Score };
        return Run(prices, shuffled, options);
    }
}
