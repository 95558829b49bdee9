using System.Text;
using System.Text.Json;
using Signals.Analytics.EventStudies;
using Signals.Analytics.Protocols;
using Signals.Backtesting.Costs;
using Signals.Backtesting.Portfolios;
using Signals.SampleData;
using Signals.Reporting;
using Signals.Tests.Analytics.EventStudies;
using Signals.Tests.SampleData;

namespace Signals.Tests.Reporting;

/// <summary>Real results on the committed sample, computed once, for the chart and JSON tests.</summary>
internal static class ResearchChartFixtures
{
    private static readonly Lazy<(EventStudyResult Events, LopezLiraTangResult Llt, KirtacGermanoResult Kg, RealisticCostResult Costs)> Results = new(() =>
    {
        var sample = CommittedSample.Load();
        var headlines = EventStudyTests.TrueToneHeadlines(sample);
        var tone = SampleTruth.ToneByDecisionDay(sample.News, sample.Truth, sample.Panel.Close, sample.Calendar);
        var sectors = sample.Panel.Symbols.Select(s => sample.Universe.Single(u => u.Symbol == s).Sector).ToArray();
        var portfolio = RiskPortfolio.Build(sample.Panel, tone, new RiskPortfolioOptions { Sectors = sectors });
        return (EventStudy.Run(sample.Panel, headlines), Signals.Analytics.Protocols.LopezLiraTang.Run(sample.Panel, headlines), Signals.Analytics.Protocols.KirtacGermano.Run(sample.Panel, headlines),
            RealisticCosts.Evaluate(sample.Panel, portfolio.Weights, capital: 1e6, capitals: [1e5, 1e6, 1e7, 1e8]));
    });

    public static EventStudyResult Events => Results.Value.Events;
    public static LopezLiraTangResult LopezLiraTang => Results.Value.Llt;
    public static KirtacGermanoResult KirtacGermano => Results.Value.Kg;
    public static RealisticCostResult Costs => Results.Value.Costs;

    public static Figure[] All() =>
    [
        .. FactorTearsheetCharts.All(Signals.Analytics.FactorTearsheets.FactorTearsheet.Compute(
            SampleTruth.ToneByDecisionDay(CommittedSample.Load().News, CommittedSample.Load().Truth, CommittedSample.Load().Panel.Close, CommittedSample.Load().Calendar),
            CommittedSample.Load().Panel,
            new() { Groups = CommittedSample.Load().Panel.Symbols.Select(s => CommittedSample.Load().Universe.Single(u => u.Symbol == s).Sector).ToArray() })),
        ResearchCharts.EventStudy(Events),
        ResearchCharts.LongShort(LopezLiraTang.LongShort, "Lopez-Lira & Tang: positive minus negative"),
        ResearchCharts.LongShort(KirtacGermano.LongShort, "Kirtac & Germano: top 20 % minus bottom 20 %"),
        ResearchCharts.CapacityCurve(Costs.Capacity),
        ResearchCharts.CostSplit(Costs.Run),
    ];
}

public sealed class ResearchChartsTests
{
    [Fact]
    public void Event_study_chart_has_a_band_and_a_line_per_bucket_over_the_offsets()
    {
        var fig = ResearchCharts.EventStudy(ResearchChartFixtures.Events);
        Assert.Equal(9, fig.Traces.Count);
        using var doc = JsonDocument.Parse(fig.ToJson());
        var data = doc.RootElement.GetProperty("data");
        Assert.Equal(31, data[2].GetProperty("x").GetArrayLength());
        Assert.Equal("tonexty", data[1].GetProperty("fill").GetString());
        Assert.StartsWith("positive", data[8].GetProperty("name").GetString());
    }

    [Fact]
    public void Study_json_fields_of_the_issue_are_written_with_arrays_over_the_offsets()
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WritePropertyName("eventStudy");
            ResearchJson.Write(w, ResearchChartFixtures.Events);
            w.WriteStartObject("protocols");
            w.WritePropertyName("lopezLiraTang");
            ResearchJson.Write(w, ResearchChartFixtures.LopezLiraTang);
            w.WritePropertyName("kirtacGermano");
            ResearchJson.Write(w, ResearchChartFixtures.KirtacGermano);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        var events = doc.RootElement.GetProperty("eventStudy");
        Assert.Equal(Enumerable.Range(-10, 31), events.GetProperty("offsets").EnumerateArray().Select(e => e.GetInt32()));
        foreach (var bucket in new[] { "negative", "neutral", "positive" })
            foreach (var field in new[] { "car", "tStat", "events" })
                Assert.Equal(31, events.GetProperty("buckets").GetProperty(bucket).GetProperty(field).GetArrayLength());
        Assert.Equal(JsonValueKind.Null, events.GetProperty("buckets").GetProperty("positive").GetProperty("tStat")[10].ValueKind);   // offset 0
        var llt = doc.RootElement.GetProperty("protocols").GetProperty("lopezLiraTang");
        Assert.Equal(ResearchChartFixtures.LopezLiraTang.Regression.Coefficient, llt.GetProperty("coefficient").GetDouble());
        foreach (var field in new[] { "tStat", "r2", "observations", "days" }) Assert.True(llt.TryGetProperty(field, out _), field);
    }
}
