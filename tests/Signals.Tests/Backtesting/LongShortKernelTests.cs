using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;

namespace Signals.Tests.Backtesting;

public class LongShortKernelTests
{
    [Theory]
    [InlineData(FillTiming.NextOpen, Sizing.Fractional, DecisionTiming.Open)]
    [InlineData(FillTiming.NextOpen, Sizing.WholeShares, DecisionTiming.Open)]
    [InlineData(FillTiming.NextOpen, Sizing.Fractional, DecisionTiming.Close)]
    [InlineData(FillTiming.Close, Sizing.Fractional, DecisionTiming.Close)]
    [InlineData(FillTiming.Close, Sizing.WholeShares, DecisionTiming.Open)]
    public void The_fast_kernel_gives_the_general_engines_equity_bit_for_bit(FillTiming fill, Sizing sizing, DecisionTiming timing)
    {
        var prices = TestMarkets.RandomWalk(symbols: 30, days: 250, seed: 3, missing: 0.02);
        var daily = DailySentiment.Build(TestMarkets.RandomNews(prices, seed: 4, rate: 0.2), prices.Dates, prices.Symbols, timing);
        var options = new BacktestOptions { Fill = fill, Sizing = sizing, Costs = new CostModel(1.5, 0.005, 2, 75) };

        var engine = Backtester.Run(prices, new SentimentLongShort(daily.DecayedMean(4), timing, 0.2), options);
        var kernel = new LongShortKernel(prices, daily);
        var summary = kernel.Run(halfLifeDays: 4, quantile: 0.2, options);

        Assert.Equal(engine.Equity, kernel.Equity);
        Assert.Equal(engine.Turnover, kernel.Turnover);
        Assert.Equal(engine.Costs, summary.Costs);
        Assert.Equal(BacktestMath.Sharpe(engine.Equity), summary.Sharpe);
        Assert.Equal(BacktestMath.MaxDrawdown(engine.Equity), summary.MaxDrawdown);
        Assert.True(engine.Trades.Count > 50);
    }

    [Fact]
    public void A_kernel_can_be_reused_and_gives_the_same_answer_again()
    {
        var prices = TestMarkets.RandomWalk(symbols: 20, days: 120, seed: 5);
        var daily = DailySentiment.Build(TestMarkets.RandomNews(prices, seed: 6), prices.Dates, prices.Symbols);
        var kernel = new LongShortKernel(prices, daily);
        var options = new BacktestOptions { Sizing = Sizing.Fractional };
        var first = kernel.Run(2, 0.2, options);
        kernel.Run(10, 0.4, options with { Costs = CostModel.Zero });
        Assert.Equal(first, kernel.Run(2, 0.2, options));
    }

    [Fact]
    public void Quantile_selection_takes_k_per_side_skips_missing_and_breaks_ties_by_index()
    {
        double[] row = [5, double.NaN, 1, 3, 3, 3, 9, 0, 3, 3, 7];   // 10 valid → k = 2 at 0.2
        var bottom = new int[row.Length]; var top = new int[row.Length]; var scratch = new double[3 * row.Length];
        Assert.Equal(2, QuantileSelector.Select(row, 0.2, bottom, top, scratch));
        Assert.Equal([2, 7], bottom[..2].Order());
        Assert.Equal([6, 10], top[..2].Order());

        double[] equal = [1, 1, 1, 1, 1];
        int k = QuantileSelector.Select(equal, 0.4, bottom, top, scratch);
        Assert.Equal(2, k);
        Assert.Equal([0, 1], bottom[..2].Order());   // ties: lowest indices short, highest long, never both
        Assert.Equal([3, 4], top[..2].Order());
    }

    [Fact]
    public void Quantile_selection_agrees_with_sorting_on_random_rows_with_ties_and_gaps()
    {
        var rng = new Random(17);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = rng.Next(1, 700);
            var row = new double[n];
            for (int s = 0; s < n; s++)
                row[s] = rng.NextDouble() < 0.1 ? double.NaN : Math.Round(rng.NextDouble() * (trial % 3 == 0 ? 5 : 1000)) / 10;
            double q = new[] { 0.05, 0.1, 0.2, 0.33, 0.5 }[trial % 5];
            var bottom = new int[n]; var top = new int[n]; var scratch = new double[3 * n];
            int k = QuantileSelector.Select(row, q, bottom, top, scratch);

            // Reference: order valid names by (value, index); the first k are the bottom, the last k the top.
            var ordered = Enumerable.Range(0, n).Where(s => !double.IsNaN(row[s])).OrderBy(s => row[s]).ThenBy(s => s).ToArray();
            Assert.Equal((int)Math.Floor(q * ordered.Length + 1e-9), k);
            Assert.Equal(ordered.Take(k).Order(), bottom[..k].Order());
            Assert.Equal(ordered.TakeLast(k).Order(), top[..k].Order());
        }
    }
}
