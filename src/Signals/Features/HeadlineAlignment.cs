using Signals.Data;

namespace Signals.Features;

/// <summary>A headline's score placed on a panel: the row of its first decision point and the symbol's column.</summary>
/// <param name="Day">Panel row of the headline's first decision point.</param>
/// <param name="Symbol">Panel column of the symbol.</param>
/// <param name="Score">The headline's score, in [-1, 1].</param>
/// <param name="Confidence">The scorer's confidence, in [0, 1].</param>
public readonly record struct AlignedScore(int Day, int Symbol, double Score, double Confidence);

/// <summary>
/// The point-in-time rule in one place: each headline goes to the first decision point it can affect
/// (<see cref="TradingCalendar.FirstDecisionPoint"/>), then to the first panel day on or after it. A row of any
/// feature built from these therefore holds only news known at that row's decision point.
/// </summary>
public static class HeadlineAlignment
{
    /// <param name="calendar">Defaults to the panel's own days as the trading days (US rules outside their range).</param>
    /// <param name="dropped">Headlines whose decision point falls outside the panel's days (or that name no panel symbol).</param>
    public static List<AlignedScore> Align(
        IEnumerable<ScoredHeadline> headlines, DateOnly[] days, string[] symbols,
        DecisionTiming timing, out int dropped, TimeOnly? closeCutoff = null, TradingCalendar? calendar = null)
    {
        var aligned = new ListSink(headlines is IReadOnlyCollection<ScoredHeadline> c ? c.Count : 0);
        dropped = AlignInto(headlines, days, symbols, timing, closeCutoff, calendar, aligned);
        return aligned.Scores;
    }

    /// <summary>Receives aligned scores in the order <see cref="Align"/> would list them.</summary>
    internal interface ISink
    {
        void Add(AlignedScore score);
    }

    /// <summary>
    /// <see cref="Align"/> without the list: each aligned score goes to <paramref name="sink"/> as it is found, so a
    /// caller that only sums them holds no 24-byte record per headline (360 MB at 15 M headlines). Returns the count
    /// of headlines dropped. A <see cref="ScoredHeadlineTable"/> is read by column, without making its records.
    /// </summary>
    internal static int AlignInto<TSink>(
        IEnumerable<ScoredHeadline> headlines, DateOnly[] days, string[] symbols,
        DecisionTiming timing, TimeOnly? closeCutoff, TradingCalendar? calendar, TSink sink) where TSink : ISink
    {
        ArgumentNullException.ThrowIfNull(headlines);
        calendar ??= TradingCalendar.FromTradingDays(days);
        var column = new Dictionary<string, int>(symbols.Length, StringComparer.Ordinal);
        for (int s = 0; s < symbols.Length; s++) column[symbols[s]] = s;
        int dropped = 0;
        if (headlines is ScoredHeadlineTable table)
        {
            for (int i = 0; i < table.Count; i++)
                if (!Place(table.Published(i), table.Symbols(i), table.Score(i), table.Confidence(i))) dropped++;
        }
        else
        {
            foreach (var h in headlines)
                if (!Place(h.Published, h.Symbols, h.Score, h.Confidence)) dropped++;
        }
        return dropped;

        bool Place(DateTimeOffset published, IReadOnlyList<string> headlineSymbols, double score, double confidence)
        {
            if (!double.IsFinite(score)) return false;
            var point = calendar.FirstDecisionPoint(published, timing, closeCutoff);
            int day = FirstDayOnOrAfter(days, point.Day);
            if (day < 0 || (day == 0 && point.Day < days[0])) return false;   // before or after the panel
            bool any = false;
            foreach (var symbol in headlineSymbols)
                if (column.TryGetValue(symbol, out int s)) { sink.Add(new AlignedScore(day, s, score, confidence)); any = true; }
            return any;
        }
    }

    private sealed class ListSink(int capacity) : ISink
    {
        public List<AlignedScore> Scores { get; } = new(capacity);

        public void Add(AlignedScore score) => Scores.Add(score);
    }

    /// <summary>Index of the first day ≥ <paramref name="day"/>, or −1 when every day is earlier.</summary>
    internal static int FirstDayOnOrAfter(DateOnly[] days, DateOnly day)
    {
        int i = Array.BinarySearch(days, day);
        if (i < 0) i = ~i;
        return i < days.Length ? i : -1;
    }
}
