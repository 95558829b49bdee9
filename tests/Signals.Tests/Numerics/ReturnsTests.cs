using Signals.Analytics;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Numerics;

namespace Signals.Tests.Numerics;

/// <summary>The one return convention: one return per date, NaN on the first, and every producer follows it.</summary>
public class ReturnsTests
{
    [Fact]
    public void Returns_have_one_value_per_date_and_none_on_the_first()
    {
        double[] equity = [100, 110, 99, 99];
        var r = Returns.FromEquity(equity);
        Assert.Equal(equity.Length, r.Length);
        Assert.True(double.IsNaN(r[0]));
        Assert.Equal(0.1, r[1], 12);
        Assert.Equal(-0.1, r[2], 12);
        Assert.Equal(0.0, r[3]);
        Assert.Empty(Returns.FromEquity([]));
        Assert.True(double.IsNaN(Returns.FromEquity([5.0]).Single()));
    }

    [Fact]
    public void Compounding_the_returns_gives_the_curve_back()
    {
        double[] equity = [100, 103, 101.5, 104, 90, 95.25];
        var back = Returns.ToEquity(Returns.FromEquity(equity), start: 100);
        Assert.Equal(equity.Length, back.Length);
        for (int i = 0; i < equity.Length; i++) Assert.Equal(equity[i], back[i], 10);
    }

    [Fact]
    public void The_buffer_form_writes_the_same_values_and_checks_the_length()
    {
        double[] equity = [1, 2, 3, 1.5];
        var buffer = new double[4];
        Returns.FromEquity(equity, buffer);
        Assert.Equal(Returns.FromEquity(equity), buffer);
        Assert.Throws<ArgumentException>(() => Returns.FromEquity(equity, new double[3]));
    }

    [Fact]
    public void A_backtest_result_and_the_statistics_use_the_same_returns()
    {
        var prices = Signals.Tests.Backtesting.TestMarkets.RandomWalk(symbols: 3, days: 260, seed: 3);
        var result = Backtester.Run(prices, new BuyAndHold(), new BacktestOptions());
        Assert.Equal(result.Dates.Length, result.Returns.Length);
        Assert.Equal(Returns.FromEquity(result.Equity), result.Returns);
        var stats = PerformanceStats.Of(result);
        Assert.Equal(stats.Sharpe, Returns.Sharpe(result.Returns));
    }
}
