using Signals.Data;
using Signals.Sentiment;
using Signals.Workflows;

namespace Signals.Tests.Workflows;

/// <summary>A study that lets the news table's headline text go once scored: the same results, the text gone, unless a later step reads it.</summary>
public sealed class StudyNewsTextReleaseTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static StudyData SampleData()
    {
        var prices = PriceCsv.LoadWithReport(RepoPaths.Of("data", "sample", "prices.csv"));
        var news = NewsFile.LoadWithReport(RepoPaths.Of("data", "sample", "news.csv"));
        Assert.IsType<NewsTable>(news.Items);
        return new StudyData(prices.Panel, news.Items) { NewsLoad = news, PriceLoad = prices };
    }

    [Fact]
    public async Task Released_after_scoring_the_study_is_the_same_and_the_text_is_gone_but_ids_instants_and_symbols_stay()
    {
        var kept = SampleData();
        var released = SampleData();
        var table = (NewsTable)released.News;
        string id = table.Id(7);
        var published = table.Published(7);

        var withText = await SentimentStudy.RunAsync(kept, OfflineScorers.Create("lexicon"), SentimentStudyOptions.Study);
        var withoutText = await SentimentStudy.RunAsync(released, OfflineScorers.Create("lexicon"), SentimentStudyOptions.Study with { ReleaseNewsText = true });

        Assert.True(((NewsTable)kept.News).HasHeadlineText);
        Assert.False(table.HasHeadlineText);
        Assert.Equal(withText.Backtest.Equity, withoutText.Backtest.Equity);
        Assert.Equal(withText.Counts.Used, withoutText.Counts.Used);
        Assert.Equal(withText.Ic.ByHorizon[0].Mean, withoutText.Ic.ByHorizon[0].Mean);
        Assert.Equal(BacktestJson(withText), BacktestJson(withoutText));
        Assert.Equal(id, table.Id(7));
        Assert.Equal(published, table.Published(7));
        Assert.NotEmpty(table.Symbols(7));
        var error = Assert.Throws<InvalidOperationException>(() => table.HeadlineText(7));
        Assert.Contains("let go once scored", error.Message);
        Assert.Throws<InvalidOperationException>(() => table[7]);
        Assert.Throws<InvalidOperationException>(() => table.CopyHeadline(7, new char[table.MaxHeadlineChars]));
    }

    [Fact]
    public async Task A_trials_log_keeps_the_text_it_hashes()
    {
        var data = SampleData();
        var options = SentimentStudyOptions.Study with { ReleaseNewsText = true, TrialsLog = Path.Combine(_files.Root, "trials.jsonl") };

        var study = await SentimentStudy.RunAsync(data, OfflineScorers.Create("lexicon"), options);

        Assert.NotNull(study.Trials);
        Assert.True(((NewsTable)data.News).HasHeadlineText);
        Assert.False(string.IsNullOrEmpty(data.News[0].Headline));
    }

    private static string BacktestJson(SentimentStudyResult study) => StudyReport.Of(study).ToJson().ToJsonString();
}
