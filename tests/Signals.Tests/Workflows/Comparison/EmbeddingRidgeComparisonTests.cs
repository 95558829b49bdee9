using Signals.Analytics;
using Signals.Cli;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Evaluation;
using Signals.Sentiment.Lexicon;
using Signals.Workflows;
using Signals.Workflows.Comparison;
using Signals.Workflows.Embeddings;

namespace Signals.Tests.Workflows.Comparison;

/// <summary>
/// `sentiment compare` with the embedding ridge beside a sentiment scorer: the ridge is compared on returns (IC and
/// long-short Sharpe, costs on) and its labelled-file figures are absent with their reason, never made up.
/// </summary>
public sealed class EmbeddingRidgeComparisonTests
{
    private static readonly LabeledHeadline[] Labeled =
    [
        new("Acme beats estimates and raises guidance", SentimentLabel.Positive, 2),
        new("Acme misses estimates and cuts guidance", SentimentLabel.Negative, 3),
        new("Acme to hold its annual meeting in May", SentimentLabel.Neutral, 4),
    ];

    /// <summary>
    /// The first 160 sample price days, and 6 headlines a day at 08:00 New York whose wording follows the sign of that
    /// name's open-to-open return from the day's open: a signal planted in the text, which the ridge can learn from
    /// the embeddings alone.
    /// </summary>
    private static (BarPanel Prices, List<NewsItem> News) Build()
    {
        var prices = PriceCsv.LoadPanel(RepoPaths.Of("data", "sample", "prices.csv")).Slice(0, 160);
        var forward = ForwardReturns.Compute(prices, 1, ForwardReturnBasis.Open);
        var ny = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var rng = new Random(11);
        var news = new List<NewsItem>();
        for (int d = 0; d < prices.DayCount; d++)
        {
            var day = prices.Dates[d];
            var local = new DateTime(day.Year, day.Month, day.Day, 8, 0, 0);
            var published = new DateTimeOffset(local, ny.GetUtcOffset(local));
            foreach (int s in Enumerable.Range(0, prices.SymbolCount).OrderBy(_ => rng.Next()).Take(6))
            {
                double r = forward[d, s];
                string name = prices.Symbols[s];
                string text = !double.IsFinite(r) || r == 0 ? $"{name} schedules its quarterly call"
                    : r > 0 ? $"{name} soars after record orders" : $"{name} plunges on a profit warning";
                news.Add(new NewsItem($"n{news.Count}", published, [name], text));
            }
        }
        return (prices, news);
    }

    [Fact]
    public async Task The_ridge_is_compared_on_returns_and_has_no_labelled_figures()
    {
        var (prices, news) = Build();
        var ridge = EmbeddingRidgeScorer.Create(prices, SentimentStudyOptions.Demo, new EmbeddingRegressionOptions { MinTrainingObservations = 200, RefitEveryDays = 20 });
        var result = await ScorerComparison.RunAsync([("lexicon", new LexiconSentimentScorer()), (EmbeddingRidgeScorer.ScorerName, ridge)],
            Labeled, "labels.csv", prices, news, "prices.csv", "news.csv");

        Assert.Equal(["lexicon", "embedding-ridge"], result.Scorers.Select(r => r.Scorer));
        var lexicon = result.Scorers[0];
        Assert.NotNull(lexicon.Labels);
        Assert.Null(lexicon.LabelsNotApplicable);
        Assert.True(double.IsFinite(lexicon.Returns!.RankIc1d));

        var row = result.Scorers[1];
        Assert.Null(row.Labels);
        Assert.Equal("not applicable (predicts returns)", row.LabelsNotApplicable);
        var r = row.Returns!;
        Assert.Null(r.IcUndefinedReason);
        Assert.Null(r.SharpeUndefinedReason);
        // Headlines before the first walk-forward fit have no score; the rest carry the planted signal out of sample.
        Assert.InRange(r.HeadlinesScored, 1, news.Count - 200);
        Assert.True(r.RankIc1d > 0.05, $"ridge IC {r.RankIc1d}");
        Assert.True(double.IsFinite(r.LongShortSharpe));
        Assert.NotEmpty(ridge.LastRun!.Fits);

        var json = ScorerComparisonReport.Json(result);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var ridgeJson = doc.RootElement.GetProperty("scorers")[1];
        Assert.Equal("not applicable (predicts returns)", ridgeJson.GetProperty("labelsNotApplicable").GetString());
        Assert.False(ridgeJson.TryGetProperty("accuracy", out _));
        Assert.Equal(r.RankIc1d, ridgeJson.GetProperty("returns").GetProperty("rankIc1d").GetDouble(), 6);
        Assert.Contains("not applicable (predicts returns)", ScorerComparisonReport.Html(result));
    }

    [Fact]
    public async Task Without_prices_the_cli_refuses_the_ridge_and_writes_nothing()
    {
        using var files = new TempFiles();
        var labelled = files.Write("labels.csv", "text,label\nAcme beats estimates,positive\n");
        var prefix = files.PathOf("out/compare");
        int exit = await InProcessCli.ExitCodeAsync(["sentiment", "compare", "--labeled", labelled, "--scorers", "lexicon,embedding-ridge", "--out", prefix]);
        Assert.NotEqual(0, exit);
        Assert.False(File.Exists(prefix + ".json"));
    }
}
