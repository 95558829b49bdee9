using Signals.Data;
using Signals.Features;
using Signals.Tests.Backtesting;

namespace Signals.Tests.Features;

/// <summary>The sums a daily sentiment is built from: confidence panels made on first use, in-place expiry and filtering.</summary>
public sealed class DailySentimentBuildTests
{
    private static readonly DateOnly[] Days = [new(2024, 3, 4), new(2024, 3, 5), new(2024, 3, 6)];
    private static readonly string[] Symbols = ["A", "B"];

    [Fact]
    public void Confidence_panels_built_on_first_use_hold_every_aligned_score_in_order()
    {
        AlignedScore[] aligned = [new(0, 1, 0.5, 0.2), new(2, 0, -0.3, 0.9), new(0, 1, 0.1, 0.7), new(1, 1, 1.0, 0.0)];
        var daily = DailySentiment.FromAligned(aligned, Days, Symbols, DecisionTiming.Open);

        Assert.Equal(0.5 * 0.2 + 0.1 * 0.7, daily.ConfidenceWeightedSum[0, 1]);
        Assert.Equal(0.2 + 0.7, daily.ConfidenceSum[0, 1]);
        Assert.Equal(-0.3 * 0.9, daily.ConfidenceWeightedSum[2, 0]);
        Assert.Equal(0, daily.ConfidenceSum[1, 1]);                                   // a score with no confidence
        Assert.True(double.IsNaN(daily.ConfidenceWeightedMean()[1, 1]));
        Assert.Same(daily.ConfidenceSum, daily.ConfidenceSum);                         // built once
        Assert.Equal(2, daily.Count[0, 1]);
        Assert.Equal(0.6, daily.Sum[0, 1], 15);
    }

    [Fact]
    public void An_aligned_score_outside_the_panel_is_refused_not_written_into_a_neighbouring_cell()
    {
        // Symbol 2 of a 2-symbol panel would land on the next day's first cell if only the flat index were checked.
        AlignedScore[] aligned = [new(0, 2, 0.5, 1)];
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DailySentiment.FromAligned(aligned, Days, Symbols, DecisionTiming.Open));
        Assert.Contains("day 0, symbol 2", error.Message);
    }

    [Fact]
    public void Expiring_in_place_writes_what_the_copying_expiry_returns()
    {
        var prices = TestMarkets.RandomWalk(symbols: 3, days: 80, seed: 11);
        DateTimeOffset At(int d) => new(prices.Dates[d].ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(-5));
        var news = new List<ScoredHeadline> { new("a", At(2), ["S000"], 0.5), new("b", At(30), ["S001"], -0.5), new("c", At(31), ["S000", "S002"], 0.2) };
        var daily = DailySentiment.Build(news, prices.Dates, prices.Symbols);
        var signal = daily.DecayedMean(3);
        var copied = SignalStaleness.Expire(signal, daily.Count, maxAgeDays: 10);

        SignalStaleness.ExpireInPlace(signal, daily.Count, maxAgeDays: 10);

        Assert.Equal(copied.Values, signal.Values);
        Assert.Contains(signal.Values, double.IsNaN);
        Assert.Contains(signal.Values, double.IsFinite);
    }

    [Fact]
    public void Filtering_in_place_writes_what_the_copying_filter_returns()
    {
        var prices = TestMarkets.RandomWalk(symbols: 4, days: 60, seed: 5);
        var signal = new Panel(prices.Dates, prices.Symbols, [.. Enumerable.Range(0, prices.DayCount * prices.SymbolCount).Select(i => Math.Sin(i))]);
        var rules = new UniverseRules { MinHistoryDays = 10, MinPrice = 95 };
        var copied = UniverseFilter.Apply(signal, prices, rules);
        Assert.NotEqual(copied.Values, signal.Values);                                // the copy leaves its input alone

        UniverseFilter.ApplyInPlace(signal, prices, rules);

        Assert.Equal(copied.Values, signal.Values);
    }
}
