using Signals.Data;

namespace Signals.Reporting.Display;

/// <summary>A bar series as a caption (symbol, bar count, date range, total return) and its first and last bars.</summary>
public static class BarSeriesFormatter
{
    /// <summary>Bars shown at each end of a long series.</summary>
    public const int Edge = 5;

    /// <summary>The series as an HTML fragment: caption and the first and last <see cref="Edge"/> bars (daily bars by date, intraday by time).</summary>
    public static string ToHtml(BarSeries series)
    {
        if (series.Count == 0) return Summary.Caption(series.Symbol, "no bars");
        var first = series.Close[0];
        var last = series.Close[^1];
        var caption = Summary.Caption(
            series.Symbol,
            $"{series.Count} bars",
            $"{series.Timestamps[0]:yyyy-MM-dd} → {series.Timestamps[^1]:yyyy-MM-dd}",
            $"close {HtmlTable.Number(first, "0.00")} → {HtmlTable.Number(last, "0.00")} ({HtmlTable.Number(last / first - 1, "+0.0%;-0.0%")})");

        var table = new HtmlTable("", "date", "open", "high", "low", "close", "volume");
        var (headEnd, tailStart) = Summary.HeadTail(series.Count, Edge);
        for (int i = 0; i < headEnd; i++) AddRow(table, series, i);
        if (tailStart > headEnd) table.Gap($"… {tailStart - headEnd} more bars …");
        for (int i = Math.Max(tailStart, headEnd); i < series.Count; i++) AddRow(table, series, i);
        return caption + table;
    }

    // Daily bars show their date; intraday bars their time and offset.
    private static void AddRow(HtmlTable table, BarSeries s, int i)
    {
        var t = s.Timestamps[i];
        object when = t.TimeOfDay == TimeSpan.Zero ? DateOnly.FromDateTime(t.DateTime) : t;
        table.Row(i, when, s.Open[i], s.High[i], s.Low[i], s.Close[i], s.Volume[i]);
    }
}
