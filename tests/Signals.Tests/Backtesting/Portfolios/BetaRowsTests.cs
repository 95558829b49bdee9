using Signals.Backtesting.Portfolios;
using Signals.Data;

namespace Signals.Tests.Backtesting.Portfolios;

/// <summary>Betas read a day at a time are the panel's, bit for bit, and a beta-neutral book built from them is the same book.</summary>
public sealed class BetaRowsTests
{
    private static long[] Bits(ReadOnlySpan<double> values) => [.. values.ToArray().Select(BitConverter.DoubleToInt64Bits)];

    [Fact]
    public void Rows_a_day_at_a_time_equal_the_panel_bit_for_bit_with_gaps_in_the_prices()
    {
        // 13 symbols: the vector lanes and the one-cell tail both run; some prices missing.
        var prices = TestMarkets.RandomWalk(symbols: 13, days: 150, seed: 5, missing: 0.02);
        var panel = RollingBeta.Compute(prices, window: 20);
        var rows = new RollingBetaRows(prices, 20, null);
        var row = new double[prices.SymbolCount];
        int finite = 0;
        for (int d = 0; d < prices.DayCount; d++)
        {
            rows.Next(d, row);
            Assert.Equal(Bits(panel.Row(d)), Bits(row));
            finite += row.Count(double.IsFinite);
        }
        Assert.True(finite > 1000);
        Assert.Throws<InvalidOperationException>(() => rows.Next(3, row));
    }

    [Fact]
    public void A_beta_neutral_book_without_the_beta_panel_is_the_same_book()
    {
        var prices = TestMarkets.RandomWalk(symbols: 11, days: 160, seed: 9);
        var signal = new Panel(prices.Dates, prices.Symbols);
        var random = new Random(3);
        for (int i = 0; i < signal.Values.Length; i++) signal.Values[i] = random.NextDouble() - 0.5;
        foreach (var options in new[]
        {
            new RiskPortfolioOptions { BetaNeutral = true, BetaWindow = 20 },
            new RiskPortfolioOptions { BetaNeutral = true, BetaWindow = 20, TargetAnnualVolatility = 0.1, TurnoverBand = 0.01 },
        })
        {
            var kept = RiskPortfolio.Build(prices, signal, options, sigma: null, keepBeta: true);
            var lean = RiskPortfolio.Build(prices, signal, options, sigma: null, keepBeta: false);

            Assert.NotNull(kept.Beta);
            Assert.Null(lean.Beta);
            Assert.Equal(Bits(kept.Weights.Values), Bits(lean.Weights.Values));
            Assert.Equal(Bits(kept.BetaExposure), Bits(lean.BetaExposure));
            Assert.Contains(kept.BetaExposure, double.IsFinite);
            Assert.Equal(Bits(kept.Turnover), Bits(lean.Turnover));
        }
    }
}
