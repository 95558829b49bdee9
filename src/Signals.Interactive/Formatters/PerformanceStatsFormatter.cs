using Signals.Analytics;
using Signals.Reporting;

namespace Signals.Interactive.Formatters;

/// <summary>Performance statistics as a two-column table, headline numbers first, in the tearsheet's formats.</summary>
public static class PerformanceStatsFormatter
{
    public static string ToHtml(PerformanceStats s) => Table(s).ToString();

    internal static HtmlTable Table(PerformanceStats s)
    {
        var table = new HtmlTable("statistic", "value");
        Row(table, "Total return", s.TotalReturn, StatFormat.Percent);
        Row(table, "CAGR", s.Cagr, StatFormat.Percent);
        Row(table, "Sharpe ratio", s.Sharpe, StatFormat.Ratio);
        Row(table, "Max drawdown", s.MaxDrawdown, StatFormat.Percent);
        Row(table, "Annual volatility", s.AnnualVolatility, StatFormat.Percent);
        Row(table, "Sortino ratio", s.Sortino, StatFormat.Ratio);
        Row(table, "Calmar ratio", s.Calmar, StatFormat.Ratio);
        Row(table, "Longest drawdown", s.MaxDrawdownDays, StatFormat.Days);
        Row(table, "Exposure", s.Exposure, StatFormat.Percent);
        Row(table, "Turnover", s.Turnover, StatFormat.Number);
        Row(table, "Trades", s.Trades, StatFormat.Integer);
        Row(table, "Win rate", s.WinRate, StatFormat.Percent);
        Row(table, "Profit factor", s.ProfitFactor, StatFormat.Ratio);
        Row(table, "Average trade", s.AverageTrade, StatFormat.Percent);
        if (!double.IsNaN(s.Alpha)) Row(table, "Alpha (annual)", s.Alpha, StatFormat.Percent);
        if (!double.IsNaN(s.Beta)) Row(table, "Beta", s.Beta, StatFormat.Ratio);
        Row(table, "Final equity", s.FinalEquity, StatFormat.Currency);
        return table;
    }

    private static void Row(HtmlTable table, string name, double value, StatFormat format) =>
        table.Row(name, new RawHtml($"<span style=\"font-variant-numeric:tabular-nums\">{HtmlTable.Encode(StatText.Format(value, format))}</span>"));
}
