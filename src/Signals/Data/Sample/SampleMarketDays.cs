namespace Signals.Data.Sample;

/// <summary>
/// US equity trading days for the sample span: weekdays minus the NYSE full-day holidays, by the exchange's
/// observance rules (a Saturday holiday moves to Friday, a Sunday one to Monday, except New Year's Day, which is
/// not made up on the Friday before). Early closes (13:00) are treated as full sessions. The generator keeps its
/// own calendar so that the sample's bytes never change when the library's calendar grows.
/// </summary>
internal static class SampleMarketDays
{
    public static DateOnly[] Between(DateOnly first, DateOnly last)
    {
        var days = new List<DateOnly>(260 * (last.Year - first.Year + 1));
        for (var d = first; d <= last; d = d.AddDays(1))
            if (IsTradingDay(d)) days.Add(d);
        return days.ToArray();
    }

    public static bool IsTradingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(day);

    public static bool IsHoliday(DateOnly day)
    {
        int y = day.Year;
        if (day == NewYearsDay(y)) return true;
        if (day == NthWeekday(y, 1, DayOfWeek.Monday, 3)) return true;           // Martin Luther King Jr. Day
        if (day == NthWeekday(y, 2, DayOfWeek.Monday, 3)) return true;           // Washington's Birthday
        if (day == EasterSunday(y).AddDays(-2)) return true;                     // Good Friday
        if (day == LastWeekday(y, 5, DayOfWeek.Monday)) return true;             // Memorial Day
        if (y >= 2022 && day == Observed(new DateOnly(y, 6, 19))) return true;   // Juneteenth, an NYSE holiday from 2022
        if (day == Observed(new DateOnly(y, 7, 4))) return true;                 // Independence Day
        if (day == NthWeekday(y, 9, DayOfWeek.Monday, 1)) return true;           // Labor Day
        if (day == NthWeekday(y, 11, DayOfWeek.Thursday, 4)) return true;        // Thanksgiving
        if (day == Observed(new DateOnly(y, 12, 25))) return true;               // Christmas
        return false;
    }

    private static DateOnly NewYearsDay(int year)
    {
        var d = new DateOnly(year, 1, 1);
        // NYSE rule 7.2: a Saturday New Year's Day is not observed on the Friday before (that Friday ends the old year).
        return d.DayOfWeek == DayOfWeek.Sunday ? d.AddDays(1) : d;
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

    /// <summary>Gregorian Easter (the anonymous "Meeus/Jones/Butcher" computus).</summary>
    private static DateOnly EasterSunday(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(y, month, day);
    }
}
