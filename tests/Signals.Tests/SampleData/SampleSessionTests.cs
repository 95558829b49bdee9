using Signals.Data;
using Signals.SampleData;

namespace Signals.Tests.SampleData;

/// <summary>Where a headline's jump and its tradable drift land, around Thanksgiving 2024 (holiday, then a 13:00 close).</summary>
public sealed class SampleSessionTests
{
    private static readonly SampleSession Session = new(TradingCalendar.UsEquities(), new DateOnly(2024, 11, 25), new DateOnly(2024, 12, 6));

    private static int Day(int month, int day) => Session.IndexOf(new DateOnly(2024, month, day));

    [Theory]
    [InlineData("2024-11-27T08:00:00-05:00", 11, 27, false, 11, 27)] // pre-market: the gap, and that day's open
    [InlineData("2024-11-27T09:30:00-05:00", 11, 27, true, 11, 29)]  // at the open: too late for it
    [InlineData("2024-11-27T15:59:59-05:00", 11, 27, true, 11, 29)]
    [InlineData("2024-11-27T16:00:00-05:00", 11, 29, false, 11, 29)] // at the close: tomorrow's gap (Thanksgiving shut)
    [InlineData("2024-11-28T12:00:00-05:00", 11, 29, false, 11, 29)] // holiday
    [InlineData("2024-11-29T12:59:00-05:00", 11, 29, true, 12, 2)]   // early-close day, still in session
    [InlineData("2024-11-29T14:00:00-05:00", 12, 2, false, 12, 2)]   // after the 13:00 close
    [InlineData("2024-11-30T10:00:00-05:00", 12, 2, false, 12, 2)]   // weekend
    public void A_headline_reacts_in_the_first_session_that_sees_it_and_is_traded_at_the_next_open(
        string published, int reactMonth, int reactDay, bool inSession, int decideMonth, int decideDay)
    {
        var timing = Session.Classify(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new NewsTiming(Day(reactMonth, reactDay), inSession, Day(decideMonth, decideDay)), timing);
    }

    [Fact]
    public void Decision_day_is_the_calendars_first_decision_point()
    {
        var calendar = TradingCalendar.UsEquities();
        for (var t = new DateTimeOffset(2024, 11, 25, 0, 0, 0, TimeSpan.FromHours(-5)); t < new DateTimeOffset(2024, 12, 5, 0, 0, 0, TimeSpan.FromHours(-5)); t = t.AddMinutes(17))
            Assert.Equal(calendar.FirstDecisionPoint(t).Day, Session.Days[Session.Classify(t).DecisionDay]);
    }

    [Fact]
    public void New_York_wall_clock_times_get_their_daylight_saving_offset()
    {
        Assert.Equal(TimeSpan.FromHours(-5), Session.ToInstant(new DateOnly(2024, 3, 8), new TimeSpan(16, 5, 0)).Offset);
        Assert.Equal(TimeSpan.FromHours(-4), Session.ToInstant(new DateOnly(2024, 3, 11), new TimeSpan(16, 5, 0)).Offset);
        // 02:30 does not exist on the spring-forward night: it moves on to 03:30 EDT.
        Assert.Equal(DateTimeOffset.Parse("2024-03-10T03:30:00-04:00", System.Globalization.CultureInfo.InvariantCulture),
            Session.ToInstant(new DateOnly(2024, 3, 10), new TimeSpan(2, 30, 0)));
    }
}
