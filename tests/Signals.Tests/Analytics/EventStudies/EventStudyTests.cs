using Signals.Analytics.EventStudies;
using Signals.Data;
using Signals.Features;
using Signals.Tests.SampleData;
using Xunit.Abstractions;

namespace Signals.Tests.Analytics.EventStudies;

public sealed class EventStudyTests(ITestOutputHelper output)
{
    internal static List<ScoredHeadline> TrueToneHeadlines(CommittedSample sample) =>
        sample.News.Select(n => new ScoredHeadline(n.Id, n.Published, n.Symbols, sample.Truth[n.Id].Tone)).ToList();

    [Fact]
    public void Recovers_the_planted_drift_on_the_sample_positive_rises_negative_falls_over_days_1_to_5()
    {
        var sample = CommittedSample.Load();
        var result = EventStudy.Run(sample.Panel, TrueToneHeadlines(sample));
        var pos = result.Bucket("positive");
        var neg = result.Bucket("negative");
        var neutral = result.Bucket("neutral");
        foreach (var b in result.Buckets)
            output.WriteLine($"{b.Name,-8} n={b.Count,5} " + string.Join(" ", Enumerable.Range(0, 7).Select(k => $"{k}:{b.Car[result.IndexOf(k)]:+0.00000;-0.00000}(t {b.TStat[result.IndexOf(k)]:0.0})")));

        Assert.Equal(Enumerable.Range(-10, 31), result.Offsets);
        Assert.True(pos.Count > 5000 && neg.Count > 3000 && neutral.Count > 5000);
        // Weights 0.45, 0.25, 0.15, 0.10 on days 1..4 rise above the noise; day 5's 0.05 does not, so it is checked against day 2.
        for (int k = 1; k <= 4; k++)
        {
            Assert.True(pos.Car[result.IndexOf(k)] > pos.Car[result.IndexOf(k - 1)], $"positive CAR should rise into day {k}");
            Assert.True(neg.Car[result.IndexOf(k)] < neg.Car[result.IndexOf(k - 1)], $"negative CAR should fall into day {k}");
        }
        Assert.True(pos.Car[result.IndexOf(5)] > pos.Car[result.IndexOf(2)] && neg.Car[result.IndexOf(5)] < neg.Car[result.IndexOf(2)]);
        Assert.True(pos.TStat[result.IndexOf(5)] > 4);
        Assert.True(neg.TStat[result.IndexOf(5)] < -4);
        // The planted drift is 0.9 % per unit of tone over five sessions. A headline's path also carries the other
        // headlines of its symbol-day (a beat comes with a raised guidance and upgrades), so the CAR sits between one
        // and a few times 0.9 % × the bucket's mean tone — never below it, and of the same order.
        double expectedPos = 0.009 * pos.MeanScore, expectedNeg = 0.009 * neg.MeanScore;
        Assert.InRange(pos.Car[result.IndexOf(5)], 0.7 * expectedPos, 3 * expectedPos);
        Assert.InRange(neg.Car[result.IndexOf(5)], 3 * expectedNeg, 0.7 * expectedNeg);
        // The untradable jump sits before the decision open: the pre-event path of positive news is below zero.
        Assert.True(pos.Car[result.IndexOf(-1)] < 0 && neg.Car[result.IndexOf(-1)] > 0);
        // Zero-tone news moves nothing after the decision point.
        Assert.InRange(neutral.Car[result.IndexOf(5)], neutral.Lower[result.IndexOf(5)], neutral.Upper[result.IndexOf(5)]);
        Assert.InRange(0.0, neutral.Lower[result.IndexOf(5)], neutral.Upper[result.IndexOf(5)]);
    }

    /// <summary>
    /// Shuffling breaks the link between tone and return, so the buckets no longer differ: positive minus negative
    /// stays inside its 95 % band. (Each bucket alone keeps the small drift every news day has — the sample's news
    /// leans positive — which is why the spread, not each bucket against zero, is the placebo's test.) The bands are
    /// calibrated: over seeds 1–20, 18 kept all five offsets inside and 2 (seeds 4 and 7) had an excursion, about
    /// what five correlated 5 % tests give by chance.
    /// </summary>
    [Fact]
    public void Placebo_shuffled_tones_stay_within_their_bands_after_the_decision_point()
    {
        var sample = CommittedSample.Load();
        var headlines = TrueToneHeadlines(sample);
        var real = EventStudy.Run(sample.Panel, headlines);
        var result = EventStudy.Placebo(sample.Panel, headlines, seed: 1);
        var pos = result.Bucket("positive");
        var neg = result.Bucket("negative");
        for (int k = 1; k <= 5; k++)
        {
            int i = result.IndexOf(k);
            double spread = pos.Car[i] - neg.Car[i], se = Math.Sqrt(pos.StdErr[i] * pos.StdErr[i] + neg.StdErr[i] * neg.StdErr[i]);
            double realSpread = real.Bucket("positive").Car[i] - real.Bucket("negative").Car[i];
            output.WriteLine($"+{k}: placebo spread {spread:+0.00000;-0.00000} ± {1.96 * se:0.00000}, real spread {realSpread:+0.00000;-0.00000}");
            Assert.InRange(spread, -1.96 * se, 1.96 * se);
            Assert.True(realSpread > 4 * se);
        }
    }

    [Fact]
    public void Raw_car_equals_the_price_path_around_one_hand_made_event()
    {
        // One symbol, opens 100, 101, 99, 102, 103, 100; a headline before the open of day 2 (opens 99).
        var panel = TinyPanels.FromOpens([[100, 101, 99, 102, 103, 100]]);
        var published = new DateTimeOffset(panel.Dates[2].ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(-5));
        var result = EventStudy.Run(panel, [new ScoredHeadline("h", published, ["AAA"], 0.8)],
            new EventStudyOptions { Model = AbnormalReturnModel.Raw, Before = 2, After = 3 });
        var b = result.Bucket("positive");
        double r0 = 102.0 / 99 - 1, r1 = 103.0 / 102 - 1, r2 = 100.0 / 103 - 1, rm1 = 99.0 / 101 - 1, rm2 = 101.0 / 100 - 1;
        Assert.Equal(-(rm2 + rm1), b.Car[0], 12);
        Assert.Equal(-rm1, b.Car[1], 12);
        Assert.Equal(0, b.Car[2]);
        Assert.Equal(r0, b.Car[3], 12);
        Assert.Equal(r0 + r1, b.Car[4], 12);
        Assert.Equal(r0 + r1 + r2, b.Car[5], 12);
        Assert.Equal(1, b.Events[5]);
        Assert.Equal(0, result.Bucket("negative").Count);
    }

    [Fact]
    public void Market_model_removes_the_beta_part_and_leaves_the_planted_shock()
    {
        // Stock return = 0.0002 + 1.5 × market on every day except the event day, which adds 3 %.
        var rng = new Random(3);
        int days = 220, eventDay = 200;
        var market = new double[days];
        for (int d = 0; d < days; d++) market[d] = 0.01 * (rng.NextDouble() - 0.5);
        var stock = new double[days];
        var other = new double[days];
        stock[0] = other[0] = 50;
        for (int d = 1; d < days; d++)
        {
            double shock = d - 1 == eventDay ? 0.03 : 0;
            stock[d] = stock[d - 1] * (1 + 0.0002 + 1.5 * market[d - 1] + shock);
            other[d] = other[d - 1] * (1 + market[d - 1]);
        }
        var panel = TinyPanels.FromOpens([stock, other]);
        var published = new DateTimeOffset(panel.Dates[eventDay].ToDateTime(new TimeOnly(7, 0)), TimeSpan.FromHours(-5));
        var options = new EventStudyOptions { Model = AbnormalReturnModel.MarketModel, BenchmarkReturns = market, Before = 3, After = 3 };
        var result = EventStudy.Run(panel, [new ScoredHeadline("h", published, ["AAA"], 0.9)], options);
        var car = result.Bucket("positive").Car;
        Assert.Equal(0, car[result.IndexOf(-3)], 10);
        Assert.Equal(0.03, car[result.IndexOf(1)], 10);
        Assert.Equal(0.03, car[result.IndexOf(3)], 10);
    }

    [Fact]
    public void Quantile_buckets_and_symbol_day_events()
    {
        var sample = CommittedSample.Load();
        var result = EventStudy.Run(sample.Panel, TrueToneHeadlines(sample),
            new EventStudyOptions { Unit = EventUnit.SymbolDay, Buckets = EventBuckets.Quantiles(5) });
        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q5"], result.Buckets.Select(b => b.Name));
        Assert.True(result.Bucket("Q5").MeanScore > result.Bucket("Q1").MeanScore);
        Assert.True(result.Bucket("Q5").Car[result.IndexOf(5)] > result.Bucket("Q1").Car[result.IndexOf(5)]);
        Assert.True(result.EventsUsed < sample.News.Count);   // one event per symbol-day, fewer than headline × symbol pairs
    }
}
