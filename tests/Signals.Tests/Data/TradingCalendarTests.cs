using Signals.Data;

namespace Signals.Tests.Data;

public sealed class TradingCalendarTests
{
    private static readonly TradingCalendar Us = TradingCalendar.UsEquities();
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5), Edt = TimeSpan.FromHours(-4);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static DateOnly OpenDay(DateTimeOffset t) => Us.FirstDecisionPoint(t).Day;
    private static DateOnly CloseDay(DateTimeOffset t, TimeOnly? cutoff = null) => Us.FirstDecisionPoint(t, DecisionTiming.Close, cutoff).Day;

    [Fact]
    public void Before_the_open_is_that_day_and_at_the_open_is_the_next_day()
    {
        // Tuesday 2024-01-09, winter time.
        Assert.Equal(D(2024, 1, 9), OpenDay(new DateTimeOffset(2024, 1, 9, 9, 29, 59, Est)));
        Assert.Equal(D(2024, 1, 10), OpenDay(new DateTimeOffset(2024, 1, 9, 9, 30, 0, Est)));
        Assert.Equal(D(2024, 1, 9), OpenDay(new DateTimeOffset(2024, 1, 9, 0, 0, 0, Est)));
    }

    [Fact]
    public void Around_the_close_with_open_timing_both_go_to_the_next_open()
    {
        Assert.Equal(D(2024, 1, 10), OpenDay(new DateTimeOffset(2024, 1, 9, 15, 59, 59, Est)));
        Assert.Equal(D(2024, 1, 10), OpenDay(new DateTimeOffset(2024, 1, 9, 16, 0, 0, Est)));
    }

    [Fact]
    public void Close_timing_respects_the_cutoff()
    {
        var cutoff = new TimeOnly(16, 0);
        Assert.Equal(D(2024, 1, 9), CloseDay(new DateTimeOffset(2024, 1, 9, 15, 59, 59, Est), cutoff));
        Assert.Equal(D(2024, 1, 10), CloseDay(new DateTimeOffset(2024, 1, 9, 16, 0, 0, Est), cutoff));
        // Default cutoff: 15 minutes before the close.
        Assert.Equal(D(2024, 1, 9), CloseDay(new DateTimeOffset(2024, 1, 9, 15, 44, 59, Est)));
        Assert.Equal(D(2024, 1, 10), CloseDay(new DateTimeOffset(2024, 1, 9, 15, 45, 0, Est)));
        Assert.Equal(DecisionTiming.Close, Us.FirstDecisionPoint(new DateTimeOffset(2024, 1, 9, 12, 0, 0, Est), DecisionTiming.Close).Timing);
    }

    [Fact]
    public void An_early_close_moves_the_default_cutoff()
    {
        // Friday after Thanksgiving 2024 closes at 13:00.
        Assert.Equal(new TimeOnly(13, 0), Us.CloseOn(D(2024, 11, 29)));
        Assert.Equal(D(2024, 12, 2), CloseDay(new DateTimeOffset(2024, 11, 29, 12, 50, 0, Est)));
        Assert.Equal(D(2024, 11, 29), CloseDay(new DateTimeOffset(2024, 11, 29, 12, 44, 0, Est)));
    }

    [Fact]
    public void Weekends_go_to_monday()
    {
        Assert.Equal(D(2024, 1, 8), OpenDay(new DateTimeOffset(2024, 1, 5, 16, 30, 0, Est))); // Friday after the close
        Assert.Equal(D(2024, 1, 8), OpenDay(new DateTimeOffset(2024, 1, 6, 11, 0, 0, Est))); // Saturday
        Assert.Equal(D(2024, 1, 8), OpenDay(new DateTimeOffset(2024, 1, 7, 23, 59, 59, Est))); // Sunday night
        Assert.Equal(D(2024, 1, 8), CloseDay(new DateTimeOffset(2024, 1, 6, 11, 0, 0, Est)));
    }

    [Fact]
    public void Holidays_are_skipped()
    {
        // Good Friday 2024-03-29; Thursday after the close → Monday April 1.
        Assert.False(Us.IsTradingDay(D(2024, 3, 29)));
        Assert.Equal(D(2024, 4, 1), OpenDay(new DateTimeOffset(2024, 3, 28, 17, 0, 0, Edt)));
        Assert.Equal(D(2024, 4, 1), OpenDay(new DateTimeOffset(2024, 3, 29, 8, 0, 0, Edt)));
        // Independence Day on a Thursday; Juneteenth on a Wednesday.
        Assert.Equal(D(2024, 7, 5), OpenDay(new DateTimeOffset(2024, 7, 4, 7, 0, 0, Edt)));
        Assert.Equal(D(2024, 6, 20), OpenDay(new DateTimeOffset(2024, 6, 19, 7, 0, 0, Edt)));
    }

    [Fact]
    public void Nyse_holiday_rules_match_the_published_2024_and_2022_lists()
    {
        Assert.Equal(
            [D(2024, 1, 1), D(2024, 1, 15), D(2024, 2, 19), D(2024, 3, 29), D(2024, 5, 27), D(2024, 6, 19), D(2024, 7, 4), D(2024, 9, 2), D(2024, 11, 28), D(2024, 12, 25)],
            UsMarketHolidays.HolidaysOf(2024).Order());
        // 2022: New Year's Day on a Saturday is not observed; Juneteenth on a Sunday → Monday; Christmas on a Sunday → Monday.
        Assert.Equal(
            [D(2022, 1, 17), D(2022, 2, 21), D(2022, 4, 15), D(2022, 5, 30), D(2022, 6, 20), D(2022, 7, 4), D(2022, 9, 5), D(2022, 11, 24), D(2022, 12, 26)],
            UsMarketHolidays.HolidaysOf(2022).Order());
        Assert.True(Us.IsTradingDay(D(2021, 12, 31)));
    }

    [Fact]
    public void Spring_dst_change_day_and_the_session_after_it()
    {
        // 2024-03-10: clocks jump 02:00 EST → 03:00 EDT on a Sunday.
        Assert.Equal(D(2024, 3, 11), OpenDay(new DateTimeOffset(2024, 3, 10, 1, 59, 59, Est)));
        Assert.Equal(D(2024, 3, 11), OpenDay(new DateTimeOffset(2024, 3, 10, 3, 0, 0, Edt)));
        // Monday's open is 13:30 UTC now (it was 14:30 UTC the week before).
        Assert.Equal(D(2024, 3, 11), OpenDay(new DateTimeOffset(2024, 3, 11, 13, 29, 59, TimeSpan.Zero)));
        Assert.Equal(D(2024, 3, 12), OpenDay(new DateTimeOffset(2024, 3, 11, 13, 30, 0, TimeSpan.Zero)));
        Assert.Equal(D(2024, 3, 8), OpenDay(new DateTimeOffset(2024, 3, 8, 14, 29, 59, TimeSpan.Zero)));
        Assert.Equal(D(2024, 3, 11), OpenDay(new DateTimeOffset(2024, 3, 8, 14, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2024, 3, 11, 13, 30, 0, TimeSpan.Zero), Us.InstantOf(new DecisionPoint(D(2024, 3, 11), DecisionTiming.Open)));
    }

    [Fact]
    public void Autumn_dst_change_day_and_the_session_after_it()
    {
        // 2024-11-03: clocks fall back 02:00 EDT → 01:00 EST; 01:30 happens twice.
        Assert.Equal(D(2024, 11, 4), OpenDay(new DateTimeOffset(2024, 11, 3, 1, 30, 0, Edt)));
        Assert.Equal(D(2024, 11, 4), OpenDay(new DateTimeOffset(2024, 11, 3, 1, 30, 0, Est)));
        // Monday's open is back at 14:30 UTC.
        Assert.Equal(D(2024, 11, 4), OpenDay(new DateTimeOffset(2024, 11, 4, 14, 29, 59, TimeSpan.Zero)));
        Assert.Equal(D(2024, 11, 5), OpenDay(new DateTimeOffset(2024, 11, 4, 14, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2024, 11, 4, 21, 0, 0, TimeSpan.Zero), Us.InstantOf(new DecisionPoint(D(2024, 11, 4), DecisionTiming.Close)));
    }

    [Fact]
    public void The_same_instant_in_any_offset_maps_to_the_same_decision_point()
    {
        var ny = new DateTimeOffset(2024, 1, 9, 9, 29, 59, Est);
        var forms = new[] { ny, ny.ToUniversalTime(), ny.ToOffset(TimeSpan.FromHours(9)), ny.ToOffset(TimeSpan.FromHours(5.5)), ny.ToOffset(TimeSpan.FromHours(-8)) };
        foreach (var timing in new[] { DecisionTiming.Open, DecisionTiming.Close })
            Assert.Single(forms.Select(f => Us.FirstDecisionPoint(f, timing)).Distinct());
        // Tokyo's 23:29:59 on Jan 9 is New York's 09:29:59 the same day.
        Assert.Equal(D(2024, 1, 9), OpenDay(ny.ToOffset(TimeSpan.FromHours(9))));
    }

    [Fact]
    public void A_calendar_from_price_dates_uses_exactly_those_days()
    {
        var cal = TradingCalendar.FromTradingDays([D(2024, 1, 2), D(2024, 1, 4)]);
        Assert.False(cal.IsTradingDay(D(2024, 1, 3))); // a gap in the data (a halt) is not a trading day
        Assert.Equal(D(2024, 1, 4), cal.FirstDecisionPoint(new DateTimeOffset(2024, 1, 2, 12, 0, 0, Est)).Day);
        Assert.Equal(D(2024, 1, 5), cal.NextTradingDay(D(2024, 1, 4))); // beyond the data: weekday rule
    }

    [Fact]
    public void Another_exchange_in_its_own_zone()
    {
        var xetra = TradingCalendar.Weekdays("Europe/Berlin", new TimeOnly(9, 0), new TimeOnly(17, 30), [D(2024, 12, 24)]);
        Assert.Equal(D(2024, 12, 23), xetra.FirstDecisionPoint(new DateTimeOffset(2024, 12, 23, 7, 59, 0, TimeSpan.Zero)).Day);
        // 08:00 UTC is 09:00 in Berlin, the open: the next trading day is the 25th, the 24th being a holiday here.
        Assert.Equal(D(2024, 12, 25), xetra.FirstDecisionPoint(new DateTimeOffset(2024, 12, 23, 8, 0, 0, TimeSpan.Zero)).Day);
        Assert.False(xetra.IsTradingDay(D(2024, 12, 24)));
    }
}
