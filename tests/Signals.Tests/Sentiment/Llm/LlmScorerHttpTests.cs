using System.Diagnostics;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using static Signals.Tests.Sentiment.Llm.LlmTestKit;

namespace Signals.Tests.Sentiment.Llm;

/// <summary>The real OpenAI client (through Microsoft.Extensions.AI) against a scripted server on loopback.</summary>
public class LlmScorerHttpTests
{
    [Fact]
    public async Task DeepSeek_reasoning_content_goes_to_Reasoning_and_tokens_are_counted()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nRecord orders point to higher earnings.",
            reasoningContent: "The company beat estimates, which usually lifts the stock.", promptTokens: 120, completionTokens: 400, reasoningTokens: 380));
        using var scorer = new LlmSentimentScorer(Options(server, "deepseek-reasoner"));

        var result = (await scorer.ScoreAsync([News("a", "Acme beats estimates")]))[0];

        Assert.Equal(ScoreStatus.Ok, result.Status);
        Assert.Equal(1.0, result.Score);
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Equal("Record orders point to higher earnings.", result.Rationale);
        Assert.Equal("The company beat estimates, which usually lifts the stock.", result.Reasoning);
        Assert.Equal((120, 400, 380), (result.InputTokens, result.OutputTokens, result.ReasoningTokens));
        Assert.Equal("deepseek-reasoner", result.Model);
        Assert.Equal("lopez-lira-v1", result.PromptVersion);
        Assert.False(result.Cached);

        var sent = server.Requests.Single();
        Assert.Equal("/v1/chat/completions", sent.Path);
        Assert.Equal("deepseek-reasoner", (string?)sent.Json["model"]);
        Assert.Null(sent.Json["temperature"]); // reasoning models reject it
    }

    [Theory]
    [InlineData("<think>Beat means up.</think>\n\n**YES** – a beat lifts the stock.", "Beat means up.")]
    [InlineData("Beat means up.\n</think>\nAnswer: yes.\nA beat lifts the stock.", "Beat means up.")]
    [InlineData("```\nYES\nA beat lifts the stock.\n```", null)]
    [InlineData("Let me answer the question.\n\nYES\nA beat lifts the stock.", null)]
    public async Task Inline_thinking_fences_and_prose_are_handled_over_http(string content, string? reasoning)
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat(content));
        using var scorer = new LlmSentimentScorer(Options(server));
        var result = (await scorer.ScoreAsync([News("a", "Acme beats estimates")]))[0];
        Assert.Equal(ScoreStatus.Ok, result.Status);
        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.Equal(reasoning, result.Reasoning);
        Assert.Contains("lifts the stock", result.Rationale);
    }

    [Fact]
    public async Task Json_prompt_asks_for_a_json_object_and_reads_the_graded_answer()
    {
        using var server = new FakeOpenAiServer(r =>
        {
            var tag = r.User.Split('\n')[0]["Item: ".Length..];
            return FakeReply.Chat($"```json\n{{\"item\":\"{tag}\",\"label\":\"negative\",\"score\":-0.6,\"confidence\":0.7,\"rationale\":\"A recall costs money.\"}}\n```");
        });
        using var scorer = new LlmSentimentScorer(Options(server) with { Prompt = LlmPromptKind.Json, Temperature = 0.2, MaxOutputTokens = 100 });
        var result = (await scorer.ScoreAsync([News("a", "Acme recalls 1m cars")]))[0];

        Assert.Equal((ScoreStatus.Ok, -0.6, 0.7, "json-v1"), (result.Status, result.Score, result.Confidence, result.PromptVersion));
        var sent = server.Requests.Single().Json;
        Assert.Equal("json_object", (string?)sent["response_format"]?["type"]);
        Assert.Equal(0.2, (double)sent["temperature"]!, 5);
        Assert.Equal(100, (int)sent["max_tokens"]!); // non-OpenAI servers read max_tokens
    }

    [Fact]
    public async Task Unparseable_answers_are_retried_then_the_item_fails_with_its_reason()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("I would rather not say."));
        using var scorer = new LlmSentimentScorer(Options(server) with { MaxParseRetries = 2 });
        var results = await scorer.ScoreAsync([News("a", "Acme beats estimates")]);

        var result = results.Single();
        Assert.Equal(3, server.RequestCount);
        Assert.Equal(ScoreStatus.Failed, result.Status);
        Assert.True(double.IsNaN(result.Score));
        Assert.Contains("3 attempts", result.Error);
        Assert.Contains("I would rather not say", result.Error);
        Assert.Equal(3 * 40, result.InputTokens); // every attempt's tokens are counted
    }

    [Fact]
    public async Task Too_many_requests_waits_for_retry_after_seconds_then_succeeds()
    {
        using var server = new FakeOpenAiServer((_, n) => n == 0
            ? FakeReply.Error(429, "slow down", new Dictionary<string, string> { ["Retry-After"] = "1" })
            : FakeReply.Chat("NO\nWeak demand."));
        using var scorer = new LlmSentimentScorer(Options(server));
        var clock = Stopwatch.StartNew();
        var result = (await scorer.ScoreAsync([News("a", "Acme warns on demand")]))[0];

        Assert.Equal(ScoreStatus.Ok, result.Status);
        Assert.Equal(-1.0, result.Score);
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(1, scorer.HttpRetries);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"retried after {clock.Elapsed.TotalSeconds} s, before Retry-After");
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff()
    {
        using var server = new FakeOpenAiServer((_, n) => n < 2 ? FakeReply.Error(500, "boom") : FakeReply.Chat("YES\nGood."));
        using var scorer = new LlmSentimentScorer(Options(server));
        var result = (await scorer.ScoreAsync([News("a", "Acme beats")]))[0];
        Assert.Equal(ScoreStatus.Ok, result.Status);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task Persistent_server_errors_fail_the_item_not_the_batch()
    {
        using var server = new FakeOpenAiServer(r => r.Headline.Contains("bad") ? FakeReply.Error(503, "overloaded") : FakeReply.Chat("YES\nGood."));
        using var scorer = new LlmSentimentScorer(Options(server) with { MaxRetries = 1 });
        var results = await scorer.ScoreAsync([News("a", "good one"), News("b", "bad one"), News("c", "good two")]);
        Assert.Equal([ScoreStatus.Ok, ScoreStatus.Failed, ScoreStatus.Ok], results.Select(r => r.Status));
        Assert.Contains("503", results[1].Error);
        Assert.Equal(["a", "b", "c"], results.Select(r => r.Id));
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_honoured()
    {
        var handler = new PoliteHttpHandler(new HttpClientHandler(), null, 3, TimeSpan.FromSeconds(5),
            TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(60), null, new SecretRedactor());
        var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(30));
        var wait = handler.Backoff(0, handler.RetryAfterOf(response));
        Assert.InRange(wait.TotalSeconds, 28, 30.5);
        Assert.Equal(TimeSpan.FromSeconds(60), handler.Backoff(0, TimeSpan.FromHours(1))); // capped
        Assert.InRange(handler.Backoff(3, null).TotalMilliseconds, 40, 80); // 10 ms × 2^3, half of it jitter
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried_then_fails_as_a_timeout()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nGood.", delay: TimeSpan.FromSeconds(5)));
        using var scorer = new LlmSentimentScorer(Options(server) with { Timeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });
        var result = (await scorer.ScoreAsync([News("a", "Acme beats")]))[0];
        Assert.Equal(ScoreStatus.Failed, result.Status);
        Assert.Contains("no answer within 0.3 s after 2 attempts", result.Error);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Concurrency_is_bounded_and_progress_reaches_the_total()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nGood.", delay: TimeSpan.FromMilliseconds(100)));
        using var scorer = new LlmSentimentScorer(Options(server) with { Concurrency = 3 });
        var reports = new List<ScoringProgress>();
        var progress = new SyncProgress<ScoringProgress>(p => { lock (reports) reports.Add(p); });
        var results = await scorer.ScoreAsync(Batch(12), progress);

        Assert.All(results, r => Assert.Equal(ScoreStatus.Ok, r.Status));
        Assert.InRange(server.MaxInFlight, 2, 3);
        Assert.Equal(12, reports.Max(p => p.Completed));
        Assert.All(reports, p => Assert.Equal(12, p.Total));
    }

    [Fact]
    public async Task Requests_per_minute_are_limited_on_the_client()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nGood."));
        using var scorer = new LlmSentimentScorer(Options(server) with { RequestsPerMinute = 600, Concurrency = 16 });
        var clock = Stopwatch.StartNew();
        await scorer.ScoreAsync(Batch(15)); // 10 a second: the last 5 wait for the next refill
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.8), $"15 requests at 600/min took only {clock.Elapsed.TotalSeconds} s");
        Assert.Equal(15, server.RequestCount);
    }

    [Fact]
    public async Task Budget_stops_before_it_would_be_exceeded_and_keeps_finished_work()
    {
        // $1 per output token; each answer bills 10 ($10); each request reserves the expected 30 ($30).
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nGood.", completionTokens: 10));
        using var scorer = new LlmSentimentScorer(Options(server) with { Concurrency = 1, MaxCostUsd = 45, Price = new ModelPrice(0, 1_000_000) });
        var progress = new List<ScoringProgress>();
        var results = await scorer.ScoreAsync(Batch(5), new SyncProgress<ScoringProgress>(progress.Add));

        Assert.Equal(2, server.RequestCount);
        Assert.Equal([ScoreStatus.Ok, ScoreStatus.Ok, ScoreStatus.Skipped, ScoreStatus.Skipped, ScoreStatus.Skipped], results.Select(r => r.Status));
        Assert.Contains("budget", results[2].Error);
        Assert.Equal(20.0, progress[^1].CostUsd, 9);
        Assert.True(progress.Max(p => p.CostUsd) <= 45);
    }

    [Fact]
    public async Task A_budget_needs_a_price()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES"));
        using var scorer = new LlmSentimentScorer(Options(server, "mystery-model") with { Endpoint = "http://example.invalid/v1", MaxCostUsd = 1 });
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => scorer.ScoreAsync(Batch(1)));
        Assert.Contains("no price", ex.Message);
    }

    [Fact]
    public async Task Dry_run_estimate_counts_reasoning_models_dearer_and_sends_nothing()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES"));
        using var r1 = new LlmSentimentScorer(Options(server, "deepseek-flash") with { Thinking = ThinkingMode.On });
        using var chat = new LlmSentimentScorer(Options(server, "deepseek-flash") with { Thinking = ThinkingMode.Off });
        var items = Batch(100);
        var e1 = r1.Estimate(items);
        var e2 = chat.Estimate(items);
        Assert.Equal(0, server.RequestCount);
        Assert.True(e1.PriceKnown && e2.PriceKnown);
        Assert.True(e1.OutputTokens > 10 * e2.OutputTokens);
        Assert.True(e1.CostUsd > e2.CostUsd && e2.CostUsd > 0);
        Assert.Equal(e1.InputTokens, e2.InputTokens);
        Assert.InRange(e1.InputTokens / 100, 60, 200); // the system prompt plus a short headline
    }
}

/// <summary>Reports on the calling thread (System.Progress posts to the thread pool, which makes counts racy in asserts).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

public class LlmScorerStopTests
{
    [Fact]
    public async Task A_rejected_key_stops_the_batch_instead_of_failing_every_item()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Error(401, "invalid api key"));
        using var scorer = new LlmSentimentScorer(LlmTestKit.Options(server) with { Concurrency = 2 });
        var results = await scorer.ScoreAsync(LlmTestKit.Batch(50));

        Assert.InRange(server.RequestCount, 1, 2);
        Assert.InRange(results.Count(r => r.Status == ScoreStatus.Failed), 1, 2);
        Assert.Equal(results.Count - results.Count(r => r.Status == ScoreStatus.Failed), results.Count(r => r.Status == ScoreStatus.Skipped));
        Assert.All(results.Where(r => r.Status == ScoreStatus.Skipped), r => Assert.Contains("HTTP 401", r.Error));
    }

    [Fact]
    public async Task Nothing_listening_stops_the_batch_after_the_retries()
    {
        var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES"));
        var dead = server.BaseUrl;
        server.Dispose();
        using var scorer = new LlmSentimentScorer(LlmTestKit.Options(server) with { Endpoint = dead, Concurrency = 1, MaxRetries = 1 });
        var results = await scorer.ScoreAsync(LlmTestKit.Batch(20));
        Assert.Equal(ScoreStatus.Failed, results[0].Status);
        Assert.All(results.Skip(1), r => Assert.Equal(ScoreStatus.Skipped, r.Status));
    }
}
