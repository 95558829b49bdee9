using System.Text.Json.Nodes;
using Signals.Cli;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using static Signals.Tests.Sentiment.Llm.LlmTestKit;

namespace Signals.Tests.Sentiment.Llm;

/// <summary>Providers as they serve today (issue 12): DeepSeek V4 presets and thinking, local R1 distills, prices and provenance.</summary>
public class ProvidersTodayTests
{
    private static readonly DateTimeOffset OffPeak = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero); // a Wednesday noon UTC
    private static readonly DateTimeOffset Peak = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private static LlmScorerOptions DeepSeekOn(FakeOpenAiServer server, DateTimeOffset now) => Options(server, "deepseek-flash") with
    {
        Provider = LlmProvider.DeepSeek, Clock = new FixedClock(now),
    };

    [Fact]
    public async Task A_retired_name_is_refused_before_any_request()
    {
        using var server = new FakeOpenAiServer(r => FakeReply.RetiredModel(r) ?? FakeReply.Chat("YES"));
        var ex = Assert.Throws<ArgumentException>(() => new LlmSentimentScorer(DeepSeekOn(server, OffPeak) with { Model = "deepseek-reasoner" }));
        Assert.Contains("deepseek-flash", ex.Message);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task DeepSeek_thinking_and_effort_are_sent_its_way_and_recorded_with_the_served_model()
    {
        using var server = new FakeOpenAiServer(r => FakeReply.RetiredModel(r) ?? FakeReply.Chat("YES\nBeat.", reasoningContent: "beat, so up",
            promptTokens: 100, completionTokens: 300, reasoningTokens: 280, cacheHitTokens: 80, model: "deepseek-flash", systemFingerprint: "fp_v41_1017"));
        using var scorer = new LlmSentimentScorer(DeepSeekOn(server, OffPeak) with { Model = "deepseek-v4-flash", Thinking = ThinkingMode.On, ReasoningEffort = "max" });

        var r = (await scorer.ScoreAsync([News("a", "Acme beats estimates")]))[0];

        var sent = server.Requests.Single();
        Assert.Equal("enabled", sent.ThinkingType);
        Assert.Equal("max", sent.ReasoningEffort);
        Assert.Null(sent.Json["temperature"]); // ignored in thinking mode, so not sent
        Assert.Equal(ScoreStatus.Ok, r.Status);
        Assert.Equal("beat, so up", r.Reasoning);
        Assert.Equal(("deepseek-v4-flash", "deepseek-flash", "fp_v41_1017"), (r.Model, r.ServedModel, r.SystemFingerprint));
        Assert.Equal(("on", "max"), (r.Thinking, r.ReasoningEffort));
        Assert.Equal(OffPeak, r.ScoredUtc);
        Assert.Equal((100, 80, 300), (r.InputTokens, r.CacheHitTokens, r.OutputTokens));
        Assert.Equal((80 * 0.003 + 20 * 0.15 + 300 * 0.60) / 1e6, r.CostUsd, 15);
    }

    [Fact]
    public async Task Thinking_off_is_sent_as_disabled_and_the_same_call_costs_double_at_peak()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("NO\nMiss.", promptTokens: 100, completionTokens: 10, cacheHitTokens: 0));
        using var offPeak = new LlmSentimentScorer(DeepSeekOn(server, OffPeak) with { Thinking = ThinkingMode.Off });
        using var peak = new LlmSentimentScorer(DeepSeekOn(server, Peak) with { Thinking = ThinkingMode.Off });
        var cheap = (await offPeak.ScoreAsync([News("a", "Acme misses")]))[0];
        var dear = (await peak.ScoreAsync([News("a", "Acme misses")]))[0];
        Assert.All(server.Requests, q => Assert.Equal("disabled", q.ThinkingType));
        Assert.NotNull(server.Requests[0].Json["temperature"]);
        Assert.Equal("off", cheap.Thinking);
        Assert.Equal(2 * cheap.CostUsd, dear.CostUsd, 15);
    }

    [Fact]
    public async Task Ollama_reasoning_field_is_kept_and_thinking_off_is_reasoning_effort_none()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("UNKNOWN\nNo signal.", reasoningContent: "a date, no news", reasoningField: "reasoning"));
        var ollama = Options(server, "deepseek-r1:8b") with { Provider = LlmProvider.Ollama };
        using var thinking = new LlmSentimentScorer(ollama);
        var r = (await thinking.ScoreAsync([News("a", "Acme to report on October 28")]))[0];
        Assert.Equal("a date, no news", r.Reasoning);
        Assert.Equal("on", r.Thinking);
        Assert.Null(server.Requests[0].ReasoningEffort);
        Assert.Equal(0, r.CostUsd); // local: free

        using var off = new LlmSentimentScorer(ollama with { Thinking = ThinkingMode.Off });
        await off.ScoreAsync([News("b", "Acme to report on October 29")]);
        Assert.Equal("none", server.Requests[1].ReasoningEffort);
        Assert.Null(server.Requests[1].ThinkingType); // Ollama has no thinking object
    }

    [Fact]
    public async Task Vllm_and_llama_cpp_switch_thinking_in_the_chat_template()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nUp.", reasoningContent: "parsed by the deepseek_r1 parser"));
        using var vllm = new LlmSentimentScorer(Options(server, "deepseek-r1-distill-qwen-7b") with { Provider = LlmProvider.Vllm, Thinking = ThinkingMode.Off });
        var r = (await vllm.ScoreAsync([News("a", "Acme beats")]))[0];
        var kwargs = server.Requests[0].Json["chat_template_kwargs"]!;
        Assert.False((bool)kwargs["enable_thinking"]!);
        Assert.Equal("parsed by the deepseek_r1 parser", r.Reasoning);
    }

    [Fact]
    public async Task Json_mode_is_requested_and_empty_content_is_asked_again()
    {
        using var server = new FakeOpenAiServer((r, n) => n == 0 ? FakeReply.Chat("")
            : FakeReply.Chat($$"""{"item": "{{ItemTag(r)}}", "label": "positive", "score": 0.7, "confidence": 0.8, "rationale": "beat"}"""));
        using var scorer = new LlmSentimentScorer(DeepSeekOn(server, OffPeak) with { Prompt = LlmPromptKind.Json, Concurrency = 1 });
        var result = (await scorer.ScoreAsync([News("a", "Acme beats")]))[0];
        Assert.Equal(ScoreStatus.Ok, result.Status);
        Assert.Equal(0.7, result.Score);
        Assert.Equal(2, server.RequestCount);
        Assert.All(server.Requests, q => Assert.Equal("json_object", (string?)q.Json["response_format"]?["type"]));
    }

    private static string ItemTag(FakeRequest r)
    {
        var line = r.User.Split('\n').First(l => l.StartsWith("Item: ", StringComparison.Ordinal));
        return line["Item: ".Length..];
    }

    [Fact]
    public async Task Provenance_survives_the_cache_and_reaches_the_scores_csv()
    {
        using var files = new TempFiles();
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nUp.", model: "deepseek-flash", systemFingerprint: "fp_x", cacheHitTokens: 32));
        var options = DeepSeekOn(server, OffPeak) with { CachePath = files.PathOf("cache.db") };
        using (var first = new LlmSentimentScorer(options)) await first.ScoreAsync([News("a", "Acme beats")]);
        using var second = new LlmSentimentScorer(options);
        var cached = (await second.ScoreAsync([News("a", "Acme beats")]))[0];
        Assert.Equal(1, server.RequestCount);
        Assert.True(cached.Cached);
        Assert.Equal(("deepseek-flash", "fp_x", "on", 32), (cached.ServedModel, cached.SystemFingerprint, cached.Thinking, cached.CacheHitTokens));
        Assert.Equal(OffPeak, cached.ScoredUtc);

        var provenance = ScoringProvenance.Of([cached]).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal("deepseek-flash", provenance["served model"]);
        Assert.Equal("fp_x", provenance["system fingerprint"]);
        Assert.Equal("2026-12-02 12:00 to 2026-12-02 12:00", provenance["scored (UTC)"]);

        var csv = files.PathOf("scores.csv");
        ScoredHeadlineCsv.Write(csv, [cached]);
        var lines = File.ReadAllLines(csv);
        var header = lines[0].Split(',');
        var cells = lines[1].Split(',');
        Assert.Equal("fp_x", cells[Array.IndexOf(header, "systemFingerprint")]);
        Assert.Equal("2026-12-02T12:00:00Z", cells[Array.IndexOf(header, "scoredUtc")]);
    }

    [Fact]
    public void The_dry_run_states_its_assumptions_and_both_rates()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES"));
        using var scorer = new LlmSentimentScorer(DeepSeekOn(server, Peak));
        var estimate = scorer.Estimate(Batch(10));
        Assert.True(estimate.AtPeak);
        Assert.Equal(estimate.CostUsd / 2, estimate.OtherRateCostUsd, 12);
        var text = estimate.ToString();
        Assert.Contains("cache miss", text);
        Assert.Contains("peak", text);
        Assert.Contains("https://api-docs.deepseek.com", text);
        Assert.Contains("reasoning tokens", text);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public void Cutoffs_warn_when_the_window_lies_before_the_models_training_end()
    {
        var before = ModelCutoffs.LookAheadWarning("deepseek-flash", new DateOnly(2020, 1, 2), new DateOnly(2024, 12, 31), anonymized: false);
        Assert.Contains("look-ahead", before);
        Assert.Contains("--anonymize", before);
        Assert.Contains("100%", before);
        Assert.Null(ModelCutoffs.LookAheadWarning("llama3.1:8b", new DateOnly(2024, 6, 1), new DateOnly(2024, 12, 31), anonymized: false));
        Assert.Contains("no training cut-off is known", ModelCutoffs.LookAheadWarning("mystery", new DateOnly(2024, 1, 1), new DateOnly(2024, 2, 1), false));
        Assert.Equal(new DateOnly(2025, 5, 28), ModelCutoffs.Find("ollama/deepseek-r1:8b")!.Date);
        Assert.All(ModelCutoffs.All, c => Assert.StartsWith("https://", c.Source));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>Exit codes a script can read: every item failed → non-zero with the first error; some failed → 0, and the last line says how many.</summary>
public class BatchOutcomeTests
{
    private static string WriteNews(TempFiles files) => files.Write("news.csv",
        "id,timestamp,symbol,headline\n" +
        "n1,2024-03-01T09:00:00-05:00,ACME,Acme beats estimates\n" +
        "n2,2024-03-01T10:00:00-05:00,ACME,Acme misses on revenue\n");

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var run = await InProcessCli.RunAsync(args);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }

    [Fact]
    public async Task A_batch_where_every_item_fails_exits_non_zero_with_the_first_error()
    {
        using var files = new TempFiles();
        using var server = new FakeOpenAiServer(r => FakeReply.RetiredModel(r) ?? FakeReply.Chat("YES"));
        var (exit, _, err) = await Run("sentiment", "score", "--news", WriteNews(files), "--scorer", "llm", "--provider", "custom",
            "--endpoint", server.BaseUrl, "--model", "deepseek-reasoner", "--max-retries", "0", "--out", files.PathOf("s.csv"));
        Assert.NotEqual(0, exit);
        Assert.Contains("every item failed", err);
        Assert.Contains("HTTP 400", err);
        Assert.True(File.Exists(files.PathOf("s.csv"))); // the rows, with their errors, are kept
    }

    [Fact]
    public async Task A_partial_batch_exits_zero_and_its_last_line_counts_the_failures()
    {
        using var files = new TempFiles();
        using var server = new FakeOpenAiServer(r => r.Headline.Contains("misses") ? FakeReply.Error(400, "Content Exists Risk") : FakeReply.Chat("YES\nUp."));
        var (exit, output, _) = await Run("sentiment", "score", "--news", WriteNews(files), "--scorer", "llm", "--provider", "custom",
            "--endpoint", server.BaseUrl, "--model", "test-model", "--max-retries", "0", "--out", files.PathOf("s.csv"));
        Assert.Equal(0, exit);
        var last = output.TrimEnd().Split('\n')[^1];
        Assert.Contains("1 ok, 1 failed", last);
    }
}
