using Microsoft.Data.Analysis;

namespace Signals.Data;

/// <summary>Conversions between the kit's column-wise types and Microsoft.Data.Analysis data frames (for notebooks).</summary>
public static class DataFrames
{
    /// <summary>Columns timestamp (DateTimeOffset), open, high, low, close, volume (double).</summary>
    public static DataFrame ToDataFrame(this BarSeries series) => new(
        new PrimitiveDataFrameColumn<DateTimeOffset>("timestamp", series.Timestamps),
        new DoubleDataFrameColumn("open", series.Open),
        new DoubleDataFrameColumn("high", series.High),
        new DoubleDataFrameColumn("low", series.Low),
        new DoubleDataFrameColumn("close", series.Close),
        new DoubleDataFrameColumn("volume", series.Volume));

    /// <summary>Reads a frame with timestamp/date, open, high, low, close and (optionally) volume columns; rows must be ascending.</summary>
    public static BarSeries ToBarSeries(this DataFrame frame, string symbol)
    {
        int n = checked((int)frame.Rows.Count);
        var ts = new DateTimeOffset[n];
        var time = FindColumn(frame, "timestamp", "date", "datetime");
        for (int i = 0; i < n; i++)
        {
            ts[i] = time[i] switch
            {
                DateTimeOffset d => d,
                DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Unspecified), TimeSpan.Zero),
                DateOnly d => new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                var other => throw new ArgumentException($"Row {i}: '{other}' in column '{time.Name}' is not a date."),
            };
        }
        double[] Col(string name, bool required = true)
        {
            var c = frame.Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            if (c is null)
            {
                if (required) throw new ArgumentException($"The frame has no '{name}' column.");
                var nan = new double[n];
                Array.Fill(nan, double.NaN);
                return nan;
            }
            var values = new double[n];
            for (int i = 0; i < n; i++) values[i] = c[i] is null ? double.NaN : Convert.ToDouble(c[i], System.Globalization.CultureInfo.InvariantCulture);
            return values;
        }
        return new BarSeries(symbol, ts, Col("open"), Col("high"), Col("low"), Col("close"), Col("volume", required: false));
    }

    /// <summary>A wide frame: a date column, then one double column per symbol (missing values as null).</summary>
    public static DataFrame ToDataFrame(this Panel panel)
    {
        var columns = new List<DataFrameColumn> { new PrimitiveDataFrameColumn<DateTime>("date", panel.Dates.Select(d => d.ToDateTime(TimeOnly.MinValue))) };
        for (int s = 0; s < panel.SymbolCount; s++)
        {
            var col = new DoubleDataFrameColumn(panel.Symbols[s], panel.DayCount);
            for (int d = 0; d < panel.DayCount; d++)
            {
                double v = panel[d, s];
                col[d] = double.IsNaN(v) ? null : v;
            }
            columns.Add(col);
        }
        return new DataFrame(columns);
    }

    /// <summary>Reads a wide frame (a date column, then one numeric column per symbol) back into a panel.</summary>
    public static Panel ToPanel(this DataFrame frame)
    {
        var date = FindColumn(frame, "date", "timestamp");
        int n = checked((int)frame.Rows.Count);
        var dates = new DateOnly[n];
        for (int i = 0; i < n; i++)
            dates[i] = date[i] switch
            {
                DateTime d => DateOnly.FromDateTime(d),
                DateTimeOffset d => DateOnly.FromDateTime(d.DateTime),
                DateOnly d => d,
                var other => throw new ArgumentException($"Row {i}: '{other}' is not a date."),
            };
        var symbolColumns = frame.Columns.Where(c => c != date).ToArray();
        var panel = new Panel(dates, symbolColumns.Select(c => c.Name).ToArray());
        for (int s = 0; s < symbolColumns.Length; s++)
            for (int d = 0; d < n; d++)
                panel[d, s] = symbolColumns[s][d] is null ? double.NaN : Convert.ToDouble(symbolColumns[s][d], System.Globalization.CultureInfo.InvariantCulture);
        return panel;
    }

    private static DataFrameColumn FindColumn(DataFrame frame, params string[] names) =>
        frame.Columns.FirstOrDefault(c => names.Contains(c.Name, StringComparer.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"The frame has no '{names[0]}' column.");
}
