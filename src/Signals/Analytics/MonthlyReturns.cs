namespace Signals.Analytics;

/// <summary>
/// Calendar-month returns, year by month, compounded from daily equity — the grid at the top of a tearsheet.
/// A month's return is its last equity value over the previous month's last value, minus one (the first month is
/// measured from the first equity value). A month with no data is NaN.
/// </summary>
public sealed class MonthlyReturns
{
    private readonly double[] _values;

    private MonthlyReturns(int[] years, double[] values, double[] annual)
    {
        Years = years; _values = values; Annual = annual;
    }

    /// <summary>The calendar years covered, ascending, one row each.</summary>
    public int[] Years { get; }

    /// <summary>Each year's compounded return, measured the same way (last value of the year over the previous year's).</summary>
    public double[] Annual { get; }

    /// <summary>The return of <paramref name="month"/> (1–12) in row <paramref name="yearIndex"/>; NaN without data.</summary>
    public double this[int yearIndex, int month] => _values[yearIndex * 12 + month - 1];

    /// <summary>Monthly and annual simple returns from a daily equity curve (equity in any currency unit; dates ascending).</summary>
    /// <exception cref="ArgumentException">The two spans differ in length.</exception>
    public static MonthlyReturns Compute(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> equity)
    {
        if (dates.Length != equity.Length) throw new ArgumentException($"Got {dates.Length} dates for {equity.Length} equity values.");
        if (dates.Length == 0) return new MonthlyReturns([], [], []);
        int firstYear = dates[0].Year, yearCount = dates[^1].Year - firstYear + 1;
        var values = new double[yearCount * 12];
        var annual = new double[yearCount];
        Array.Fill(values, double.NaN);
        Array.Fill(annual, double.NaN);

        double monthBase = equity[0], yearBase = equity[0];
        for (int i = 0; i < dates.Length; i++)
        {
            bool lastOfMonth = i == dates.Length - 1 || dates[i + 1].Month != dates[i].Month || dates[i + 1].Year != dates[i].Year;
            if (!lastOfMonth) continue;
            int y = dates[i].Year - firstYear;
            values[y * 12 + dates[i].Month - 1] = equity[i] / monthBase - 1.0;
            monthBase = equity[i];
            bool lastOfYear = i == dates.Length - 1 || dates[i + 1].Year != dates[i].Year;
            if (lastOfYear) { annual[y] = equity[i] / yearBase - 1.0; yearBase = equity[i]; }
        }
        var years = new int[yearCount];
        for (int y = 0; y < yearCount; y++) years[y] = firstYear + y;
        return new MonthlyReturns(years, values, annual);
    }
}
