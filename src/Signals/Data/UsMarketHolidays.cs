namespace Signals.Data;

/// <summary>
/// NYSE full-day holidays and early (13:00) closes by rule. The rules are those in force since 2022 (Juneteenth);
/// one-off closures (national days of mourning, 9/11, Hurricane Sandy) are not rules and are left out —
/// pass the days of real price data to <see cref="TradingCalendar.FromTradingDays"/> when they matter.
/// </summary>
public static class UsMarketHolidays
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlySet<DateOnly>> ByYear = new();

    /// <summary>Whether NYSE is closed all day on <paramref name="day"/> by holiday rule (weekends are not holidays here).</summary>
    public static bool IsHoliday(DateOnly day) => HolidaysOf(day.Year).Contains(day);

    /// <summary>Days the NYSE closes early at 13:00 New York time.</summary>
    public static bool IsEarlyClose(DateOnly day)
    {
        if (IsHoliday(day) || day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        var thanksgiving = NthWeekday(day.Year, 11, DayOfWeek.Thursday, 4);
        if (day == thanksgiving.AddDays(1)) return true;
        if (day.Month == 12 && day.Day == 24) return true;
        // July 3 closes early when the 4th is a weekday holiday on the following day.
        return day.Month == 7 && day.Day == 3 && day.DayOfWeek != DayOfWeek.Friday;
    }

    /// <summary>NYSE full-day holidays of <paramref name="year"/>, observed dates (a Saturday holiday on the Friday before, a Sunday one on the Monday after; New Year's Day on a Saturday is not observed); cached per year.</summary>
    public static IReadOnlySet<DateOnly> HolidaysOf(int year) => ByYear.GetOrAdd(year, Compute);

    private static IReadOnlySet<DateOnly> Compute(int year)
    {
        var days = new HashSet<DateOnly>();
        // Observed rule: Saturday → Friday before, Sunday → Monday after; except that New Year's Day on a
        // Saturday is not observed on the Friday before (NYSE rule 7.2: it would fall in the previous year).
        var newYear = new DateOnly(year, 1, 1);
        if (newYear.DayOfWeek == DayOfWeek.Sunday) days.Add(newYear.AddDays(1));
        else if (newYear.DayOfWeek != DayOfWeek.Saturday) days.Add(newYear);
        if (year >= 1998) days.Add(NthWeekday(year, 1, DayOfWeek.Monday, 3)); // Martin Luther King Jr. Day
        days.Add(NthWeekday(year, 2, DayOfWeek.Monday, 3)); // Washington's Birthday
        days.Add(EasterSunday(year).AddDays(-2)); // Good Friday
        days.Add(LastWeekday(year, 5, DayOfWeek.Monday)); // Memorial Day
        if (year >= 2022) days.Add(Observed(new DateOnly(year, 6, 19))); // Juneteenth
        days.Add(Observed(new DateOnly(year, 7, 4)));
        days.Add(NthWeekday(year, 9, DayOfWeek.Monday, 1)); // Labor Day
        days.Add(NthWeekday(year, 11, DayOfWeek.Thursday, 4)); // Thanksgiving
        days.Add(Observed(new DateOnly(year, 12, 25)));
        return days;
    }

    private static DateOnly Observed(DateOnly d) => d.DayOfWeek switch
    {
        DayOfWeek.Saturday => d.AddDays(-1),
        DayOfWeek.Sunday => d.AddDays(1),
        _ => d,
    };

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var d = new DateOnly(year, month, 1);
        while (d.DayOfWeek != weekday) d = d.AddDays(1);
        return d.AddDays(7 * (n - 1));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var d = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (d.DayOfWeek != weekday) d = d.AddDays(-1);
        return d;
    }

    /// <summary>Gregorian Easter (Meeus/Jones/Butcher).</summary>
    private static DateOnly EasterSunday(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(y, month, day);
    }
}
