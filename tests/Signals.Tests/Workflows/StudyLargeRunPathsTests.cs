using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Sentiment;
using Signals.Workflows;

namespace Signals.Tests.Workflows;

/// <summary>
/// The paths a whole-market study takes to hold less (research sections one after another, backtests that record no
/// panels) give the same study as the paths a small one takes.
/// </summary>
public sealed class StudyLargeRunPathsTests
{
    private static StudyData SampleData()
    {
        var prices = PriceCsv.LoadWithReport(RepoPaths.Of("data", "sample", "prices.csv"));
        var news = NewsFile.LoadWithReport(RepoPaths.Of("data", "sample", "news.csv"));
        return new StudyData(prices.Panel, news.Items) { NewsLoad = news, PriceLoad = prices };
    }

    private static string Json(SentimentStudyResult study) => StudyReport.Of(study).ToJson().ToJsonString();

    [Fact]
    public async Task Research_sections_one_after_another_give_the_study_they_give_side_by_side()
    {
        var sideBySide = await SentimentStudy.RunAsync(SampleData(), OfflineScorers.Create("lexicon"), SentimentStudyOptions.Study);
        var oneByOne = await SentimentStudy.RunAsync(SampleData(), OfflineScorers.Create("lexicon"),
            SentimentStudyOptions.Study with { SectionsSideBySideMaxHeadlines = 0 });

        Assert.True(sideBySide.Headlines.Count > 0);
        Assert.Equal(sideBySide.EventStudy!.EventsUsed, oneByOne.EventStudy!.EventsUsed);
        Assert.Equal(sideBySide.LopezLiraTang!.Observations.Count, oneByOne.LopezLiraTang!.Observations.Count);
        Assert.Equal(Json(sideBySide), Json(oneByOne));
    }

    [Fact]
    public async Task A_study_keeping_its_backtest_panels_is_the_study_that_never_records_them()
    {
        var without = await SentimentStudy.RunAsync(SampleData(), OfflineScorers.Create("lexicon"), SentimentStudyOptions.Study);
        var with = await SentimentStudy.RunAsync(SampleData(), OfflineScorers.Create("lexicon"), SentimentStudyOptions.Study with { KeepBacktestPanels = true });

        Assert.Equal(0, without.Backtest.Weights.DayCount);
        Assert.Equal(0, without.Benchmark.Positions.DayCount);
        Assert.Equal(without.Backtest.Weights.Symbols, with.Backtest.Weights.Symbols);
        Assert.Equal(with.Backtest.Dates.Length, with.Backtest.Weights.DayCount);
        Assert.Equal(Json(with), Json(without));
    }

    [Fact]
    public void A_backtest_without_panels_has_the_same_days_and_trades_bit_for_bit()
    {
        var data = SampleData();
        var full = Backtester.Run(data.Prices, new SmaCross(5, 20), new BacktestOptions());
        var lean = Backtester.Run(data.Prices, new SmaCross(5, 20), new BacktestOptions(), progress: null, recordPanels: false);

        Assert.True(full.Trades.Count > 0);
        Assert.Equal(full.Equity, lean.Equity);
        Assert.Equal(full.GrossExposure, lean.GrossExposure);
        Assert.Equal(full.Turnover, lean.Turnover);
        Assert.Equal(full.Trades, lean.Trades);
        Assert.Equal(0, lean.Positions.DayCount);
        Assert.Equal(full.Positions.Symbols, lean.Weights.Symbols);
    }
}
