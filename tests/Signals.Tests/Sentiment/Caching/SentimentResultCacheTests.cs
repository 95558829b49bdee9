using Signals.Sentiment;
using Signals.Sentiment.Caching;
using static Signals.Tests.Sentiment.Llm.LlmTestKit;

namespace Signals.Tests.Sentiment.Caching;

public class SentimentResultCacheTests
{
    private static SentimentResult Ok(double score) => new() { Id = "x", Score = score, Label = SentimentLabel.Positive, Confidence = 0.5, Model = "m", PromptVersion = "p", InputTokens = 3 };

    [Fact]
    public void Lookups_return_results_in_key_order_across_chunks_with_repeats_and_odd_keys()
    {
        using var cache = new SentimentResultCache(TempPath("c.db"));
        var keys = Enumerable.Range(0, 9000).Select(i => SentimentResultCache.Key("s", $"text {i}")).ToArray();
        cache.PutMany(keys.Where((_, i) => i % 3 != 0).Select((k, j) => new CacheEntry(k, "s", "h", Ok(j))));
        cache.Put(new CacheEntry("odd \"key\" \\ here", "s", "h", Ok(-0.5)));
        cache.Put(new CacheEntry("failed", "s", "h", Ok(1) with { Status = ScoreStatus.Failed }));

        var asked = keys.Concat([keys[1], keys[0], "odd \"key\" \\ here", "failed", "absent"]).ToArray();
        var found = cache.GetMany(asked);

        for (int i = 0; i < keys.Length; i++) Assert.Equal(i % 3 != 0, found[i] is not null);
        Assert.Equal(found[1]!.Score, found[9000]!.Score);
        Assert.Null(found[9001]);
        Assert.Equal(-0.5, found[9002]!.Score);
        Assert.Null(found[9003]); // failures are never stored
        Assert.Null(found[9004]);
        Assert.True(found[2]!.Cached);
        Assert.Equal(3, found[2]!.InputTokens);
        Assert.Equal(6001, cache.Count);
    }
}
