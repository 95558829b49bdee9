using Signals.Analytics;
using Signals.Reporting;

namespace Signals.Reporting.Display;

/// <summary>Performance statistics as a two-column table: the tearsheet's statistics, labels and formats.</summary>
public static class PerformanceStatsFormatter
{
    /// <summary>The statistics as an HTML table, labelled and formatted as in the tearsheet.</summary>
    public static string ToHtml(PerformanceStats s) => Table(s).ToString();

    internal static HtmlTable Table(PerformanceStats s)
    {
        var table = new HtmlTable("statistic", "value");
        foreach (var stat in TearsheetStats.From(s))
            table.Row(stat.Name, new RawHtml($"<span style=\"font-variant-numeric:tabular-nums\">{HtmlTable.Encode(StatText.Format(stat.Value, stat.Format))}</span>"));
        return table;
    }
}
