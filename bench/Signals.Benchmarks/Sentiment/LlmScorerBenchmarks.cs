using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Signals.Data;
using Signals.Sentiment.Llm;

namespace Signals.Benchmarks.Sentiment;

/// <summary>
/// End-to-end LLM scoring (prompt, real OpenAI client over HTTP, parsing) against a loopback server that
/// answers in 200 ms, at concurrency 64. Headlines per second = Headlines / mean time per operation.
/// The ceiling is 64 / 0.2 s = 320 headlines/s.
/// </summary>
[InstructionSetJobs(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7)]
[MinColumn, MedianColumn]
public class LlmScorerBenchmarks
{
    public const int Headlines = 1280;
    private LlmLoopbackServer _server = null!;
    private LlmSentimentScorer _scorer = null!;
    private NewsItem[] _items = null!;

    [GlobalSetup]
    public void Setup()
    {
        _server = new LlmLoopbackServer(TimeSpan.FromMilliseconds(200));
        _scorer = new LlmSentimentScorer(new LlmScorerOptions
        {
            Provider = LlmProvider.Custom,
            Endpoint = _server.BaseUrl,
            Model = "bench-model",
            ApiKey = "sk-bench-not-a-real-key",
            Concurrency = 64,
        });
        _items = LlmBenchData.Headlines(Headlines);
    }

    [Benchmark(Description = "LLM scorer, 1280 headlines, 200 ms server, concurrency 64")]
    public async Task<int> ScoreBatch()
    {
        var results = await _scorer.ScoreAsync(_items);
        int ok = 0;
        foreach (var r in results) if (r.Status == Signals.Sentiment.ScoreStatus.Ok) ok++;
        if (ok != results.Count) throw new InvalidOperationException($"{results.Count - ok} items failed");
        return ok;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _scorer.Dispose();
        _server.Dispose();
    }
}

internal static class LlmBenchData
{
    private static readonly string[] Verbs = ["beats", "misses", "raises guidance on", "cuts jobs at", "wins contract for", "recalls"];

    public static NewsItem[] Headlines(int n)
    {
        var items = new NewsItem[n];
        var t0 = new DateTimeOffset(2024, 1, 2, 14, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < n; i++)
            items[i] = new NewsItem($"b{i}", t0.AddMinutes(i), [$"S{i % 50:00}"], $"Company {i % 50} {Verbs[i % Verbs.Length]} product line {i}");
        return items;
    }
}
