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
        calendar ??= TradingCalendar.FromTradingDays(days);
        var column = new Dictionary<string, int>(symbols.Length, StringComparer.Ordinal);
        for (int s = 0; s < symbols.Length; s++) column[symbols[s]] = s;
        var aligned = new List<AlignedScore>();
        dropped = 0;
        foreach (var h in headlines)
        {
            if (!double.IsFinite(h.Score)) { dropped++; continue; }
            var point = calendar.FirstDecisionPoint(h.Published, timing, closeCutoff);
            int day = FirstDayOnOrAfter(days, point.Day);
            if (day < 0 || (day == 0 && point.Day < days[0])) { dropped++; continue; }   // before or after the panel
            bool any = false;
            foreach (var symbol in h.Symbols)
                if (column.TryGetValue(symbol, out int s)) { aligned.Add(new AlignedScore(day, s, h.Score, h.Confidence)); any = true; }
            if (!any) dropped++;
        }
        return aligned;
    }

    /// <summary>Index of the first day ≥ <paramref name="day"/>, or −1 when every day is earlier.</summary>
    internal static int FirstDayOnOrAfter(DateOnly[] days, DateOnly day)
    {
        int i = Array.BinarySearch(days, day);
        if (i < 0) i = ~i;
        return i < days.Length ? i : -1;
    }
}
