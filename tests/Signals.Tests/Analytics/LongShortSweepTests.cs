using Signals.Analytics;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;
using Signals.Tests.Backtesting;

using Signals.Numerics;

namespace Signals.Tests.Analytics;

public class LongShortSweepTests
{
    [Fact]
    public void Each_configuration_returns_the_general_engines_daily_returns_in_grid_order_on_any_thread_count()
    {
        var prices = TestMarkets.RandomWalk(symbols: 25, days: 200, seed: 11, missing: 0.02);
        var daily = DailySentiment.Build(TestMarkets.RandomNews(prices, seed: 12, rate: 0.2), prices.Dates, prices.Symbols);
        var grid = ParameterSweep.Grid([1.0, 4.0], [0.2, 0.4]);
        var options = new BacktestOptions { Sizing = Sizing.Fractional };

        var parallel = LongShortSweep.Run(prices, daily.DecayingMean(), grid, options, maxDegreeOfParallelism: 2);
        var serial = LongShortSweep.Run(prices, daily.DecayingMean(), grid, options, maxDegreeOfParallelism: 1);

        Assert.Equal(grid, parallel.Entries.Select(e => ((double, double))e.Config));
        for (int i = 0; i < grid.Count; i++)
        {
            var (halfLife, quantile) = grid[i];
            var engine = Backtester.Run(prices, new SentimentLongShort(daily.DecayedMean(halfLife), DecisionTiming.Open, quantile), options);
            Assert.Equal(Returns.FromEquity(engine.Equity), parallel.Entries[i].Result);
            Assert.Equal(serial.Entries[i].Result, parallel.Entries[i].Result);
        }
        Assert.NotEqual(parallel.Entries[0].Result, parallel.Entries[3].Result);
    }
}
