using Signals.Data;
using Signals.Features;
using Signals.Sentiment;

namespace Signals.Tests.Features;

/// <summary>Which decision day a headline lands on, and what the aggregates do with it.</summary>
public class AlignmentTests
{
    // Mon 4 Mar .. Fri 8 Mar 2024 and Mon 11 Mar (EST, UTC−5: before the 10 Mar DST change).
    private static readonly DateOnly[] Days =
        [new(2024, 3, 4), new(2024, 3, 5), new(2024, 3, 6), new(2024, 3, 7), new(2024, 3, 8), new(2024, 3, 11)];
    private static readonly string[] Symbols = ["AAA", "BBB"];
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5);

    private static ScoredHeadline At(int day, int month, int hour, int minute, int second, double score = 0.5, string symbol = "AAA") =>
        new($"{month}-{day}-{hour}{minute}{second}-{symbol}-{score}", new DateTimeOffset(2024, month, day, hour, minute, second, Est), [symbol], score);

    private static int DayOf(ScoredHeadline h, DecisionTiming timing = DecisionTiming.Open, TimeOnly? cutoff = null)
    {
        var a = HeadlineAlignment.Align([h], Days, Symbols, timing, out int dropped, cutoff);
        return dropped == 1 ? -1 : Assert.Single(a).Day;
    }

    [Fact]
    public void Open_timing_one_second_before_the_open_is_that_day_at_the_open_is_the_next()
    {
        Assert.Equal(1, DayOf(At(5, 3, 9, 29, 59)));   // Tue 09:29:59 → Tue open
        Assert.Equal(2, DayOf(At(5, 3, 9, 30, 0)));    // Tue 09:30:00 → Wed open
    }

    [Fact]
    public void After_the_close_and_over_the_weekend_news_waits_for_the_next_trading_open()
    {
        Assert.Equal(2, DayOf(At(5, 3, 17, 0, 0)));    // Tue after the close → Wed
        Assert.Equal(5, DayOf(At(8, 3, 16, 30, 0)));   // Fri evening → Mon
        Assert.Equal(5, DayOf(At(9, 3, 12, 0, 0)));    // Saturday → Mon
        Assert.Equal(5, DayOf(At(10, 3, 23, 0, 0)));   // Sunday night → Mon
    }

    [Fact]
    public void A_utc_timestamp_is_placed_by_new_york_time()
    {
        // 14:29:59Z = 09:29:59 EST; 14:30Z = 09:30 EST.
        var before = new ScoredHeadline("u1", new DateTimeOffset(2024, 3, 5, 14, 29, 59, TimeSpan.Zero), ["AAA"], 1);
        var at = new ScoredHeadline("u2", new DateTimeOffset(2024, 3, 5, 14, 30, 0, TimeSpan.Zero), ["AAA"], 1);
        Assert.Equal(1, DayOf(before));
        Assert.Equal(2, DayOf(at));
    }

    [Fact]
    public void Close_timing_uses_the_cutoff()
    {
        var cutoff = new TimeOnly(15, 45);
        Assert.Equal(1, DayOf(At(5, 3, 15, 44, 59), DecisionTiming.Close, cutoff));
        Assert.Equal(2, DayOf(At(5, 3, 15, 45, 0), DecisionTiming.Close, cutoff));
        Assert.Equal(1, DayOf(At(5, 3, 10, 0, 0), DecisionTiming.Close, cutoff));   // intraday news is usable at that close
    }

    [Fact]
    public void News_outside_the_panel_or_for_other_symbols_is_dropped_and_counted()
    {
        var thursdayBefore = new ScoredHeadline("early", new DateTimeOffset(2024, 2, 29, 12, 0, 0, Est), ["AAA"], 1);
        Assert.Equal(-1, DayOf(thursdayBefore));                       // decision Fri 1 Mar: before the panel
        Assert.Equal(0, DayOf(At(1, 3, 12, 0, 0)));                    // Fri 1 Mar noon → Mon 4 Mar open, the first day
        Assert.Equal(-1, DayOf(At(11, 3, 12, 0, 0)));                  // after the last day's open → beyond the panel
        Assert.Equal(-1, DayOf(At(5, 3, 8, 0, 0, symbol: "ZZZ")));
    }

    [Fact]
    public void Daily_aggregates_mean_sum_count_and_confidence_weighting()
    {
        var news = new[]
        {
            At(5, 3, 8, 0, 0, 0.6) with { Confidence = 1.0 },
            At(5, 3, 9, 0, 0, -0.2) with { Confidence = 0.5 },
            At(4, 3, 18, 0, 0, 0.4, "BBB"),
        };
        var daily = DailySentiment.Build(news, Days, Symbols);
        Assert.Equal(2, daily.Count[1, 0]);
        Assert.Equal(0.4, daily.Sum[1, 0], 12);
        Assert.Equal(0.2, daily.Mean()[1, 0], 12);
        Assert.Equal((0.6 - 0.1) / 1.5, daily.ConfidenceWeightedMean()[1, 0], 12);
        Assert.Equal(0.4, daily.Mean()[1, 1], 12);   // Monday evening → Tuesday open
        Assert.True(double.IsNaN(daily.Mean()[0, 0]));  // no news is missing, not neutral
        Assert.Equal(0, daily.Count[0, 0]);
    }

    [Fact]
    public void Failed_and_skipped_scores_are_excluded_not_zeros()
    {
        var items = new[]
        {
            new NewsItem("a", new DateTimeOffset(2024, 3, 5, 8, 0, 0, Est), ["AAA"], "good"),
            new NewsItem("b", new DateTimeOffset(2024, 3, 5, 8, 1, 0, Est), ["AAA"], "timeout"),
            new NewsItem("c", new DateTimeOffset(2024, 3, 5, 8, 2, 0, Est), ["AAA"], "not reached"),
        };
        var results = new[]
        {
            new SentimentResult { Id = "a", Score = 0.8, Confidence = 0.9 },
            new SentimentResult { Id = "b", Status = ScoreStatus.Failed, Error = "timeout" },
            new SentimentResult { Id = "c", Status = ScoreStatus.Skipped },
        };
        var scored = ScoredHeadline.Join(items, results);
        var daily = DailySentiment.Build(scored, Days, Symbols);
        Assert.Equal("a", Assert.Single(scored).Id);
        Assert.Equal(1, daily.Count[1, 0]);
        Assert.Equal(0.8, daily.Mean()[1, 0], 12);
    }

    [Fact]
    public void Decay_carries_past_news_forward_and_never_pulls_future_news_back()
    {
        var news = new[] { At(5, 3, 8, 0, 0, 1.0), At(7, 3, 8, 0, 0, -1.0) };   // Tue and Thu before the open
        var decayed = DailySentiment.Build(news, Days, Symbols).DecayedMean(halfLifeDays: 1);

        Assert.True(double.IsNaN(decayed[0, 0]));            // Monday: nothing known yet
        Assert.Equal(1.0, decayed[1, 0], 12);
        Assert.Equal(1.0, decayed[2, 0], 12);                // carried, and only Tuesday's news is in it
        Assert.Equal((0.25 * 1 - 1) / (0.25 + 1), decayed[3, 0], 12);
        Assert.Equal((0.125 * 1 - 0.5) / (0.125 + 0.5), decayed[4, 0], 12);
        Assert.True(double.IsNaN(decayed[5, 1]));            // BBB never had news

        var changedLater = DailySentiment.Build([news[0], At(7, 3, 8, 0, 0, 0.3)], Days, Symbols).DecayedMean(1);
        for (int d = 0; d <= 2; d++) Assert.Equal(decayed[d, 0], changedLater[d, 0]);
    }

    [Fact]
    public void Surprise_compares_today_with_the_trailing_window_only()
    {
        var values = new Panel(Days, ["X"], [1, 2, 3, 10, 100, 0]);
        var z = SentimentSurprise.Compute(values, window: 3, minPeriods: 3);
        Assert.True(double.IsNaN(z[2, 0]));                   // only two past values
        Assert.Equal((10 - 2) / 1.0, z[3, 0], 12);            // past 1, 2, 3: mean 2, sd 1
        double mean = 5, sd = Math.Sqrt(((2 - 5.0) * (2 - 5) + (3 - 5.0) * (3 - 5) + (10 - 5.0) * (10 - 5)) / 2);
        Assert.Equal((100 - mean) / sd, z[4, 0], 12);
    }
}
