using Signals.Sentiment;
using Signals.Sentiment.Caching;
using Signals.Sentiment.Llm;
using static Signals.Tests.Sentiment.Llm.LlmTestKit;

namespace Signals.Tests.Sentiment.Llm;

public class LlmCacheAndResumeTests
{
    private static FakeReply ByHeadline(FakeRequest r) =>
        FakeReply.Chat(r.Headline.Contains("misses") ? "NO\nMissed." : "YES\nBeat.", reasoningContent: "thinking about " + r.Headline, completionTokens: 20, reasoningTokens: 15);

    [Fact]
    public async Task A_second_run_is_served_from_the_cache_without_any_http_call()
    {
        var cache = TempPath("llm.db");
        using var server = new FakeOpenAiServer(ByHeadline);
        var items = new[] { News("a", "Acme beats"), News("b", "Acme misses"), News("c", "Acme beats") };

        IReadOnlyList<SentimentResult> first, second;
        using (var scorer = new LlmSentimentScorer(Options(server) with { CachePath = cache })) first = await scorer.ScoreAsync(items);
        Assert.Equal(3, server.RequestCount);

        using (var scorer = new LlmSentimentScorer(Options(server) with { CachePath = cache }))
        {
            var progress = new List<ScoringProgress>();
            second = await scorer.ScoreAsync(items, new SyncProgress<ScoringProgress>(progress.Add));
            Assert.Equal(3, progress[^1].Cached);
        }
        Assert.Equal(3, server.RequestCount); // no new request

        Assert.All(second, r => Assert.True(r.Cached));
        Assert.Equal(first.Select(r => (r.Id, r.Score, r.Rationale, r.Reasoning, r.InputTokens, r.OutputTokens, r.ReasoningTokens)),
                     second.Select(r => (r.Id, r.Score, r.Rationale, r.Reasoning, r.InputTokens, r.OutputTokens, r.ReasoningTokens)));
    }

    [Fact]
    public async Task The_cache_key_includes_model_prompt_and_parameters()
    {
        var cache = TempPath("llm.db");
        using var server = new FakeOpenAiServer(r => r.User.StartsWith("Item: ")
            ? FakeReply.Chat($"{{\"item\":\"{r.User.Split('\n')[0][6..]}\",\"label\":\"positive\",\"score\":0.5,\"confidence\":0.5}}")
            : ByHeadline(r));
        var items = new[] { News("a", "Acme beats") };
        var variants = new[]
        {
            Options(server) with { CachePath = cache },
            Options(server, "other-model") with { CachePath = cache },
            Options(server) with { CachePath = cache, Prompt = LlmPromptKind.Json },
            Options(server) with { CachePath = cache, Temperature = 0.7 },
            Options(server) with { CachePath = cache, Anonymize = true },
            Options(server) with { CachePath = cache, MaxOutputTokens = 50 },
        };
        foreach (var options in variants)
        {
            using var scorer = new LlmSentimentScorer(options);
            Assert.False((await scorer.ScoreAsync(items))[0].Cached);
        }
        Assert.Equal(variants.Length, server.RequestCount);
        using (var again = new LlmSentimentScorer(variants[3])) Assert.True((await again.ScoreAsync(items))[0].Cached);
    }

    [Fact]
    public async Task Failed_items_are_not_cached_as_successes()
    {
        var cache = TempPath("llm.db");
        int calls = 0;
        using var server = new FakeOpenAiServer(_ => Interlocked.Increment(ref calls) <= 1 ? FakeReply.Chat("no idea, sorry") : FakeReply.Chat("YES\nFine."));
        var items = new[] { News("a", "Acme beats") };
        using (var scorer = new LlmSentimentScorer(Options(server) with { CachePath = cache, MaxParseRetries = 0 }))
            Assert.Equal(ScoreStatus.Failed, (await scorer.ScoreAsync(items))[0].Status);
        using (var scorer = new LlmSentimentScorer(Options(server) with { CachePath = cache, MaxParseRetries = 0 }))
        {
            var result = (await scorer.ScoreAsync(items))[0];
            Assert.Equal((ScoreStatus.Ok, false), (result.Status, result.Cached));
        }
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Cancelling_mid_batch_keeps_finished_work_and_a_rerun_requests_only_the_rest()
    {
        var cache = TempPath("llm.db");
        using var server = new FakeOpenAiServer(r => FakeReply.Chat("YES\nGood.", delay: TimeSpan.FromMilliseconds(80)));
        var items = Batch(20);
        using var cts = new CancellationTokenSource();

        IReadOnlyList<SentimentResult> first;
        using (var scorer = new LlmSentimentScorer(Options(server) with { CachePath = cache, Concurrency = 2 }))
            first = await scorer.ScoreAsync(items, new SyncProgress<ScoringProgress>(p => { if (p.Completed >= 5) cts.Cancel(); }), cts.Token);

        var done = first.Where(r => r.Status == ScoreStatus.Ok).Select(r => r.Id).ToHashSet();
        Assert.InRange(done.Count, 5, 8);
        Assert.All(first.Where(r => !done.Contains(r.Id)), r => Assert.Equal(ScoreStatus.Skipped, r.Status));
        int firstRunRequests = server.RequestCount;

        IReadOnlyList<SentimentResult> second;
        using (var scorer = new LlmSentimentScorer(Options(server) with { CachePath = cache, Concurrency = 2 }))
            second = await scorer.ScoreAsync(items);

        var rerequested = server.Requests.Skip(firstRunRequests).Select(r => r.Headline).ToHashSet();
        var unfinished = items.Where(i => !done.Contains(i.Id)).Select(i => i.Headline).ToHashSet();
        Assert.Equal(unfinished, rerequested);
        Assert.All(second, r => Assert.Equal(ScoreStatus.Ok, r.Status));
        Assert.Equal(done, second.Where(r => r.Cached).Select(r => r.Id).ToHashSet());
    }

    [Fact]
    public async Task The_raw_reply_is_kept_in_the_cache()
    {
        var cache = TempPath("llm.db");
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("<think>hmm</think>\n**YES**\nGood."));
        using (var scorer = new LlmSentimentScorer(Options(server) with { CachePath = cache })) await scorer.ScoreAsync([News("a", "Acme beats")]);
        using var store = new SentimentResultCache(cache);
        Assert.Equal(1, store.Count);
        Assert.Contains("<think>hmm</think>", AllBytesOf(cache));
    }
}
