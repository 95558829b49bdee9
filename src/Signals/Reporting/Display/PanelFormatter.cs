using Signals.Data;

namespace Signals.Reporting.Display;

/// <summary>A day × symbol panel: caption (shape, date range, share missing) and the first and last days for up to
/// <see cref="MaxSymbols"/> symbols.</summary>
public static class PanelFormatter
{
    /// <summary>Days shown at each end of a long panel.</summary>
    public const int Edge = 5;
    /// <summary>Most symbols shown as columns.</summary>
    public const int MaxSymbols = 12;

    /// <summary>A bar panel shows its closes (the other fields have the same shape).</summary>
    public static string ToHtml(BarPanel bars) =>
        Summary.Caption("BarPanel", $"{bars.DayCount} days × {bars.SymbolCount} symbols", "open, high, low, close, volume; closes below") + ToHtml(bars.Close, "Close");

    /// <summary>The panel as an HTML fragment: caption with the share of NaN values, then the first and last <see cref="Edge"/> days of up to <see cref="MaxSymbols"/> symbols.</summary>
    public static string ToHtml(Panel panel) => ToHtml(panel, "Panel");

    private static string ToHtml(Panel panel, string title)
    {
        int missing = 0;
        foreach (var v in panel.Values) if (double.IsNaN(v)) missing++;
        var range = panel.DayCount == 0 ? "no days" : $"{panel.Dates[0]:yyyy-MM-dd} → {panel.Dates[^1]:yyyy-MM-dd}";
        var caption = Summary.Caption(
            title,
            $"{panel.DayCount} days × {panel.SymbolCount} symbols",
            range,
            $"{HtmlTable.Number(panel.Values.Length == 0 ? 0 : (double)missing / panel.Values.Length, "0.0%")} missing");

        int shown = Math.Min(panel.SymbolCount, MaxSymbols);
        var headers = new string[shown + 1];
        headers[0] = "date";
        for (int s = 0; s < shown; s++) headers[s + 1] = panel.Symbols[s];
        var table = new HtmlTable(headers);
        var (headEnd, tailStart) = Summary.HeadTail(panel.DayCount, Edge);
        for (int d = 0; d < headEnd; d++) AddRow(table, panel, d, shown);
        if (tailStart > headEnd) table.Gap($"… {tailStart - headEnd} more days …");
        for (int d = Math.Max(tailStart, headEnd); d < panel.DayCount; d++) AddRow(table, panel, d, shown);
        var more = panel.SymbolCount > shown ? Summary.Caption($"{panel.SymbolCount - shown} more symbols not shown") : "";
        return caption + table + more;
    }

    private static void AddRow(HtmlTable table, Panel panel, int day, int shown)
    {
        var cells = new object?[shown + 1];
        cells[0] = panel.Dates[day];
        for (int s = 0; s < shown; s++) cells[s + 1] = panel[day, s];
        table.Row(cells);
    }
}
