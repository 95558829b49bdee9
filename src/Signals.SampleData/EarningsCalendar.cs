namespace Signals.SampleData;

/// <summary>One quarterly report: when the date is announced, when results come out, which quarter they cover.</summary>
internal sealed record EarningsReport(int Company, DateOnly NoticeDate, DateOnly ReportDate, EarningsSlot Slot, int Quarter, int QuarterYear);

/// <summary>
/// Reporting seasons: results for a calendar quarter come out from the third week of the following month, each
/// company at its habitual point in the season (plus a few days' jitter), on a trading day, before the open or
/// after the close as it always does. The date is announced two to four weeks earlier.
/// </summary>
internal static class EarningsCalendar
{
    public static List<EarningsReport> Build(CompanyProfile[] profiles, SampleSession session, Random rng)
    {
        var days = session.Days;
        var reports = new List<EarningsReport>();
        for (int year = days[0].Year; year <= days[^1].Year + 1; year++)
        {
            // (season opens, quarter reported, its year)
            (DateOnly Opens, int Quarter, int Year)[] seasons =
            [
                (new DateOnly(year, 1, 20), 4, year - 1), (new DateOnly(year, 4, 18), 1, year),
                (new DateOnly(year, 7, 18), 2, year), (new DateOnly(year, 10, 17), 3, year),
            ];
            foreach (var (opens, quarter, quarterYear) in seasons)
            {
                foreach (var p in profiles)
                {
                    var date = opens.AddDays(p.EarningsLag + rng.Next(-2, 4));
                    int index = session.IndexOf(date) >= 0 ? session.IndexOf(date) : session.IndexAfter(date);
                    // An after-close report must leave a session to react in; a before-open one needs its own session.
                    int last = p.EarningsSlot == EarningsSlot.AfterClose ? days.Count - 2 : days.Count - 1;
                    if (index < 1 || index > last) continue;
                    var notice = date.AddDays(-rng.Next(14, 29));
                    while (notice.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) notice = notice.AddDays(-1);
                    reports.Add(new EarningsReport(p.Index, notice, days[index], p.EarningsSlot, quarter, quarterYear));
                }
            }
        }
        return reports;
    }
}
