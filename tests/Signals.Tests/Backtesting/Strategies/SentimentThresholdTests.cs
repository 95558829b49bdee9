using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;

namespace Signals.Tests.Backtesting.Strategies;

public class SentimentThresholdTests
{
    /// <summary>Scores like a day's mean over many headlines: small (|score| ≈ 0.02), one name a day on average standing out.</summary>
    private static Panel SmallScores(BarPanel prices, int seed)
    {
        var rng = new Random(seed);
        var scores = new Panel(prices.Dates, prices.Symbols);
        for (int i = 0; i < scores.Values.Length; i++) scores.Values[i] = 0.02 * TestMarkets.Normal(rng);
        return scores;
    }

    [Fact]
    public void On_small_averaged_scores_the_absolute_default_never_fires_and_the_z_score_default_does()
    {
        var prices = TestMarkets.RandomWalk(symbols: 10, days: 250, seed: 51);
        var scores = SmallScores(prices, 52);
        var options = new BacktestOptions { Sizing = Sizing.Fractional };

        var absolute = Backtester.Run(prices, new SentimentThreshold(scores, DecisionTiming.Open, 0.2, -0.2, units: ThresholdUnits.Absolute), options);
        var z = Backtester.Run(prices, StrategyRegistry.Create("sentiment-threshold", new StrategySettings(), prices.SymbolCount, scores), options);

        Assert.Equal(0, absolute.DaysTraded);
        Assert.Empty(absolute.Trades);
        Assert.True(z.DaysTraded > 200, $"{z.DaysTraded} days traded");
        Assert.True(z.DaysInMarket > 200);
        Assert.Equal("zscore", z.StrategyParameters["units"]);
    }

    [Fact]
    public void A_z_score_is_the_distance_from_the_trailing_window_mean_in_trailing_standard_deviations()
    {
        var prices = TestMarkets.RandomWalk(symbols: 8, days: 120, seed: 53);
        var scores = SmallScores(prices, 54);
        var (mean, std) = SentimentThreshold.TrailingMoments(scores, window: 10);
        for (int r = 0; r < prices.DayCount; r++)
        {
            var window = Enumerable.Range(Math.Max(0, r - 9), Math.Min(10, r + 1)).SelectMany(d => scores.Row(d).ToArray()).ToArray();
            if (window.Length < SentimentThreshold.MinObservations) { Assert.True(double.IsNaN(mean[r]) && double.IsNaN(std[r])); continue; }
            double m = window.Average();
            Assert.Equal(m, mean[r], 12);
            Assert.Equal(Math.Sqrt(window.Sum(v => (v - m) * (v - m)) / (window.Length - 1)), std[r], 12);
        }

        // A constant signal has no spread: no z-score, nothing traded (rounding must not make one up).
        var constant = new Panel(prices.Dates, prices.Symbols);
        Array.Fill(constant.Values, 0.1);
        var (_, flatStd) = SentimentThreshold.TrailingMoments(constant, 10);
        Assert.All(flatStd, s => Assert.True(double.IsNaN(s)));
        var run = Backtester.Run(prices, new SentimentThreshold(constant, DecisionTiming.Open), new BacktestOptions { Sizing = Sizing.Fractional });
        Assert.Equal(0, run.DaysTraded);
    }

    [Fact]
    public void The_z_score_of_a_day_reads_no_later_row()
    {
        var prices = TestMarkets.RandomWalk(symbols: 8, days: 150, seed: 55);
        var scores = SmallScores(prices, 56);
        var changed = new Panel(prices.Dates, prices.Symbols, (double[])scores.Values.Clone());
        for (int d = 100; d < prices.DayCount; d++) changed.Row(d).Fill(5.0);   // a wild future
        var (mean, std) = SentimentThreshold.TrailingMoments(scores, 63);
        var (mean2, std2) = SentimentThreshold.TrailingMoments(changed, 63);
        Assert.Equal(mean.AsSpan(0, 100).ToArray(), mean2.AsSpan(0, 100).ToArray());
        Assert.Equal(std.AsSpan(0, 100).ToArray(), std2.AsSpan(0, 100).ToArray());

        var options = new BacktestOptions { Sizing = Sizing.Fractional };
        var a = Backtester.Run(prices, new SentimentThreshold(scores, DecisionTiming.Open), options);
        var b = Backtester.Run(prices, new SentimentThreshold(changed, DecisionTiming.Open), options);
        Assert.Equal(a.Equity.AsSpan(0, 100).ToArray(), b.Equity.AsSpan(0, 100).ToArray());
    }

    [Fact]
    public void The_absolute_form_keeps_its_old_meaning()
    {
        var prices = TestMarkets.RandomWalk(symbols: 3, days: 30, seed: 57);
        var scores = new Panel(prices.Dates, prices.Symbols);
        Array.Fill(scores.Values, double.NaN);
        scores[4, 0] = 0.5; scores[4, 1] = -0.5; scores[4, 2] = 0.1;
        var strategy = new SentimentThreshold(scores, DecisionTiming.Open, 0.2, -0.2, units: ThresholdUnits.Absolute);
        var run = Backtester.Run(prices, strategy, new BacktestOptions { Sizing = Sizing.Fractional, Fill = FillTiming.Close });
        Assert.True(run.Weights[4, 0] > 0.3 && run.Weights[4, 1] < -0.3);
        Assert.Equal(0, run.Weights[4, 2]);
        Assert.Equal(2, run.DaysTraded);                         // opened on day 4, closed on day 5 (no score known after)
        Assert.Equal(0.2, strategy.Parameters["longThreshold"]);
    }
}
