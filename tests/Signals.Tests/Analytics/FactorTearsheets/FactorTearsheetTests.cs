using Signals.Analytics;
using Signals.Analytics.FactorTearsheets;
using Signals.Data;
using Signals.SampleData;
using Signals.Tests.SampleData;
using Xunit.Abstractions;

namespace Signals.Tests.Analytics.FactorTearsheets;

public sealed class FactorTearsheetTests(ITestOutputHelper output)
{
    [Fact]
    public void Overlapping_cohorts_are_averaged_day_by_day()
    {
        // Two symbols; day 0 puts A on top, day 1 puts B on top. With h = 2, day 1's top return averages the cohort
        // opened on day 0 (A) and the one opened on day 1 (B).
        var dates = TinyPanels.Weekdays(3);
        var factor = new Panel(dates, ["A", "B"], [1, 0, 0, 1, 1, 0]);
        var oneDay = new Panel(dates, ["A", "B"], [0.01, -0.02, 0.03, 0.05, double.NaN, double.NaN]);
        var membership = QuantileMembership.Assign(factor, 2);
        Assert.Equal([1, 0, 0, 1, 1, 0], membership);
        var growth = QuantileMembership.CohortGrowth(membership, oneDay, 2, 2);
        Assert.Equal(1.01, growth[1][0], 12);
        Assert.Equal(1.01 * (1 + (0.03 + 0.05) / 2), growth[1][1], 12);
        var turnover = QuantileMembership.Turnover(membership, 3, 2, 2);
        Assert.Equal(1.0, turnover[1][1]);
    }

    [Fact]
    public void On_the_sample_the_planted_tone_ranks_returns_and_every_figure_has_data()
    {
        var sample = CommittedSample.Load();
        var tone = SampleTruth.ToneByDecisionDay(sample.News, sample.Truth, sample.Panel.Close, sample.Calendar);
        var sectors = sample.Panel.Symbols.Select(s => sample.Universe.Single(u => u.Symbol == s).Sector).ToArray();
        var result = FactorTearsheet.Compute(tone, sample.Panel, new FactorTearsheetOptions { Groups = sectors });
        foreach (var ic in result.Ic) output.WriteLine($"h={ic.Horizon,2} IC {ic.Mean:+0.0000} NW t {ic.NeweyWestTStat:0.0}");
        Assert.Equal([1, 5, 10, 20], result.Ic.Select(i => i.Horizon));
        Assert.True(result.Ic[0].Mean > 0.03 && result.Ic[0].TStat > 5);
        var h1 = result.ByHorizon[0];
        Assert.True(h1.MeanReturn[^1] > h1.MeanReturn[0]);
        Assert.True(h1.Cumulative[^1][^1] > h1.Cumulative[0][^1]);
        Assert.All(h1.StdErr, se => Assert.True(se > 0));
        Assert.Equal(6, result.IcByGroup.Count);
        Assert.Equal(5, result.MonthlyIcYears.Length);
        Assert.Equal(result.QqSample.Length, result.QqTheoretical.Length);
        Assert.All(result.QuantileTurnover.SelectMany(t => t.Skip(1)).Where(double.IsFinite), t => Assert.InRange(t, 0, 1));
        // Net is gross less costs on every day with a spread.
        for (int d = 0; d < result.Dates.Length; d++)
            if (double.IsFinite(result.SpreadGross[d])) Assert.True(result.SpreadNet[d] <= result.SpreadGross[d]);
    }
}
