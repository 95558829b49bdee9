using System.Globalization;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Reporting;

namespace Signals.Reporting.Display;

/// <summary>A backtest as a compact tearsheet: what ran (strategy, parameters, period, costs), its statistics beside
/// the equity curve (drawn by <c>chartHtml</c>: a notebook loads plotly.js once, a page inlines it), and what the costs
/// took.</summary>
public static class BacktestResultFormatter
{
    /// <summary>The backtest as an HTML fragment; <paramref name="chartHtml"/> turns the equity figure into markup (a notebook's or a page's way).</summary>
    public static string ToHtml(BacktestResult r, Func<Figure, string> chartHtml)
    {
        var stats = PerformanceStats.Of(r);
        var parameters = string.Join(", ", r.StrategyParameters.Select(p => $"{p.Key}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}"));
        var period = r.Dates.Length == 0 ? "no days" : $"{r.Dates[0]:yyyy-MM-dd} → {r.Dates[^1]:yyyy-MM-dd}";
        var c = r.Options.Costs;
        var caption = Summary.Caption(
            r.Strategy,
            parameters.Length == 0 ? "no parameters" : parameters,
            period,
            $"fills {r.Options.Fill}",
            $"costs: {Bps(c.CommissionBps)} commission, {Bps(c.SlippageBps)} slippage, {Bps(c.BorrowBpsPerYear)}/yr borrow",
            $"paid {StatText.Format(r.Costs.Total, StatFormat.Currency)}");
        var chart = r.Dates.Length == 0 ? "" : chartHtml(Charts.Equity(r.Dates, r.Equity, strategyName: r.Strategy));
        return caption
            + "<div style=\"display:flex;gap:16px;align-items:flex-start\">"
            + "<div style=\"flex:0 0 auto\">" + PerformanceStatsFormatter.Table(stats) + "</div>"
            + "<div style=\"flex:1 1 auto;min-width:0\">" + chart + "</div></div>";
    }

    private static string Bps(double bps) => bps.ToString("0.##", CultureInfo.InvariantCulture) + " bps";
}
