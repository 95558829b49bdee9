using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Caching;
using static Signals.Tests.Sentiment.Llm.LlmTestKit;

namespace Signals.Tests.Sentiment.Caching;

public class CachingSentimentScorerTests
{
    /// <summary>Scores by headline length; fails headlines containing "fail"; counts what it is asked.</summary>
    private sealed class CountingScorer(string name) : ISentimentScorer
    {
        public int Scored;
        public string Name => name;
        public Task<IReadOnlyList<SentimentResult>> ScoreAsync(IReadOnlyList<NewsItem> items, IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Add(ref Scored, items.Count);
            IReadOnlyList<SentimentResult> results = items.Select(i => i.Headline.Contains("fail")
                ? new SentimentResult { Id = i.Id, Status = ScoreStatus.Failed, Error = "nope", Model = name }
                : new SentimentResult { Id = i.Id, Score = i.Headline.Length / 100.0, Label = SentimentLabel.Positive, Confidence = 0.5, Model = name }).ToArray();
            return Task.FromResult(results);
        }
    }

    [Fact]
    public async Task Any_scorer_is_served_from_the_cache_on_a_second_run()
    {
        var path = TempPath("cache.db");
        var items = Enumerable.Range(0, 600).Select(i => News($"id{i}", $"headline {i}")).Append(News("f", "this will fail")).ToArray();
        var inner = new CountingScorer("embedded-test-v1");

        IReadOnlyList<SentimentResult> first, second;
        using (var caching = new CachingSentimentScorer(inner, path, chunkSize: 100)) first = await caching.ScoreAsync(items);
        Assert.Equal(601, inner.Scored);
        using (var caching = new CachingSentimentScorer(inner, path)) second = await caching.ScoreAsync(items);

        Assert.Equal(602, inner.Scored); // only the failed item is asked again
        Assert.Equal(first.Select(r => (r.Id, r.Score)).SkipLast(1), second.Select(r => (r.Id, r.Score)).SkipLast(1));
        Assert.All(second.SkipLast(1), r => Assert.True(r.Cached));
        Assert.Equal(ScoreStatus.Failed, second[^1].Status);
    }

    [Fact]
    public async Task Another_scorer_name_or_other_text_misses()
    {
        var path = TempPath("cache.db");
        var v1 = new CountingScorer("embedded-test-v1");
        var v2 = new CountingScorer("embedded-test-v2");
        using (var c = new CachingSentimentScorer(v1, path)) await c.ScoreAsync([News("a", "same text")]);
        using (var c = new CachingSentimentScorer(v2, path)) await c.ScoreAsync([News("a", "same text")]);
        using (var c = new CachingSentimentScorer(v1, path)) await c.ScoreAsync([News("a", "same text", "OTHER"), News("z", "same text")]);
        Assert.Equal((2, 1), (v1.Scored, v2.Scored)); // other symbols miss; another id with the same text hits
    }
}
