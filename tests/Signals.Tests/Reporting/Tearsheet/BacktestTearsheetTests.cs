using Signals.Analytics;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

public class BacktestTearsheetTests
{
    [Fact]
    public void A_backtest_result_becomes_a_tearsheet_that_states_its_own_costs()
    {
        var prices = BarPanel.FromSeries([ReportingFixtures.Bars("AAA", 300, 31), ReportingFixtures.Bars("BBB", 300, 32)]);
        var options = new BacktestOptions { Costs = new CostModel(CommissionBps: 1.5, SlippageBps: 3, BorrowBpsPerYear: 40) };
        var result = Backtester.Run(prices, new SmaCross(5, 20), options);
        var benchmark = Backtester.Run(prices, new BuyAndHold(), options);

        var input = BacktestTearsheet.From(result, benchmark);

        var expected = PerformanceStats.Of(result.Dates, result.Equity, result.GrossExposure, result.Turnover, result.Trades,
            benchmark.Equity, options.PeriodsPerYear);
        Assert.Equal(expected.Sharpe, input.Stats.Single(s => s.Name == "Sharpe ratio").Value);
        Assert.Equal(expected.Beta, input.Stats.Single(s => s.Name == "Beta").Value);
        Assert.Contains(input.BenchmarkStats, s => s.Name == "Total return");
        Assert.Equal(benchmark.Equity, input.BenchmarkEquity);
        Assert.Equal("1.5 bps of traded notional", input.Assumptions.Commission);
        Assert.Equal("3 bps per fill, against the trade", input.Assumptions.Slippage);
        Assert.StartsWith("40 bps a year", input.Assumptions.Borrow);
        Assert.StartsWith("decided on data to the close of day t", input.Assumptions.FillTiming);
        Assert.Null(input.Assumptions.PointInTime);
        Assert.True(result.Costs.Total > 0);

        var html = Tearsheet.Render(input);
        Assert.Contains("<dt>Point-in-time rule</dt><dd><span class=\"unstated\">not stated</span></dd>", html);
        Assert.Contains("Costs paid", html);
        Assert.Contains("<td>initial cash</td>", html);
        Assert.Contains("<td>short</td><td class=\"mono\">false</td>", html);
        Assert.Equal("1 bp of traded notional", BacktestTearsheet.From(Backtester.Run(prices, new BuyAndHold())).Assumptions.Commission);
    }
}
