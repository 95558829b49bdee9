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
    public void Tied_names_share_one_bucket_whatever_their_symbol_order_and_a_day_without_spread_has_no_spread_return()
    {
        var dates = TinyPanels.Weekdays(3);
        // Day 0: ten names, the bottom three tied across the 20% boundary; day 1: every name the same score.
        double[] day0 = [0.1, 0.1, 0.1, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0], day1 = [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3];
        string[] names = [.. Enumerable.Range(0, 10).Select(i => "S" + i)];
        var factor = new Panel(dates, names, [.. day0, .. day1, .. day0]);
        var membership = QuantileMembership.Assign(factor, 5);
        Assert.Equal([0, 0, 0, 1, 2, 2, 3, 3, 4, 4], membership[..10]);   // the tie run is one bucket, not split by index
        Assert.All(membership[10..20], b => Assert.Equal(2, b));          // no spread: all in the middle, none top or bottom
        var reversed = QuantileMembership.Assign(new Panel(dates, [.. names.Reverse()], [.. day0.Reverse(), .. day1, .. day0.Reverse()]), 5);
        Assert.Equal(membership[..10].Reverse(), reversed[..10]);

        var open = new Panel(dates, names);
        for (int s = 0; s < 10; s++) { open[0, s] = 10 + s; open[1, s] = 11 + s; open[2, s] = 12 + s * s; }
        var prices = new BarPanel(dates, names, open, open, open, open, open);
        var sheet = FactorTearsheet.Compute(factor, prices, new FactorTearsheetOptions { Horizons = [1], RollingWindow = 2 });
        Assert.True(double.IsFinite(sheet.SpreadGross[0]));
        Assert.True(double.IsNaN(sheet.SpreadGross[1]));
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
