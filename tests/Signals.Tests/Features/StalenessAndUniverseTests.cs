using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;
using Signals.Tests.Backtesting;

namespace Signals.Tests.Features;

public sealed class StalenessAndUniverseTests
{
    [Fact]
    public void A_name_whose_only_headline_is_a_year_old_holds_nothing()
    {
        var prices = TestMarkets.RandomWalk(symbols: 2, days: 300, seed: 3);
        // S000: one glowing headline on day 5 and nothing after; S001: no news at all.
        var news = new List<ScoredHeadline> { new("only", new DateTimeOffset(prices.Dates[5].ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(-5)), ["S000"], 0.9) };
        var daily = DailySentiment.Build(news, prices.Dates, prices.Symbols);
        var forever = daily.DecayedMean(3);
        var expiring = SignalStaleness.Expire(forever, daily.Count, maxAgeDays: 10);

        Assert.Equal(0.9, forever[299, 0], 12);                  // without the rule a year-old headline still speaks
        Assert.Equal(0.9, expiring[5, 0], 12);
        Assert.Equal(0.9, expiring[14, 0], 12);                  // 9 days without news: still live
        Assert.True(double.IsNaN(expiring[15, 0]));              // the 10th day without news: expired
        Assert.True(double.IsNaN(expiring[299, 0]));

        var options = new BacktestOptions { Sizing = Sizing.Fractional };
        var stale = Backtester.Run(prices, new SentimentThreshold(forever, DecisionTiming.Open, 0.2, -0.2, units: ThresholdUnits.Absolute), options);
        var fresh = Backtester.Run(prices, new SentimentThreshold(expiring, DecisionTiming.Open, 0.2, -0.2, units: ThresholdUnits.Absolute), options);
        Assert.NotEqual(0, stale.Positions[280, 0]);
        Assert.Equal(0, fresh.Positions[280, 0]);
        Assert.Equal(0, fresh.GrossExposure[280]);
    }

    [Fact]
    public void A_new_headline_revives_the_signal()
    {
        var prices = TestMarkets.RandomWalk(symbols: 1, days: 60, seed: 3);
        DateTimeOffset At(int d) => new(prices.Dates[d].ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(-5));
        var news = new List<ScoredHeadline> { new("a", At(2), ["S000"], 0.5), new("b", At(40), ["S000"], -0.5) };
        var daily = DailySentiment.Build(news, prices.Dates, prices.Symbols);
        var signal = SignalStaleness.Expire(daily.DecayedMean(3), daily.Count, 5);
        Assert.Equal([1, 1, 1, 1, 1, 0, 0], Enumerable.Range(2, 7).Select(d => double.IsFinite(signal[d, 0]) ? 1 : 0));
        Assert.True(double.IsFinite(signal[40, 0]));
        Assert.Equal(1, SignalStaleness.Coverage(signal)[41]);
        Assert.Equal(0, SignalStaleness.Coverage(signal)[39]);
    }

    [Fact]
    public void The_universe_filter_reads_only_the_previous_close()
    {
        var prices = TestMarkets.Bars(["CHEAP", "DEAR"], [[1, 1, 1, 9, 9], [50, 50, 50, 50, 50]], [[1, 1, 1, 9, 9], [50, 50, 50, 50, 50]]);
        var signal = new Panel(prices.Dates, prices.Symbols, Enumerable.Repeat(0.5, 10).ToArray());
        var filtered = UniverseFilter.Apply(signal, prices, new UniverseRules { MinPrice = 5, MinHistoryDays = 2 });
        // Day 0: nothing known. Day 1: one day of history (< 2). CHEAP passes on day 4, once day 3's close of 9 is known.
        Assert.Equal([false, false, false, false, true], Enumerable.Range(0, 5).Select(d => double.IsFinite(filtered[d, 0])));
        Assert.Equal([false, false, true, true, true], Enumerable.Range(0, 5).Select(d => double.IsFinite(filtered[d, 1])));

        var liquid = UniverseFilter.Apply(signal, prices, new UniverseRules { MinDollarVolume = 1e12 });
        Assert.All(liquid.Values, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void The_long_short_is_flat_on_days_with_too_few_names_a_side()
    {
        var prices = TestMarkets.RandomWalk(symbols: 10, days: 80, seed: 5);
        var news = TestMarkets.RandomNews(prices, seed: 6);
        var signal = DailySentiment.Build(news, prices.Dates, prices.Symbols).DecayedMean(3);
        var options = new BacktestOptions { Sizing = Sizing.Fractional };
        var two = Backtester.Run(prices, new SentimentLongShort(signal, DecisionTiming.Open, 0.2, 1, minNamesPerSide: 2), options);
        var three = Backtester.Run(prices, new SentimentLongShort(signal, DecisionTiming.Open, 0.2, 1, minNamesPerSide: 3), options);
        Assert.Contains(two.GrossExposure, g => g > 0.9);        // 10 names × 0.2 = 2 a side: trades
        Assert.All(three.GrossExposure, g => Assert.Equal(0, g)); // never 3 a side: always flat
    }
}
