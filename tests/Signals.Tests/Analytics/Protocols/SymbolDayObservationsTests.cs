using Signals.Analytics;
using Signals.Analytics.Protocols;
using Signals.Data;
using Signals.Features;
using Signals.Tests.Analytics.EventStudies;
using Signals.Tests.SampleData;

namespace Signals.Tests.Analytics.Protocols;

/// <summary>The Lopez-Lira &amp; Tang observations held as columns read back as the objects the protocol used to build.</summary>
public sealed class SymbolDayObservationsTests
{
    /// <summary>The symbol-days as the protocol listed them before its columns: the mean panel against next open-to-open returns, panel order.</summary>
    private static List<SymbolDayObservation> ObjectForm(BarPanel prices, IEnumerable<ScoredHeadline> headlines)
    {
        var mean = DailySentiment.Build(headlines, prices.Dates, prices.Symbols, DecisionTiming.Open).Mean();
        var next = ForwardReturns.Compute(prices, 1, ForwardReturnBasis.Open);
        var list = new List<SymbolDayObservation>();
        for (int d = 0; d < prices.DayCount; d++)
            for (int s = 0; s < prices.SymbolCount; s++)
                if (double.IsFinite(mean[d, s]) && double.IsFinite(next[d, s]))
                    list.Add(new SymbolDayObservation(prices.Dates[d], prices.Symbols[s], mean[d, s], next[d, s]));
        return list;
    }

    [Fact]
    public void Sample_observations_equal_the_object_form_element_by_element_and_fit_the_same()
    {
        var sample = CommittedSample.Load();
        var headlines = EventStudyTests.TrueToneHeadlines(sample);
        var expected = ObjectForm(sample.Panel, headlines);

        var result = LopezLiraTang.Run(sample.Panel, headlines);

        Assert.IsType<SymbolDayObservations>(result.Observations);
        Assert.Equal(expected.Count, result.Observations.Count);
        for (int i = 0; i < expected.Count; i++) Assert.Equal(expected[i], result.Observations[i]);
        Assert.Equal(expected, result.Observations.ToList());                     // the enumerator reads the same rows
        var days = sample.Panel.Dates.Select((d, i) => (d, i)).ToDictionary(t => t.d, t => t.i);
        Assert.Equal(DayFixedEffectsRegression.Fit(expected.Select(o => new PooledObservation(days[o.Date], o.Score, o.NextReturn)).ToList()), result.Regression);
    }

    [Fact]
    public void Missing_prices_and_the_last_day_leave_no_observation()
    {
        var prices = AnalyticsFixtures.RandomBars(12, 4, seed: 5);
        prices.Open[3, 1] = double.NaN;                                 // no return into or out of day 3 for S001
        var headlines = new List<ScoredHeadline>();
        for (int d = 0; d < prices.DayCount; d++)
            for (int s = 0; s < prices.SymbolCount; s++)
                headlines.Add(new ScoredHeadline($"{d}-{s}", new DateTimeOffset(prices.Dates[d].ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(-5)),
                    [prices.Symbols[s]], (d * 7 + s * 3) % 5 / 2.0 - 1));
        var expected = ObjectForm(prices, headlines);

        var observed = LopezLiraTang.Run(prices, headlines).Observations;

        Assert.Equal(expected, observed.ToList());
        Assert.DoesNotContain(observed, o => o.Date == prices.Dates[^1]);
        Assert.DoesNotContain(observed, o => o.Symbol == "S001" && (o.Date == prices.Dates[2] || o.Date == prices.Dates[3]));
        Assert.Contains(observed, o => o.Score == 0);                   // a neutral mean is an observation, not a gap
    }

    [Fact]
    public void No_headlines_give_no_observations_and_an_undefined_fit()
    {
        var prices = AnalyticsFixtures.RandomBars(10, 3, seed: 2);

        var result = LopezLiraTang.Run(prices, []);

        Assert.Empty(result.Observations);
        Assert.False(result.Regression.IsDefined);
    }

    [Fact]
    public void Reading_past_the_end_throws_as_a_list_does()
    {
        var store = new SymbolDayObservations([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3)], ["A", "B"], [3], [0.5], [0.01]);

        Assert.Equal(new SymbolDayObservation(new DateOnly(2024, 1, 3), "B", 0.5, 0.01), store[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => store[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => store[-1]);
    }

    [Fact]
    public void Columns_of_different_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SymbolDayObservations([new DateOnly(2024, 1, 2)], ["A"], [0, 0], [0.5], [0.01, 0.02]));
    }
}
