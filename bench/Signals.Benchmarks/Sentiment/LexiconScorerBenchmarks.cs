using BenchmarkDotNet.Attributes;
using Signals.Benchmarks.Research;
using Signals.Data;
using Signals.Sentiment.Lexicon;

namespace Signals.Benchmarks.Sentiment;

/// <summary>
/// The lexicon scorer on the committed sample's 22,819 headlines (data/sample/news.csv). Each figure is per
/// headline (OperationsPerInvoke), so headlines/s = 1 / median: the feature extractor on one thread, and the scorer
/// (features, score, result) on every core. The "no-avx512" job switches off .NET's AVX-512 paths (the vectorised
/// string searches and case mapping fall back to AVX2).
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
[InstructionSetJobs(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class LexiconScorerBenchmarks
{
    private const int SampleHeadlines = 22_819;
    private NewsItem[] _items = [];
    private string[] _texts = [];
    private readonly LexiconSentimentScorer _scorer = new();

    [GlobalSetup]
    public void Setup()
    {
        _items = [.. NewsFile.Load(Path.Combine(EventStudyBenchmarks.SampleFolder(), "news.csv"))];
        if (_items.Length != SampleHeadlines) throw new InvalidOperationException($"Expected the committed sample's {SampleHeadlines:N0} headlines, found {_items.Length:N0}.");
        _texts = [.. _items.Select(i => i.Headline)];
    }

    [Benchmark(Description = "features, one thread (per headline)", OperationsPerInvoke = SampleHeadlines)]
    public double Features()
    {
        double net = 0;
        foreach (var text in _texts) net += LexiconFeatureExtractor.Extract(text).Net;
        return net;
    }

    [Benchmark(Description = "scorer, all cores (per headline)", OperationsPerInvoke = SampleHeadlines)]
    public int Scorer() => _scorer.ScoreAsync(_items).GetAwaiter().GetResult().Count;
}
