using Signals.Backtesting;
using Signals.Data;
using Signals.Workflows;
using Signals.Workflows.Health;

namespace Signals.Tests.Workflows.Health;

/// <summary>The costs check names the real reason realistic costs are absent: research off, or a time-series study.</summary>
public sealed class CostRealismReasonTests
{
    [Fact]
    public void Without_realistic_costs_the_message_carries_the_reason_it_is_given()
    {
        var off = CostRealism.Check(1.2, CostModel.Default, null, 1e7);
        Assert.Equal(HealthStatus.Warn, off.Status);
        Assert.Contains("(research sections off)", off.Message);

        var series = CostRealism.Check(1.2, CostModel.Default, null, 1e7, CostRealism.TimeSeriesStudy);
        Assert.Equal(HealthStatus.Warn, series.Status);
        Assert.Contains("time-series study", series.Message);
        Assert.DoesNotContain("research sections off", series.Message);
    }

    [Fact]
    public async Task A_market_news_study_with_research_on_does_not_blame_the_research_switch()
    {
        var f = new MarketNewsFixture(days: 300, names: 5, predictive: true);
        var news = f.Headlines.Select(h => new NewsItem(h.Id, h.Published, h.Symbols, "headline")).ToList();
        var options = new SentimentStudyOptions();
        Assert.True(options.Research.Enabled);

        var study = await SentimentStudy.RunAsync(new StudyData(f.Prices, news) { Scores = f.Headlines }, null, options);

        Assert.NotNull(study.TimeSeries);
        var costs = Assert.Single(study.Health, c => c.Id == CostRealism.Id);
        Assert.DoesNotContain("research sections off", costs.Message);
        Assert.Contains(CostRealism.TimeSeriesStudy, costs.Message);
        // The page's note under the headline cards gives the same reason.
        var page = Signals.Reporting.Tearsheet.Render(StudyReport.Of(study).Tearsheet);
        Assert.DoesNotContain("research sections off", page);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(CostRealism.TimeSeriesStudy), page);
    }
}
