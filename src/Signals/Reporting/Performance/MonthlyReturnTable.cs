namespace Signals.Reporting;

/// <summary>
/// Compounded return of each calendar month (rows: years ascending, columns: January..December; NaN where the
/// curve has no data) and of each year.
/// </summary>
public sealed class MonthlyReturnTable
{
    public MonthlyReturnTable(int[] years, double[,] returns, double[] annual)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(returns);
        ArgumentNullException.ThrowIfNull(annual);
        if (returns.GetLength(0) != years.Length || returns.GetLength(1) != 12 || annual.Length != years.Length)
            throw new ArgumentException("A monthly return table needs one row of 12 months and one annual return per year.");
        Years = years;
        Returns = returns;
        Annual = annual;
    }

    public int[] Years { get; }
    /// <summary>[year index, month index 0..11].</summary>
    public double[,] Returns { get; }
    public double[] Annual { get; }

    public static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>
    /// Builds the table from a dated equity curve (dates ascending). Each month compounds from the last equity of the
    /// previous month (the first month from the first point), so months chain exactly into the total return.
    /// </summary>
    public static MonthlyReturnTable FromEquity(ReadOnlySpan<DateOnly> dates, ReadOnlySpan<double> equity)
    {
        if (dates.Length != equity.Length) throw new ArgumentException($"{dates.Length} dates but {equity.Length} equity values.");
        if (dates.Length == 0) return new MonthlyReturnTable([], new double[0, 12], []);
        int firstYear = dates[0].Year, lastYear = dates[^1].Year;
        int yearCount = lastYear - firstYear + 1;
        var years = new int[yearCount];
        for (int y = 0; y < yearCount; y++) years[y] = firstYear + y;
        var monthly = new double[yearCount, 12];
        for (int y = 0; y < yearCount; y++)
            for (int m = 0; m < 12; m++) monthly[y, m] = double.NaN;
        var annual = new double[yearCount];
        Array.Fill(annual, double.NaN);

        double monthStart = double.NaN, yearStart = double.NaN, last = double.NaN;
        int curYear = 0, curMonth = 0;
        for (int i = 0; i < dates.Length; i++)
        {
            if (i > 0 && dates[i] <= dates[i - 1]) throw new ArgumentException($"Dates must be strictly ascending (index {i}).");
            double e = equity[i];
            if (!double.IsFinite(e)) continue;
            var d = dates[i];
            if (double.IsNaN(last))
            {
                monthStart = yearStart = e;
                curYear = d.Year; curMonth = d.Month;
            }
            else if (d.Year != curYear || d.Month != curMonth)
            {
                monthly[curYear - firstYear, curMonth - 1] = last / monthStart - 1;
                monthStart = last;
                if (d.Year != curYear)
                {
                    annual[curYear - firstYear] = last / yearStart - 1;
                    yearStart = last;
                }
                curYear = d.Year; curMonth = d.Month;
            }
            last = e;
        }
        if (!double.IsNaN(last))
        {
            monthly[curYear - firstYear, curMonth - 1] = last / monthStart - 1;
            annual[curYear - firstYear] = last / yearStart - 1;
        }
        return new MonthlyReturnTable(years, monthly, annual);
    }
}
