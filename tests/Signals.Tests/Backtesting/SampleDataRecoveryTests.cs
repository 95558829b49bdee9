using Signals.Backtesting.Strategies;
using Signals.Backtesting;
using Signals.SampleData;
using Signals.Data;
using Signals.Features;
using Signals.Numerics;

namespace Signals.Tests.Backtesting;

/// <summary>
/// The committed sample (data/sample, data/README.md) plants a drift of 0.9% per unit of tone over the five sessions
/// from a headline's decision day. Trading the true tone through the honest pipeline — decision point at the next
/// open, decayed per-symbol sentiment, daily quintile long-short, next-open fills — must earn it; the same tones
/// shuffled across headlines (a seeded placebo) must not.
/// </summary>
public class SampleDataRecoveryTests
{
    private static readonly Lazy<(BarPanel Prices, IReadOnlyList<ScoredHeadline> Truth)> Sample = new(() =>
    {
        var prices = PriceCsv.LoadPanel(RepoPaths.Of("data", "sample", "prices.csv"));
        var news = NewsFile.Load(RepoPaths.Of("data", "sample", "news.csv"));
        var truth = SampleTruth.Load(RepoPaths.Of("data", "sample", "news_truth.csv"));
        return (prices, news.Select(n => new ScoredHeadline(n.Id, n.Published, n.Symbols, truth[n.Id].Tone)).ToList());
    });

    internal static BacktestResult LongShort(IReadOnlyList<ScoredHeadline> headlines, CostModel costs, double halfLife = 2, double quantile = 0.2)
    {
        var (prices, _) = Sample.Value;
        var signal = DailySentiment.Build(headlines, prices.Dates, prices.Symbols).DecayedMean(halfLife);
        var options = new BacktestOptions { Sizing = Sizing.Fractional, Costs = costs };
        return Backtester.Run(prices, new SentimentLongShort(signal, DecisionTiming.Open, quantile), options);
    }

    // Measured (seed-42 sample, half-life 2, quintiles of 42 names): +365% over 2020–2024, Sharpe 4.5 before costs;
    // +279%, Sharpe 3.9 with the default costs (1 bp commission, 2 bps slippage, 50 bps/yr borrow).
    [Fact]
    public void Trading_the_true_tone_earns_the_planted_drift_before_costs()
    {
        var result = LongShort(Sample.Value.Truth, CostModel.Zero);
        double totalReturn = result.FinalEquity / result.Options.InitialCash - 1;
        double sharpe = Returns.Sharpe(Returns.FromEquity(result.Equity));
        Assert.True(totalReturn > 1.0, $"total return {totalReturn:P1}");
        Assert.True(sharpe > 2.0, $"Sharpe {sharpe:F2}");
    }

    [Fact]
    public void Shuffled_tones_earn_nothing()
    {
        var truth = Sample.Value.Truth;
        var tones = truth.Select(h => h.Score).ToArray();
        new Random(5).Shuffle(tones);
        var placebo = truth.Select((h, i) => h with { Score = tones[i] }).ToList();
        double sharpe = Returns.Sharpe(Returns.FromEquity(LongShort(placebo, CostModel.Zero).Equity));
        double real = Returns.Sharpe(Returns.FromEquity(LongShort(truth, CostModel.Zero).Equity));
        Assert.True(Math.Abs(sharpe) < 0.8, $"placebo Sharpe {sharpe:F2}");
        Assert.True(real - sharpe > 1.0, $"real {real:F2} vs placebo {sharpe:F2}");
    }
}
