using System.Text.Json;
using Signals.Analytics;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

public class ReportSeriesTests
{
    [Fact]
    public void Rolling_sharpe_on_date_i_uses_the_returns_ending_on_date_i()
    {
        var equity = ReportingFixtures.Equity(300, 21);
        var aligned = ReportSeries.RollingSharpe(equity, 50);
        Assert.Equal(equity.Length, aligned.Length);
        for (int i = 0; i < equity.Length; i++)
        {
            if (i < 50) { Assert.True(double.IsNaN(aligned[i]), $"index {i} should be NaN"); continue; }
            // Returns of dates i-49..i: equity[k] / equity[k-1] - 1, nothing from after date i.
            var window = Enumerable.Range(i - 49, 50).Select(k => equity[k] / equity[k - 1] - 1).ToArray();
            double mean = window.Average();
            double sd = Math.Sqrt(window.Sum(x => (x - mean) * (x - mean)) / (window.Length - 1));
            Assert.Equal(mean / sd * Math.Sqrt(252), aligned[i], 9);
        }
    }

    [Fact]
    public void Monthly_heatmap_cells_are_the_analytics_monthly_returns()
    {
        var dates = ReportingFixtures.Weekdays(new DateOnly(2022, 3, 15), 600);
        var equity = ReportingFixtures.Equity(600, 13);
        var table = MonthlyReturns.Compute(dates, equity);
        var trace = JsonDocument.Parse(Charts.MonthlyReturns(table).ToJson()).RootElement.GetProperty("data")[0];
        var z = trace.GetProperty("z");
        Assert.Equal(table.Years.Length, z.GetArrayLength());
        for (int y = 0; y < table.Years.Length; y++)
            for (int m = 1; m <= 12; m++)
            {
                var cell = z[y][m - 1];
                if (double.IsNaN(table[y, m])) Assert.Equal(JsonValueKind.Null, cell.ValueKind);
                else Assert.Equal(table[y, m], cell.GetDouble());
            }
        Assert.Equal(JsonValueKind.Null, z[0][0].ValueKind); // January 2022 precedes the data
    }

    [Fact]
    public void Performance_stats_map_to_labelled_report_statistics()
    {
        var stats = new PerformanceStats(FinalEquity: 120_000, TotalReturn: 0.2, Cagr: 0.095, AnnualVolatility: 0.14, Sharpe: 0.71,
            Sortino: 1.02, Calmar: 0.8, MaxDrawdown: -0.12, MaxDrawdownDays: 45, Exposure: 0.9, Turnover: 0.03, Trades: 12,
            WinRate: 0.58, ProfitFactor: double.PositiveInfinity, AverageTrade: 0.004, Alpha: double.NaN, Beta: double.NaN);
        var list = TearsheetStats.From(stats);
        Assert.Equal(["Total return", "CAGR", "Sharpe ratio", "Max drawdown", "Annual volatility", "Sortino ratio"], list.Take(6).Select(s => s.Name).ToArray());
        Assert.DoesNotContain(list, s => s.Name is "Beta" or "Alpha (annualised)"); // no benchmark
        var pf = list.Single(s => s.Name == "Profit factor");
        Assert.Equal("∞", StatText.Format(pf.Value, pf.Format));
        var dd = list.Single(s => s.Name == "Max drawdown");
        Assert.Equal("-12.00%", StatText.Format(dd.Value, dd.Format));
        Assert.True(dd.ColorBySign);
        Assert.False(list.Single(s => s.Name == "Annual volatility").ColorBySign);
    }
}
