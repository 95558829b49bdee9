using Signals.Data;

namespace Signals.Workflows;

/// <summary>
/// The days a study measures: by default from the first to the last decision day with a headline for a traded
/// name — where both news and prices exist — so years of prices without news do not dilute every statistic.
/// An explicit --from/--to narrows (or, within the prices, widens) it.
/// </summary>
public static class StudyWindow
{
    /// <summary>The window's rows on <paramref name="dates"/>: news days of <paramref name="newsCount"/>, narrowed or widened by <paramref name="from"/> and <paramref name="to"/>.</summary>
    /// <returns>The first row and the number of rows of the window on <paramref name="dates"/>.</returns>
    public static (int Start, int Count) Resolve(DateOnly[] dates, Panel newsCount, DateOnly? from, DateOnly? to)
    {
        int first = -1, last = -1;
        for (int d = 0; d < newsCount.DayCount; d++)
        {
            bool any = false;
            foreach (double c in newsCount.Row(d)) if (c > 0) { any = true; break; }
            if (!any) continue;
            if (first < 0) first = d;
            last = d;
        }
        if ((from is null || to is null) && first < 0)
            throw new ArgumentException("no headline falls on a price day of a traded symbol: check the symbols and dates of the news and prices (or give --from and --to)");
        int start = from is DateOnly f ? FirstOnOrAfter(dates, f) : first;
        int end = to is DateOnly t ? LastOnOrBefore(dates, t) : last;
        if (start < 0 || end < 0 || end < start)
            throw new ArgumentException($"the window {Text(from ?? dates[Math.Max(first, 0)])} .. {Text(to ?? dates[Math.Max(last, 0)])} holds no price day (prices run {Text(dates[0])} .. {Text(dates[^1])})");
        if (end - start + 1 < 2) throw new ArgumentException("the window holds a single day: a backtest needs at least two");
        return (start, end - start + 1);
    }

    private static int FirstOnOrAfter(DateOnly[] dates, DateOnly day)
    {
        int i = Array.BinarySearch(dates, day);
        if (i < 0) i = ~i;
        return i < dates.Length ? i : -1;
    }

    private static int LastOnOrBefore(DateOnly[] dates, DateOnly day)
    {
        int i = Array.BinarySearch(dates, day);
        if (i < 0) i = ~i - 1;
        return i;
    }

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
