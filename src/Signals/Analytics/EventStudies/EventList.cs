using Signals.Data;
using Signals.Features;

namespace Signals.Analytics.EventStudies;

/// <summary>The events of a study as parallel arrays: decision-day row, symbol column, score.</summary>
internal sealed class EventList(int[] days, int[] symbols, double[] scores)
{
    public int[] Days { get; } = days;
    public int[] Symbols { get; } = symbols;
    public double[] Scores { get; } = scores;
    public int Count => Days.Length;

    /// <param name="dropped">Headlines whose decision point falls outside the panel or that name no panel symbol.</param>
    public static EventList From(IEnumerable<ScoredHeadline> headlines, BarPanel prices, EventStudyOptions options, out int dropped)
    {
        var aligned = HeadlineAlignment.Align(headlines, prices.Dates, prices.Symbols, options.Timing, out dropped, calendar: options.Calendar);
        if (options.Unit == EventUnit.Headline)
        {
            var d = new int[aligned.Count];
            var s = new int[aligned.Count];
            var x = new double[aligned.Count];
            for (int i = 0; i < aligned.Count; i++) { d[i] = aligned[i].Day; s[i] = aligned[i].Symbol; x[i] = aligned[i].Score; }
            return new EventList(d, s, x);
        }
        // One event per (day, symbol): the mean score of its headlines, in panel order so results do not depend on feed order.
        var sums = new SortedDictionary<long, (double Sum, int Count)>();
        int symbolCount = prices.SymbolCount;
        foreach (var a in aligned)
        {
            long key = (long)a.Day * symbolCount + a.Symbol;
            sums[key] = sums.TryGetValue(key, out var v) ? (v.Sum + a.Score, v.Count + 1) : (a.Score, 1);
        }
        var days = new int[sums.Count];
        var syms = new int[sums.Count];
        var scores = new double[sums.Count];
        int n = 0;
        foreach (var (key, v) in sums)
        {
            days[n] = (int)(key / symbolCount); syms[n] = (int)(key % symbolCount); scores[n] = v.Sum / v.Count; n++;
        }
        return new EventList(days, syms, scores);
    }
}
