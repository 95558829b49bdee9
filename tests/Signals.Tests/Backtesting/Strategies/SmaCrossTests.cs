using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Indicators;

namespace Signals.Tests.Backtesting.Strategies;

/// <summary>
/// With fast = 1 and slow = 2 the fast SMA is the close and the slow one the mean of two closes, so
/// "fast below slow" is "the close fell" and "fast above slow" is "the close rose": crosses are easy to place by hand.
/// </summary>
public class SmaCrossTests
{
    private static readonly BacktestOptions NoCosts = new() { InitialCash = 1000, Costs = CostModel.Zero };

    private static double[] OpensFrom(double[] close) => close.Select(c => c + 0.25).ToArray();

    [Fact]
    public void A_cross_up_goes_long_at_the_next_open_with_all_equity()
    {
        double[] close = [10, 9, 10, 11, 12];
        var bars = TestMarkets.OneSymbol(OpensFrom(close), close);
        var result = Backtester.Run(bars, new SmaCross(1, 2), NoCosts);

        // Day 1: fast 9 < slow 9.5; day 2: fast 10 > slow 9.5 → cross on day 2, fill at day 3's open (11.25).
        var trade = Assert.Single(result.Trades);
        Assert.Equal(bars.Dates[3], trade.EntryDate);
        Assert.Equal(Math.Floor(1000 / 11.25), trade.Size);
        Assert.Equal(11.25, trade.EntryPrice);
        Assert.Equal(0, result.Positions[2, 0]);
    }

    [Fact]
    public void Touching_is_not_crossing_on_either_bar()
    {
        // Day 2: fast 9 = slow 9 (not above). Day 3: the previous bar had fast = slow (not strictly below). No trade ever.
        double[] close = [10, 9, 9, 10, 11];
        var result = Backtester.Run(TestMarkets.OneSymbol(OpensFrom(close), close), new SmaCross(1, 2), NoCosts);
        Assert.Empty(result.Trades);
        Assert.All(result.Equity, e => Assert.Equal(1000, e));
    }

    [Fact]
    public void Means_equal_in_cents_are_a_touch_even_when_the_running_sum_rounds_them_apart()
    {
        // In the sample universe PLXP's closes of 2021-03-31..04-14 sum to exactly half of those of 2021-03-17..04-14
        // (888.54 of 1777.08): the 10- and 20-day means are both 88.854, after the fast one was below. The library's
        // running-sum SMA leaves them a last bit apart, fast "above": without the touch rule that was an up-cross.
        var plxp = PriceCsv.Load(RepoPaths.Of("data", "sample", "prices.csv"), "PLXP");
        var dates = plxp.Dates();
        int day = Array.IndexOf(dates, new DateOnly(2021, 4, 14));
        decimal Mean(int length) => plxp.Close[(day - length + 1)..(day + 1)].Sum(c => (decimal)c) / length;
        Assert.Equal(Mean(10), Mean(20));
        double[] fast = plxp.Close.Sma(10), slow = plxp.Close.Sma(20);
        Assert.True(fast[day - 1] < slow[day - 1]);
        Assert.True(fast[day] > slow[day], "the running sums should leave the equal means a rounding apart (else this test proves nothing)");

        var result = Backtester.Run(BarPanel.FromSeries([plxp]), new SmaCross(10, 20), NoCosts);
        Assert.DoesNotContain(result.Trades, t => t.EntryDate == dates[day + 1]);
    }

    [Fact]
    public void The_opposite_cross_exits_or_with_short_reverses()
    {
        // Up-cross on day 2 (fill day 3), down-cross on day 4: fast 11 > slow 10.5, then fast 10 < slow 10.5 (fill day 5).
        double[] close = [10, 9, 10, 11, 10, 9, 9];
        var bars = TestMarkets.OneSymbol(OpensFrom(close), close);

        var flat = Backtester.Run(bars, new SmaCross(1, 2), NoCosts);
        var exit = Assert.Single(flat.Trades);
        Assert.Equal((bars.Dates[3], (DateOnly?)bars.Dates[5]), (exit.EntryDate, exit.ExitDate));
        Assert.Equal(0, flat.Positions[6, 0]);

        var reversing = Backtester.Run(bars, new SmaCross(1, 2, allowShort: true), NoCosts);
        Assert.Equal(2, reversing.Trades.Count);
        var shortTrade = reversing.Trades[1];
        Assert.Equal(bars.Dates[5], shortTrade.EntryDate);
        Assert.Null(shortTrade.ExitDate);
        // All equity short at the fill: equity at day 5's open / 9.25, truncated.
        double equityAtFill = 1000 - exit.Size * 11.25 + exit.Size * 9.25;
        Assert.Equal(-Math.Floor(equityAtFill / 9.25), shortTrade.Size);
    }

    [Fact]
    public void Longer_windows_need_a_full_window_before_any_cross()
    {
        double[] close = [5, 4, 3, 2, 10, 11, 12, 13];
        var bars = TestMarkets.OneSymbol(OpensFrom(close), close);
        var result = Backtester.Run(bars, new SmaCross(2, 4), NoCosts);
        // fast(2) / slow(4): day 3: 2.5 < 3.5; day 4: 6 > 4.75 → cross on day 4, fill day 5.
        Assert.Equal(bars.Dates[5], Assert.Single(result.Trades).EntryDate);
    }
}
