using Signals.Backtesting;
using Signals.Backtesting.Strategies;

namespace Signals.Tests.Backtesting;

/// <summary>Ledgers small enough to compute by hand: fills, costs, cash, shorts, borrow, rounding.</summary>
public class LedgerTests
{
    private static readonly BacktestOptions NoCosts = new() { InitialCash = 1000, Costs = CostModel.Zero };

    [Fact]
    public void Next_open_fill_buys_whole_shares_at_the_next_open_and_keeps_the_change_in_cash()
    {
        var bars = TestMarkets.OneSymbol(open: [10, 11, 12, 13], close: [10.5, 11.5, 12.5, 13.5]);
        var result = Backtester.Run(bars, new BuyAndHold(), NoCosts);

        // Decided on day 0's close, filled at day 1's open: floor(1000 / 11) = 90 shares, 10 left in cash.
        Assert.Equal([0, 90, 90, 90], result.Positions.Column(0));
        Assert.Equal([1000, 10, 10, 10], result.Cash);
        Assert.Equal([1000, 10 + 90 * 11.5, 10 + 90 * 12.5, 10 + 90 * 13.5], result.Equity);
        Assert.Equal(990 / 1000.0, result.Turnover[1], 12);
        Assert.Equal(90 * 11.5 / 1045, result.GrossExposure[1], 12);
        var trade = Assert.Single(result.Trades);
        Assert.Equal(new Signals.Backtesting.Trade("AAA", bars.Dates[1], null, 90, 11, null, 90 * (13.5 - 11), 90 * 2.5 / 990), trade);
    }

    [Fact]
    public void Close_fill_trades_at_the_same_bars_close()
    {
        var bars = TestMarkets.OneSymbol(open: [10, 11, 12], close: [10.5, 11.5, 12.5]);
        var result = Backtester.Run(bars, new BuyAndHold(), NoCosts with { Fill = FillTiming.Close });

        // floor(1000 / 10.5) = 95 shares at 10.5 = 997.5, cash 2.5.
        Assert.Equal([95, 95, 95], result.Positions.Column(0));
        Assert.Equal([1000, 2.5 + 95 * 11.5, 2.5 + 95 * 12.5], result.Equity);
    }

    [Fact]
    public void Commission_in_bps_and_per_share_and_slippage_are_charged_as_computed_by_hand()
    {
        var bars = TestMarkets.OneSymbol(open: [100, 100, 102], close: [100, 101, 103]);
        var costs = new CostModel(CommissionBps: 10, CommissionPerShare: 0.01, SlippageBps: 20, BorrowBpsPerYear: 0);
        var result = Backtester.Run(bars, new BuyAndHold(), new BacktestOptions { InitialCash = 10_000, Costs = costs });

        // Budget per share = 100 × (1 + 0.0030) + 0.01 = 100.31 → trunc(10000 / 100.31) = 99 shares.
        // Fill at 100 × 1.002 = 100.2; commission = 99 × 100.2 × 0.001 + 99 × 0.01 = 10.9098.
        double cash = 10_000 - 99 * 100.2 - 10.9098;
        Assert.Equal(99, result.Positions[1, 0]);
        Assert.Equal(cash, result.Cash[1], 9);
        Assert.Equal(cash + 99 * 101, result.Equity[1], 9);
        Assert.Equal(10.9098, result.Costs.Commission, 9);
        Assert.Equal(99 * 100 * 0.002, result.Costs.Slippage, 9);   // 19.8: the price moved against the buy
        Assert.Equal(0, result.Costs.Borrow);
        var trade = Assert.Single(result.Trades);
        Assert.Equal(100.2, trade.EntryPrice, 12);
        Assert.Equal(99 * 103 - 99 * 100.2 - 10.9098, trade.Pnl, 9);
    }

    [Fact]
    public void A_short_credits_cash_pays_borrow_daily_and_profits_when_the_price_falls()
    {
        var bars = TestMarkets.OneSymbol(open: [10, 10, 8, 9], close: [10, 9, 8, 9]);
        var options = new BacktestOptions
        {
            InitialCash = 1000, Sizing = Sizing.Fractional,
            Costs = new CostModel(0, 0, 0, BorrowBpsPerYear: 252),   // 1 bp a day
        };
        var result = Backtester.Run(bars, new ScriptedStrategy(new() { [1] = -1.0, [3] = 0.0 }), options);

        // Day 1: short 100 at 10 → cash 2000; borrow on 100 × 9 = 0.09 → equity 1999.91 − 900.
        // Day 2: borrow 100 × 8 × 0.0001 = 0.08 → equity 1999.83 − 800. Day 3: buy back 100 at 9.
        Assert.Equal([0, -100, -100, 0], result.Positions.Column(0));
        Assert.Equal(1000, result.Equity[0]);
        Assert.Equal(1099.91, result.Equity[1], 9);
        Assert.Equal(1199.83, result.Equity[2], 9);
        Assert.Equal(1099.83, result.Equity[3], 9);
        Assert.Equal(0.17, result.Costs.Borrow, 12);
        Assert.Equal(-900 / 1099.91, result.Weights[1, 0], 12);
        var trade = Assert.Single(result.Trades);
        Assert.Equal(new Signals.Backtesting.Trade("AAA", bars.Dates[1], bars.Dates[3], -100, 10, 9, 99.83, 99.83 / 1000), trade with { Pnl = Math.Round(trade.Pnl, 9), ReturnPct = Math.Round(trade.ReturnPct, 12) });
    }

    [Fact]
    public void Whole_share_sizing_truncates_toward_zero_on_both_sides()
    {
        var bars = TestMarkets.OneSymbol(open: [30, 30, 30, 30], close: [30, 30, 30, 30]);
        var result = Backtester.Run(bars, new ScriptedStrategy(new() { [1] = 1.0, [2] = -1.0 }), NoCosts);
        Assert.Equal(33, result.Positions[1, 0]);    // 1000 / 30 = 33.3
        Assert.Equal(-33, result.Positions[2, 0]);   // −33.3 → −33, not −34
        Assert.Equal(1000, result.Equity[3], 9);
    }

    [Fact]
    public void Share_targets_are_traded_as_given_and_long_only_refuses_shorts()
    {
        var bars = TestMarkets.OneSymbol(open: [10, 10, 10], close: [10, 10, 10]);
        var shares = new ScriptedStrategy(new() { [1] = 7, [2] = -5 }, TargetKind.Shares);
        Assert.Equal([0, 7, -5], Backtester.Run(bars, shares, NoCosts).Positions.Column(0));
        Assert.Equal([0, 7, 0], Backtester.Run(bars, shares, NoCosts with { LongOnly = true }).Positions.Column(0));
    }

    [Fact]
    public void Position_and_gross_limits_scale_the_targets()
    {
        var bars = TestMarkets.OneSymbol(open: [10, 10, 10], close: [10, 10, 10]);
        var all = new ScriptedStrategy(new() { [1] = 1.0 });
        Assert.Equal(25, Backtester.Run(bars, all, NoCosts with { MaxWeight = 0.25 }).Positions[1, 0]);
        var levered = new ScriptedStrategy(new() { [1] = 3.0 });
        Assert.Equal(200, Backtester.Run(bars, levered, NoCosts with { MaxGrossLeverage = 2 }).Positions[1, 0]);
    }

    [Fact]
    public void A_flip_closes_one_trade_and_opens_the_other_and_trade_pnl_sums_to_the_equity_change()
    {
        var bars = TestMarkets.OneSymbol(open: [10, 10, 12, 11, 9], close: [10, 11, 12, 10, 8]);
        var options = new BacktestOptions { InitialCash = 1000, Costs = new CostModel(5, 0.01, 3, 100) };
        var result = Backtester.Run(bars, new ScriptedStrategy(new() { [1] = 1.0, [3] = -1.0 }), options);

        Assert.Equal(2, result.Trades.Count);
        var (first, second) = (result.Trades[0], result.Trades[1]);
        Assert.Equal((bars.Dates[1], (DateOnly?)bars.Dates[3]), (first.EntryDate, first.ExitDate));
        Assert.True(first.Size > 0);
        Assert.Equal(10 * (1 + 3e-4), first.EntryPrice, 12);
        Assert.Equal(11 * (1 - 3e-4), first.ExitPrice!.Value, 12);
        Assert.Equal(bars.Dates[3], second.EntryDate);
        Assert.True(second.IsOpen);
        Assert.Null(second.ExitPrice);
        Assert.True(second.Size < 0);
        Assert.Equal(-result.Positions[4, 0], -second.Size);
        Assert.Equal(result.FinalEquity - 1000, first.Pnl + second.Pnl, 9);
        Assert.True(result.Costs.Commission > 0 && result.Costs.Slippage > 0 && result.Costs.Borrow > 0);
    }

    [Fact]
    public void A_symbol_without_a_bar_is_not_traded_and_is_valued_at_its_last_price()
    {
        var bars = TestMarkets.Bars(["AAA", "BBB"],
            open: [[10, 10, 10, 10], [20, double.NaN, 20, 20]],
            close: [[10, 10, 10, 11], [20, double.NaN, 22, 22]]);
        var result = Backtester.Run(bars, new BuyAndHold(), NoCosts with { Sizing = Sizing.Fractional });

        Assert.Equal(50, result.Positions[1, 0]);          // half the equity in AAA at 10
        Assert.Equal(0, result.Positions[1, 1]);           // BBB has no bar on day 1
        Assert.Equal(1000, result.Equity[1], 9);
        Assert.Equal(500 / 20.0, result.Positions[2, 1]);  // bought at day 2's open with half of the equity then
        Assert.Equal(500 + 25 * 22.0, result.Equity[2], 9);
    }

    [Theory]
    [InlineData(true, Sizing.Fractional, false)]
    [InlineData(true, Sizing.WholeShares, false)]
    [InlineData(false, Sizing.WholeShares, true)]
    [InlineData(false, Sizing.Fractional, false)]
    public void Many_symbols_at_once_cost_exactly_what_each_symbol_costs_alone(bool weights, Sizing sizing, bool longOnly)
    {
        // 11 symbols: the ledger's vector loops take eight, its scalar loop the last three. The reference below is the
        // per-symbol arithmetic written out plainly; only the order of summation may differ.
        const int n = 11;
        var rng = new Random(5);
        var costs = new CostModel(CommissionBps: 3, CommissionPerShare: 0.005, SlippageBps: 7, BorrowBpsPerYear: 120);
        var options = new BacktestOptions { InitialCash = 1e6, Costs = costs, Sizing = sizing, LongOnly = longOnly };
        var ledger = new Ledger(n, options.InitialCash, costs, options.PeriodsPerYear, trades: null);
        var shares = new double[n]; var marks = new double[n];
        double cash = options.InitialCash, commission = 0, slippage = 0, borrow = 0;
        for (int day = 0; day < 40; day++)
        {
            double[] open = Row(rng, n, 50, 0.1), close = Row(rng, n, 50, 0.1), targets = Row(rng, n, weights ? 0.1 : 400, 0.15, signed: true);

            double equity = Mark(open);
            Assert.Equal(equity, ledger.MarkTo(open), 1e-9 * equity);
            double traded = 0;
            for (int s = 0; s < n; s++)
            {
                if (double.IsNaN(targets[s]) || double.IsNaN(open[s])) continue;
                double target = weights ? targets[s] * equity / (open[s] * (1 + 10e-4) + 0.005) : longOnly ? Math.Max(0, targets[s]) : targets[s];
                if (sizing == Sizing.WholeShares) target = Math.Truncate(target);
                double quantity = target - shares[s], size = Math.Abs(quantity);
                double fill = open[s] * (1 + Math.Sign(quantity) * 7e-4);
                double fee = size * fill * 3e-4 + size * 0.005;
                cash -= quantity * fill + fee;
                commission += fee;
                slippage += size * open[s] * 7e-4;
                traded += size * fill;
                shares[s] = target;
            }
            Assert.Equal(traded, ledger.TradeTo(targets, weights, open, equity, options, day), 1e-9 * equity);
            Assert.Equal(shares, ledger.Shares);

            double beforeFees = Mark(close), fees = 0;
            for (int s = 0; s < n; s++) fees += Math.Max(0, -shares[s] * marks[s]) * 120e-4 / options.PeriodsPerYear;
            cash -= fees;
            borrow += fees;
            Assert.Equal(beforeFees - fees, ledger.CloseDay(close), 1e-9 * equity);
            Assert.Equal(marks, ledger.Marks);
            Assert.Equal(cash, ledger.Cash, 1e-9 * equity);
        }
        Assert.Equal((commission, slippage, borrow), (ledger.Commission, ledger.Slippage, ledger.Borrow), new RelativeComparer(1e-12));

        double Mark(double[] prices)
        {
            double value = 0;
            for (int s = 0; s < n; s++)
            {
                if (!double.IsNaN(prices[s])) marks[s] = prices[s];
                value += shares[s] * marks[s];
            }
            return cash + value;
        }
    }

    private static double[] Row(Random rng, int n, double scale, double missing, bool signed = false)
    {
        var row = new double[n];
        for (int s = 0; s < n; s++)
            row[s] = rng.NextDouble() < missing ? double.NaN : scale * (signed ? 2 * rng.NextDouble() - 1 : 0.5 + rng.NextDouble());
        return row;
    }

    private sealed class RelativeComparer(double tolerance) : IEqualityComparer<(double, double, double)>
    {
        public bool Equals((double, double, double) a, (double, double, double) b) =>
            Close(a.Item1, b.Item1) && Close(a.Item2, b.Item2) && Close(a.Item3, b.Item3);

        private bool Close(double x, double y) => Math.Abs(x - y) <= tolerance * Math.Max(Math.Abs(x), Math.Abs(y));
        public int GetHashCode((double, double, double) value) => 0;
    }
}
