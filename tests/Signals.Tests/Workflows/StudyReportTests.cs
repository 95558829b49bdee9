using Signals.Backtesting;
using Signals.Reporting;
using Signals.Tests.Backtesting;
using Signals.Workflows;
using Signals.Workflows.Health;

namespace Signals.Tests.Workflows;

/// <summary>The report is a view of the result: health first, cost models stated, and the presets the commands read.</summary>
public sealed class StudyReportTests
{
    private static async Task<SentimentStudyResult> Study()
    {
        var prices = TestMarkets.RandomWalk(symbols: 12, days: 300, seed: 3);
        var news = TestMarkets.RandomNews(prices, seed: 4, rate: 0.5);
        return await SentimentStudy.RunAsync(new StudyData(prices, []) { Scores = news }, null, SentimentStudyOptions.Demo);
    }

    [Fact]
    public async Task The_result_carries_its_scorer_and_health_and_the_page_shows_health_before_the_cards()
    {
        var study = await Study();
        Assert.Equal("scores file", study.ScorerName);
        Assert.Equal(
            [CrossSectionalSpread.Id, NamesPerSide.Id, ThinDays.Id, TradingActivity.Id, ScoringFailures.Id, NeutralScores.Id, WindowLength.Id,
             SuspiciousMoves.Id, AdjustedPrices.Id, LlmCutoff.Id, CostRealism.Id],
            study.Health.Select(h => h.Id));

        var report = StudyReport.Of(study);
        var html = Tearsheet.Render(report.Tearsheet);
        int health = html.IndexOf("id=\"section-health\"", StringComparison.Ordinal), cards = html.IndexOf("class=\"kpis\"", StringComparison.Ordinal);
        Assert.True(health > 0 && health < cards, "the health checks come before the headline cards");
        Assert.Contains("simple costs: 1 bps commission, 2 bps slippage", html);
        Assert.Contains("Net Sharpe at $10,000,000, realistic costs", html);

        var json = report.ToJson();
        Assert.Equal(study.Health.Count, json["health"]!.AsArray().Count);
        Assert.Equal(json["riskPortfolios"]!.ToJsonString(), report.Sections.Single(s => s.Id == "riskPortfolios").Data.ToJsonString());
        Assert.Equal(json["protocols"]!.ToJsonString(), report.Sections.Single(s => s.Id == "protocols").Data.ToJsonString());
    }

    [Fact]
    public void The_presets_are_the_one_source_of_defaults()
    {
        Assert.Equal(new SentimentStudyOptions(), SentimentStudyOptions.Study);
        Assert.Equal(SentimentStudyOptions.DefaultMinNamesPerSide, SentimentStudyOptions.Study.StrategySettings.MinNamesPerSide);
        Assert.Equal(SentimentStudyOptions.DefaultMaxAgeDays, SentimentStudyOptions.Study.MaxAgeDays);
        Assert.Null(SentimentStudyOptions.Demo.MaxAgeDays);
        Assert.Equal(1, SentimentStudyOptions.Demo.StrategySettings.MinNamesPerSide);
        Assert.Equal(0.2, SentimentStudyOptions.Demo.StrategySettings.Quantile);
        Assert.Equal(Sizing.Fractional, SentimentStudyOptions.Demo.Backtest.Sizing);
    }
}
