using Signals.Analytics.Protocols;
using Signals.Data;
using Signals.Features;
using Signals.Tests.Analytics.EventStudies;
using Signals.Tests.SampleData;
using Xunit.Abstractions;

namespace Signals.Tests.Analytics.Protocols;

public sealed class PaperProtocolTests(ITestOutputHelper output)
{
    [Fact]
    public void Lopez_Lira_Tang_finds_the_planted_tone_and_its_csv_reads_back_the_same_observations()
    {
        var sample = CommittedSample.Load();
        var result = LopezLiraTang.Run(sample.Panel, EventStudyTests.TrueToneHeadlines(sample));
        var fit = result.Regression;
        output.WriteLine($"beta {fit.Coefficient:0.00000} t {fit.TStat:0.00} R2 {fit.R2:0.0000} N {fit.Observations} G {fit.Days}; " +
                         $"long-short mean {result.LongShort.MeanGross:0.00000} t {result.LongShort.TStatGross:0.00} net Sharpe {result.LongShort.SharpeNet:0.00}");
        // The planted drift on the decision day's session is 0.45 × 0.9 % per unit of tone.
        Assert.InRange(fit.Coefficient, 0.002, 0.008);
        Assert.True(fit.TStat > 5);
        Assert.True(fit.Days > 1000 && fit.Observations > fit.Days);
        Assert.True(result.LongShort.MeanGross > 0 && result.LongShort.TStatGross > 3);
        Assert.All(result.Observations, o => Assert.True(double.IsFinite(o.Score) && double.IsFinite(o.NextReturn)));

        using var dir = new TempFiles();
        string path = dir.PathOf(LopezLiraTangCsv.FileName);
        LopezLiraTangCsv.Write(path, result.Observations);
        Assert.Equal("date,symbol,score,nextReturn", File.ReadLines(path).First());
        Assert.Equal(result.Observations, LopezLiraTangCsv.Load(path));
        // Re-running the regression from the file alone gives the same numbers.
        var days = LopezLiraTangCsv.Load(path).Select(o => o.Date).Distinct().Order().Select((d, i) => (d, i)).ToDictionary(t => t.d, t => t.i);
        var again = DayFixedEffectsRegression.Fit(LopezLiraTangCsv.Load(path).Select(o => new PooledObservation(days[o.Date], o.Score, o.NextReturn)).ToList());
        Assert.Equal(fit, again);
    }

    [Fact]
    public void Lopez_Lira_Tang_csv_names_the_line_and_field_of_a_bad_row()
    {
        using var dir = new TempFiles();
        string path = dir.Write("bad.csv", "date,symbol,score,nextReturn\n2024-01-02,AAA,0.5,0.01\n2024-01-03,AAA,abc,0.01\n");
        var ex = Assert.Throws<DataFormatException>(() => LopezLiraTangCsv.Load(path));
        Assert.Contains("3", ex.Message);
        Assert.Contains("score", ex.Message);
    }

    [Theory]
    [InlineData("2024-03-05T05:59:00-05:00", "2024-03-05", DecisionTiming.Open)]
    [InlineData("2024-03-05T06:00:00-05:00", "2024-03-05", DecisionTiming.Close)]
    [InlineData("2024-03-05T15:59:00-05:00", "2024-03-05", DecisionTiming.Close)]
    [InlineData("2024-03-05T16:00:00-05:00", "2024-03-06", DecisionTiming.Open)]
    [InlineData("2024-03-09T10:00:00-05:00", "2024-03-11", DecisionTiming.Open)]      // Saturday → Monday's open
    [InlineData("2024-03-08T23:30:00-05:00", "2024-03-11", DecisionTiming.Open)]      // Friday night → Monday's open
    [InlineData("2024-11-29T13:30:00-05:00", "2024-12-02", DecisionTiming.Open)]      // after the 13:00 early close
    public void Kirtac_Germano_timing_rule(string published, string day, DecisionTiming timing)
    {
        var point = KirtacGermano.EntryPoint(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture), TradingCalendar.UsEquities());
        Assert.Equal(new DecisionPoint(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), timing), point);
    }

    [Fact]
    public void Kirtac_Germano_longs_the_top_fifth_shorts_the_bottom_fifth_and_pays_10_bps_per_unit_traded()
    {
        // Five names, one pre-06:00 headline each on day 1: k = round(0.2 × 5) = 1 long (highest score), 1 short (lowest).
        double[][] opens = [[10, 10, 11], [10, 10, 9], [10, 10, 10.5], [10, 10, 10], [10, 10, 10.2]];
        var panel = TinyPanels.FromOpens(opens);
        var at = new DateTimeOffset(panel.Dates[1].ToDateTime(new TimeOnly(5, 0)), TimeSpan.FromHours(-5));
        double[] scores = [0.9, -0.8, 0.3, 0.0, -0.1];
        var headlines = panel.Symbols.Select((s, i) => new ScoredHeadline("h" + i, at, [s], scores[i])).ToList();
        var result = KirtacGermano.Run(panel, headlines);
        var ls = result.LongShort;
        Assert.Equal(5, result.Candidates);
        Assert.Equal(1, ls.ActiveDays);
        Assert.Equal(0.1 - (-0.1), ls.Gross[1], 12);
        Assert.Equal(0.2 - 4 * 0.001, ls.Net[1], 12);
        Assert.Equal(0, ls.Gross[0]);
    }

    [Fact]
    public void Kirtac_Germano_on_the_sample_earns_the_planted_drift_gross()
    {
        var sample = CommittedSample.Load();
        var result = KirtacGermano.Run(sample.Panel, EventStudyTests.TrueToneHeadlines(sample), new KirtacGermanoOptions { Calendar = sample.Calendar });
        var ls = result.LongShort;
        output.WriteLine($"candidates {result.Candidates} (open {result.OpenEntries}, close {result.CloseEntries}); active days {ls.ActiveDays}; " +
                         $"gross {ls.MeanGross:0.00000}/day t {ls.TStatGross:0.00} Sharpe {ls.SharpeGross:0.00}; net {ls.MeanNet:0.00000} Sharpe {ls.SharpeNet:0.00}");
        Assert.Equal(result.Candidates, result.OpenEntries + result.CloseEntries);
        Assert.True(result.CloseEntries > 1000 && result.OpenEntries > 1000);
        Assert.True(ls.TStatGross > 3);
        for (int d = 0; d < ls.Dates.Length; d++) Assert.Equal(ls.Gross[d] - ls.Traded[d] * 0.001, ls.Net[d], 12);
    }
}
