using NodaTime;

namespace Signals.Data.Sample;

/// <summary>
/// Where a headline lands on the sample's trading days. Its reaction day is the first session whose prices can
/// see it (the same day if it appears before the close); its decision day is the first session whose open comes
/// after it (the same day only if it appears before 09:30 New York time on a trading day). The first is where the
/// price jumps; the second is the first bar a strategy may trade on it.
/// </summary>
internal readonly record struct NewsTiming(int ReactionDay, bool DuringSession, int DecisionDay);

internal sealed class SampleSession
{
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly TimeSpan Open = new(9, 30, 0);
    public static readonly TimeSpan Close = new(16, 0, 0);

    private readonly DateOnly[] _days;

    public SampleSession(DateOnly[] tradingDays) => _days = tradingDays;

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
    public static DateTimeOffset ToInstant(DateOnly day, TimeSpan timeOfDay) =>
        LocalDateTime.FromDateTime(day.ToDateTime(TimeOnly.FromTimeSpan(timeOfDay))).InZoneLeniently(NewYork).ToDateTimeOffset();

    public NewsTiming Classify(DateTimeOffset published)
    {
        var local = Instant.FromDateTimeOffset(published).InZone(NewYork).LocalDateTime;
        var day = DateOnly.FromDateTime(local.ToDateTimeUnspecified());
        var time = local.TimeOfDay.ToTimeOnly().ToTimeSpan();
        int today = IndexOf(day);
        if (today >= 0 && time < Open) return new NewsTiming(today, false, today);
        if (today >= 0 && time < Close) return new NewsTiming(today, true, today + 1);
        int next = IndexAfter(day);
        return new NewsTiming(next, false, next);
    }
}
