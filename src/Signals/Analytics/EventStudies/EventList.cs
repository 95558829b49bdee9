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
        var sums = new GroupedSums(aligned.Count);
        int symbolCount = prices.SymbolCount;
        foreach (var a in aligned) sums.Add((long)a.Day * symbolCount + a.Symbol, a.Score);
        var groups = sums.Groups();
        int groupCount = groups.Count;
        var days = new int[groupCount];
        var syms = new int[groupCount];
        var scores = new double[groupCount];
        int n = 0;
        foreach (var (key, sum, count) in groups)
        {
            days[n] = (int)(key / symbolCount); syms[n] = (int)(key % symbolCount); scores[n] = sum / count;
            n++;
        }
        return new EventList(days, syms, scores);
    }
}
