using BenchmarkDotNet.Attributes;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Caching;
using Signals.Sentiment.Llm;

namespace Signals.Benchmarks.Sentiment;

/// <summary>
/// Cache hits per second: a batch of 10,000 headlines that are all in the SQLite cache, through the generic
/// decorator and through the LLM scorer (which builds each prompt to key it). Hits/s = 10,000 / mean.
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn, InstructionSetJobs]
public class LlmCacheBenchmarks
{
    public const int Items = 10_000;
    private string _folder = null!;
    private NewsItem[] _items = null!;
    private CachingSentimentScorer _caching = null!;
    private LlmSentimentScorer _llm = null!;
    private LlmLoopbackServer _server = null!;
    private SentimentResultCache _store = null!;
    private string[] _keys = null!;

    private sealed class FixedScorer : ISentimentScorer
    {
        public string Name => "bench-fixed-v1";
        public Task<IReadOnlyList<SentimentResult>> ScoreAsync(IReadOnlyList<NewsItem> items, IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SentimentResult>>(items.Select(i => new SentimentResult
            {
                Id = i.Id, Score = 0.25, Label = SentimentLabel.Positive, Confidence = 0.6, Model = Name, Rationale = "fixed",
            }).ToArray());
    }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "signals-bench-" + Guid.NewGuid().ToString("N"));
        _items = LlmBenchData.Headlines(Items);
        _caching = new CachingSentimentScorer(new FixedScorer(), Path.Combine(_folder, "generic.db"));
        _caching.ScoreAsync(_items).GetAwaiter().GetResult();

        _store = new SentimentResultCache(Path.Combine(_folder, "generic.db"));
        _keys = _items.Select(i => SentimentResultCache.Key("scorer:bench-fixed-v1", CachingSentimentScorer.ItemText(i))).ToArray();
        if (_store.GetMany(_keys).Any(r => r is null)) throw new InvalidOperationException("raw keys do not match the decorator's");

        _server = new LlmLoopbackServer(TimeSpan.Zero);
        _llm = new LlmSentimentScorer(new LlmScorerOptions
        {
            Provider = LlmProvider.Custom, Endpoint = _server.BaseUrl, Model = "bench-model", ApiKey = "sk-bench-not-a-real-key",
            Concurrency = 32, CachePath = Path.Combine(_folder, "llm.db"),
        });
        _llm.ScoreAsync(_items).GetAwaiter().GetResult();
        if (_server.Requests != Items) throw new InvalidOperationException("cache warm-up did not request every item");
    }

    [Benchmark(Description = "SentimentResultCache.GetMany, 10,000 keys")]
    public int RawLookups()
    {
        var found = _store.GetMany(_keys);
        return found.Length;
    }

    [Benchmark(Description = "CachingSentimentScorer, 10,000 hits")]
    public async Task<int> GenericCacheHits() => Check(await _caching.ScoreAsync(_items));

    [Benchmark(Description = "LlmSentimentScorer, 10,000 cache hits")]
    public async Task<int> LlmCacheHits() => Check(await _llm.ScoreAsync(_items));

    private int Check(IReadOnlyList<SentimentResult> results)
    {
        foreach (var r in results) if (!r.Cached) throw new InvalidOperationException("a cache miss in a hit benchmark");
        if (_server.Requests != Items) throw new InvalidOperationException("a cached batch made an HTTP request");
        return results.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _caching.Dispose();
        _store.Dispose();
        _llm.Dispose();
        _server.Dispose();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
