using Signals.Backtesting;
using Signals.Backtesting.Portfolios;
using Signals.Data;
using Signals.Workflows;

namespace Signals.Tests.Backtesting.Portfolios;

public sealed class NoSpreadPortfolioTests
{
    [Fact]
    public void Market_wide_news_gives_the_risk_portfolios_nothing_to_hold()
    {
        var prices = TestMarkets.RandomWalk(symbols: 10, days: 150, seed: 61);
        var signal = new Panel(prices.Dates, prices.Symbols);
        for (int d = 0; d < prices.DayCount; d++) signal.Row(d).Fill(Math.Sin(d / 7.0));   // one score for every name each day
        var longShort = StudyResearch.LongShortWeights(signal, DecisionTiming.Open, 0.2, 1);
        Assert.All(longShort.Values, w => Assert.Equal(0, w));
        foreach (var options in new RiskPortfolioOptions[]
                 {
                     new() { BetaNeutral = false }, new() { BetaNeutral = true }, new() { BetaNeutral = false, InverseVolatility = true },
                     new() { BetaNeutral = false, TargetAnnualVolatility = 0.1 },
                 })
        {
            var portfolio = RiskPortfolio.Build(prices, longShort, options);
            Assert.All(portfolio.Weights.Values, w => Assert.Equal(0, w));
            Assert.Equal(0, portfolio.MeanTurnover);
        }
    }

    [Fact]
    public void The_study_weights_split_a_tied_boundary_as_the_strategy_does_whatever_the_symbol_order()
    {
        var prices = TestMarkets.RandomWalk(symbols: 10, days: 3, seed: 62);
        var signal = new Panel(prices.Dates, prices.Symbols);
        double[] row = [0.1, 0.1, 0.1, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9];   // k = 2: three names share one bottom slot
        for (int d = 0; d < 3; d++) row.CopyTo(signal.Row(d));
        var weights = StudyResearch.LongShortWeights(signal, DecisionTiming.Open, 0.2, 1);
        double[] expected = [-0.5 / 3, -0.5 / 3, -0.5 / 3, 0, 0, 0, 0, 0, 0.25, 0.25];
        for (int s = 0; s < 10; s++) Assert.Equal(expected[s], weights[1, s], 15);
    }
}
