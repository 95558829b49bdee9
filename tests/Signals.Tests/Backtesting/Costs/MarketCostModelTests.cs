using Signals.Backtesting.Costs;
using Signals.Data;
using Signals.SampleData;
using Signals.Tests.SampleData;
using Xunit.Abstractions;

namespace Signals.Tests.Backtesting.Costs;

public sealed class MarketCostModelTests(ITestOutputHelper output)
{
    private static BarPanel Zigzag(int days)
    {
        var a = new double[days];
        var b = new double[days];
        a[0] = 40; b[0] = 90;
        for (int d = 1; d < days; d++)
        {
            a[d] = a[d - 1] * (1 + 0.01 * Math.Sin(d * 1.7));
            b[d] = b[d - 1] * (1 + 0.02 * Math.Cos(d * 0.9));
        }
        return TinyPanels.FromOpens([a, b]);
    }

    private static double SampleStd(IReadOnlyList<double> x)
    {
        double mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Count - 1));
    }

    [Fact]
    public void Impact_spread_commission_and_borrow_equal_the_formulas_on_a_hand_computed_trade()
    {
        var prices = Zigzag(30);
        var weights = new Panel(prices.Dates, prices.Symbols, new double[30 * 2]);
        weights[25, 0] = 0.5;
        weights[25, 1] = -0.5;
        const double capital = 2_000_000;
        var costs = new MarketCostModel(CommissionBps: 1, MinCommission: 1, HalfSpreadBps: 3, ImpactK: 0.8, BorrowBpsPerYear: 50);
        var run = CostedPortfolio.Run(prices, weights, capital, costs);

        double impact = 0, commission = 0, spread = 0;
        for (int s = 0; s < 2; s++)
        {
            // σ from the 20 close-to-close returns ending at the close before day 25; ADV the mean volume of those days.
            var returns = Enumerable.Range(5, 20).Select(j => prices.Close[j, s] / prices.Close[j - 1, s] - 1).ToList();
            double sigma = SampleStd(returns), adv = 1_000_000, notional = 0.5 * capital, shares = notional / prices.Open[25, s];
            impact += 0.8 * sigma * Math.Sqrt(shares / adv) * notional;
            commission += Math.Max(1, 1e-4 * notional);
            spread += 3e-4 * notional;
        }
        double borrow = 0.5 * capital * 50e-4 / 252;
        Assert.Equal(capital, run.Equity[25]);   // nothing traded before day 25
        var day = run.DailyCosts[25];
        Assert.Equal(impact / capital, day.Impact, 12);
        Assert.Equal(commission / capital, day.Commission, 12);
        Assert.Equal(spread / capital, day.Spread, 12);
        Assert.Equal(borrow / capital, day.Borrow, 12);
        Assert.Equal(1.0, run.Turnover[25], 12);
        // Equity after the day: the gross move minus every cost.
        double gross = 0.5 * (prices.Open[26, 0] / prices.Open[25, 0] - 1) - 0.5 * (prices.Open[26, 1] / prices.Open[25, 1] - 1);
        Assert.Equal(capital * (1 + gross) - (impact + commission + spread + borrow), run.Equity[26], 6);
        // Day 26's target is 0: both positions are closed from their drifted weights.
        Assert.True(run.DailyCosts[26].Impact > 0 && run.Turnover[26] > 0.9);
    }

    [Fact]
    public void Minimum_commission_applies_per_order_and_a_missing_estimate_blocks_the_order()
    {
        var prices = Zigzag(30);
        var weights = new Panel(prices.Dates, prices.Symbols, new double[30 * 2]);
        weights[3, 0] = 0.5;                         // before 20 sessions of history: not tradable
        weights[25, 0] = 0.001; weights[25, 1] = 0.001;
        var run = CostedPortfolio.Run(prices, weights, 10_000, new MarketCostModel(MinCommission: 5));
        Assert.Equal(1, run.Untradable);
        Assert.Equal(0, run.Turnover[3]);
        Assert.Equal(2 * 5 / 10_000.0, run.DailyCosts[25].Commission, 12);
    }

    [Fact]
    public void Capacity_curve_net_Sharpe_falls_with_size_and_zero_costs_leave_net_equal_to_gross()
    {
        var sample = CommittedSample.Load();
        var tone = SampleTruth.ToneByDecisionDay(sample.News, sample.Truth, sample.Panel.Close, sample.Calendar);
        var weights = new Panel(tone.Dates, tone.Symbols, new double[tone.Values.Length]);
        for (int d = 0; d < tone.DayCount; d++)
        {
            var row = tone.Row(d);
            double mean = 0, gross = 0;
            foreach (var v in row) mean += v / row.Length;
            foreach (var v in row) gross += Math.Abs(v - mean);
            if (gross > 0) for (int s = 0; s < row.Length; s++) weights[d, s] = (row[s] - mean) / gross;
        }
        var result = RealisticCosts.Evaluate(sample.Panel, weights, capital: 1e7);
        foreach (var p in result.Capacity)
            output.WriteLine($"{p.Capital,14:N0}  net Sharpe {p.NetSharpe,6:0.00}  gross {p.GrossSharpe:0.00}  impact {p.AnnualCost.Impact:P2}/yr  total {p.AnnualCost.Total:P2}/yr");
        // Impact grows with size everywhere; the net Sharpe falls with it until costs swamp the edge (past ~$100M the
        // series is mostly cost, and a Sharpe of nearly constant losses stops moving much).
        for (int i = 1; i < result.Capacity.Count; i++) Assert.True(result.Capacity[i].AnnualCost.Impact > result.Capacity[i - 1].AnnualCost.Impact);
        for (int i = 1; i < result.Capacity.Count && result.Capacity[i].Capital <= 1e8; i++) Assert.True(result.Capacity[i].NetSharpe < result.Capacity[i - 1].NetSharpe);
        Assert.True(result.Capacity[0].NetSharpe > 0 && result.Capacity[^1].NetSharpe < 0);
        Assert.True(result.Run.Costs.Impact > 0 && result.Run.Costs.Spread > 0 && result.Run.Costs.Commission > 0 && result.Run.Costs.Borrow > 0);

        var free = CostedPortfolio.Run(sample.Panel, weights, 1e7, MarketCostModel.Zero);
        for (int d = 0; d < free.Dates.Length - 1; d++) Assert.Equal(free.Gross[d], free.Net[d], 12);
    }
}
