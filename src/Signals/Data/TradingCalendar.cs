using NodaTime;

namespace Signals.Data;

/// <summary>
/// Which days an exchange trades, when its session opens and closes, and — the one rule every point-in-time
/// feature rests on — the first decision point a piece of news can affect (<see cref="FirstDecisionPoint"/>).
/// Time zones are NodaTime's embedded TZDB, so results do not depend on the machine's zone files.
/// </summary>
public sealed class TradingCalendar
{
    private readonly SortedSet<DateOnly>? _days;
    private readonly DateOnly _first, _last;

    private TradingCalendar(string zoneId, TimeOnly open, TimeOnly close, IEnumerable<DateOnly>? days)
    {
        if (close <= open) throw new ArgumentException("The session must close after it opens.");
        ZoneId = zoneId;
        Zone = Timestamps.Zone(zoneId);
        SessionOpen = open;
        SessionClose = close;
        if (days is not null)
        {
            _days = new SortedSet<DateOnly>(days);
            if (_days.Count == 0) throw new ArgumentException("A calendar built from trading days needs at least one day.");
            _first = _days.Min;
            _last = _days.Max;
        }
    }

    /// <summary>US equities: America/New_York, 09:30–16:00, weekdays less NYSE holidays, 13:00 early closes.</summary>
    public static TradingCalendar UsEquities() => new("America/New_York", new TimeOnly(9, 30), new TimeOnly(16, 0), null);

    /// <summary>
    /// A calendar whose trading days are exactly the given ones (typically the dates of the price data). Beyond their
    /// range it falls back to the US weekday-and-holiday rule, so news after the last bar still maps somewhere sensible.
    /// </summary>
    public static TradingCalendar FromTradingDays(IEnumerable<DateOnly> days, string zoneId = "America/New_York", TimeOnly? open = null, TimeOnly? close = null) =>
        new(zoneId, open ?? new TimeOnly(9, 30), close ?? new TimeOnly(16, 0), days);

    /// <summary>A weekday calendar in any zone with its own holidays (none by default) and session times.</summary>
    public static TradingCalendar Weekdays(string zoneId, TimeOnly open, TimeOnly close, IEnumerable<DateOnly>? holidays = null)
    {
        var hol = holidays?.ToHashSet() ?? [];
        var cal = new TradingCalendar(zoneId, open, close, null) { _holidays = hol };
        return cal;
    }

    private HashSet<DateOnly>? _holidays; // for Weekdays(); null means the NYSE rules

    /// <summary>IANA id of the exchange's time zone (e.g. America/New_York).</summary>
    public string ZoneId { get; }
    /// <summary>The exchange's time zone from NodaTime's embedded TZDB; session times and decision points are local to it.</summary>
    public DateTimeZone Zone { get; }
    /// <summary>Exchange-local time the regular session opens.</summary>
    public TimeOnly SessionOpen { get; }
    /// <summary>Exchange-local time of a regular (full-day) close; see <see cref="CloseOn"/> for early closes.</summary>
    public TimeOnly SessionClose { get; }

    /// <summary>Whether the exchange trades on <paramref name="day"/>: a listed day within a day list's range, else a weekday that is not a holiday.</summary>
    public bool IsTradingDay(DateOnly day)
    {
        if (_days is not null && day >= _first && day <= _last) return _days.Contains(day);
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        return _holidays is not null ? !_holidays.Contains(day) : !UsMarketHolidays.IsHoliday(day);
    }

    /// <summary>The close of a given trading day: 13:00 on NYSE early-close days for the US calendar.</summary>
    public TimeOnly CloseOn(DateOnly day) =>
        _holidays is null && ZoneId == "America/New_York" && SessionClose == new TimeOnly(16, 0) && UsMarketHolidays.IsEarlyClose(day)
            ? new TimeOnly(13, 0) : SessionClose;

    /// <summary>The first trading day strictly after <paramref name="day"/>.</summary>
    public DateOnly NextTradingDay(DateOnly day)
    {
        var d = day.AddDays(1);
        while (!IsTradingDay(d)) d = d.AddDays(1);
        return d;
    }

    /// <summary>The last trading day strictly before <paramref name="day"/>.</summary>
    public DateOnly PreviousTradingDay(DateOnly day)
    {
        var d = day.AddDays(-1);
        while (!IsTradingDay(d)) d = d.AddDays(-1);
        return d;
    }

    /// <summary>Trading days from <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    public IEnumerable<DateOnly> TradingDays(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
            if (IsTradingDay(d)) yield return d;
    }

    /// <summary>The exchange-local date and time of an instant.</summary>
    public (DateOnly Date, TimeOnly Time) ToExchangeTime(DateTimeOffset instant)
    {
        var local = Instant.FromDateTimeOffset(instant).InZone(Zone).LocalDateTime;
        return (local.Date.ToDateOnly(), local.TimeOfDay.ToTimeOnly());
    }

    /// <summary>The instant of a decision point (the open or the close of that day) with the exchange's offset on that date.</summary>
    public DateTimeOffset InstantOf(DecisionPoint point)
    {
        var time = point.Timing == DecisionTiming.Open ? SessionOpen : CloseOn(point.Day);
        var local = new LocalDateTime(point.Day.Year, point.Day.Month, point.Day.Day, time.Hour, time.Minute, time.Second);
        return Timestamps.InZone(local, Zone);
    }

    /// <summary>
    /// The first decision point at which news published at <paramref name="published"/> can be acted on.
    /// Open timing: strictly before the open of a trading day → that day's open; at or after the open, or on a
    /// non-trading day → the next trading day's open. Close timing: strictly before the cutoff (default 15 minutes
    /// before that day's close; never later than the close) → that day's close; else the next trading day's close.
    /// </summary>
    public DecisionPoint FirstDecisionPoint(DateTimeOffset published, DecisionTiming timing = DecisionTiming.Open, TimeOnly? closeCutoff = null)
    {
        var (date, time) = ToExchangeTime(published);
        bool tradingDay = IsTradingDay(date);
        if (timing == DecisionTiming.Open)
            return new DecisionPoint(tradingDay && time < SessionOpen ? date : NextTradingDay(date), DecisionTiming.Open);

        if (tradingDay && time < CutoffOn(date, closeCutoff)) return new DecisionPoint(date, DecisionTiming.Close);
        return new DecisionPoint(NextTradingDay(date), DecisionTiming.Close);
    }

    private TimeOnly CutoffOn(DateOnly day, TimeOnly? cutoff)
    {
        var close = CloseOn(day);
        if (cutoff is null) return close.AddMinutes(-15);
        return cutoff.Value < close ? cutoff.Value : close;
    }
}
