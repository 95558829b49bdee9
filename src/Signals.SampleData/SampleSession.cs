using Signals.Data;

namespace Signals.SampleData;

/// <summary>
/// Where a headline lands on the sample's trading days. Its reaction day is the first session whose prices can
/// see it (the same day if it appears before that day's close); its decision day is the library's
/// <see cref="TradingCalendar.FirstDecisionPoint"/> at the open: the first session whose 09:30 open comes after it.
/// The first is where the price jumps; the second is the first bar a strategy may trade on it.
/// </summary>
internal readonly record struct NewsTiming(int ReactionDay, bool DuringSession, int DecisionDay);

internal sealed class SampleSession
{
    private readonly DateOnly[] _days;

    public SampleSession(TradingCalendar calendar, DateOnly first, DateOnly last)
    {
        Calendar = calendar;
        _days = calendar.TradingDays(first, last).ToArray();
    }

    /// <summary>US equities: weekdays less NYSE holidays, 09:30–16:00 New York time, 13:00 early closes.</summary>
    public TradingCalendar Calendar { get; }

    public IReadOnlyList<DateOnly> Days => _days;

    /// <summary>The day's index, or -1 when the market is shut that day.</summary>
    public int IndexOf(DateOnly day)
    {
        int i = Array.BinarySearch(_days, day);
        return i >= 0 ? i : -1;
    }

    /// <summary>The index of the first trading day strictly after <paramref name="day"/> (may equal the day count).</summary>
    public int IndexAfter(DateOnly day)
    {
        int i = Array.BinarySearch(_days, day);
        return i >= 0 ? i + 1 : ~i;
    }

    /// <summary>A New York wall-clock time as an instant with its offset (-05:00 or -04:00); times skipped by DST move forward.</summary>
    public DateTimeOffset ToInstant(DateOnly day, TimeSpan timeOfDay)
    {
        var t = TimeOnly.FromTimeSpan(timeOfDay);
        return new NodaTime.LocalDateTime(day.Year, day.Month, day.Day, t.Hour, t.Minute, t.Second).InZoneLeniently(Calendar.Zone).ToDateTimeOffset();
    }

    public NewsTiming Classify(DateTimeOffset published)
    {
        var (date, time) = Calendar.ToExchangeTime(published);
        var decision = Calendar.FirstDecisionPoint(published, DecisionTiming.Open).Day;
        int decisionDay = IndexOf(decision) is var d and >= 0 ? d : IndexAfter(decision);
        int today = IndexOf(date);
        if (today >= 0 && time < Calendar.SessionOpen) return new NewsTiming(today, false, decisionDay);
        if (today >= 0 && time < Calendar.CloseOn(date)) return new NewsTiming(today, true, decisionDay);
        return new NewsTiming(IndexAfter(date), false, decisionDay);
    }
}
