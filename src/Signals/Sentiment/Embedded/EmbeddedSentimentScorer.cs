using Signals.Data;
using Signals.Sentiment.Lexicon;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// The offline default: all-MiniLM-L6-v2 sentence embeddings plus a small trained head that also reads the
/// lexicon's cue counts. Score = P(positive) − P(negative); label = most probable class; confidence = its
/// probability. The model and head load once per process, on first use.
/// </summary>
public sealed class EmbeddedSentimentScorer : ISentimentScorer
{
    /// <summary>Stem of the scorer's <see cref="Name"/> (precision and head fingerprint follow it); bump the version when the pipeline changes.</summary>
    public const string ModelName = "embedded-minilm-v1";
    // Bounds the embeddings held at once; progress is reported per batch inside a chunk.
    private const int ChunkSize = 4096;

    private static readonly Lazy<SentimentHead> ShippedHead = new(SentimentHead.Shipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SentimentHead? _head;
    private readonly MiniLmEmbedder? _embedder;

    /// <summary>Uses the head shipped with the library and the process-wide embedder of <paramref name="precision"/>.</summary>
    public EmbeddedSentimentScorer(EmbeddingPrecision precision = EmbeddingPrecisions.Default) => Precision = precision;

    /// <summary>Uses a specific head (e.g. one just trained) and optionally a specific embedder (and so its precision).</summary>
    public EmbeddedSentimentScorer(SentimentHead head, MiniLmEmbedder? embedder = null)
    {
        _head = head;
        _embedder = embedder;
        Precision = embedder?.Precision ?? EmbeddingPrecisions.Default;
    }

    /// <summary>The weights the embeddings come from: the packaged fp32 model or its int8 rewrite.</summary>
    public EmbeddingPrecision Precision { get; }

    /// <summary>
    /// The model, its precision (int8 with the quantiser's version) and the fingerprint of its head, e.g.
    /// "embedded-minilm-v1-int8q1@3f2a9c0d41b7": what a cache keys on, so fp32 and int8 scores never mix.
    /// </summary>
    public string Name => $"{ModelName}-{PrecisionTag(Precision)}@{Head.Fingerprint}";

    internal static string PrecisionTag(EmbeddingPrecision precision) => precision == EmbeddingPrecision.Int8
        ? $"{precision.Name()}q{Quantization.MatMulInt8Quantizer.Version}"
        : precision.Name();

    private SentimentHead Head => _head ?? ShippedHead.Value;
    private MiniLmEmbedder Embedder => _embedder ?? MiniLmEmbedder.SharedWith(Precision);

    /// <summary>Embeds each item's headline (its body when it has none) and applies the head, off the caller's thread; never fails an item; cancellation throws.</summary>
    public Task<IReadOnlyList<SentimentResult>> ScoreAsync(
        IReadOnlyList<NewsItem> items, IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var texts = new string[items.Count];
        for (int i = 0; i < texts.Length; i++) texts[i] = ScoredText.Of(items[i]);
        // ONNX inference is CPU-bound and synchronous; run it off the caller's thread.
        return Task.Run<IReadOnlyList<SentimentResult>>(() =>
        {
            var predictions = Predict(texts, done => progress?.Report(new ScoringProgress(done, texts.Length)), cancellationToken);
            // Only the id, score, label and confidence differ between headlines: held by column, no object per headline.
            var results = new SentimentResultColumnsBuilder(items.Count, new SentimentResult { Id = "", Model = Name });
            for (int i = 0; i < items.Count; i++)
            {
                var p = predictions[i];
                results.Set(i, SentimentResultColumnsBuilder.Scored, items[i].Id, p.Score, p.Label, p.Confidence);
            }
            return results.Build();
        }, cancellationToken);
    }

    /// <summary>Scores raw texts, in order.</summary>
    public IReadOnlyList<SentimentPrediction> Predict(IReadOnlyList<string> texts, Action<int>? onProgress = null, CancellationToken cancellationToken = default)
    {
        var head = Head;
        var embedder = Embedder;
        var predictions = new SentimentPrediction[texts.Count];
        var lexicon = new double[LexiconFeatures.Count];
        var embedding = new double[MiniLmEmbedder.Dimensions];
        Span<double> p = stackalloc double[SentimentHead.Classes];
        for (int from = 0; from < texts.Count; from += ChunkSize)
        {
            int count = Math.Min(ChunkSize, texts.Count - from);
            var chunk = new string[count];
            for (int i = 0; i < count; i++) chunk[i] = texts[from + i];
            int offset = from;
            var vectors = embedder.Embed(chunk, onProgress is null ? null : new InlineProgress(done => onProgress(offset + done)), cancellationToken);
            for (int i = 0; i < count; i++)
            {
                for (int j = 0; j < embedding.Length; j++) embedding[j] = vectors[i][j];
                LexiconFeatureExtractor.Extract(chunk[i]).ToVector(lexicon);
                head.Probabilities(embedding, lexicon, p);
                predictions[from + i] = SentimentPrediction.FromProbabilities(p);
            }
        }
        return predictions;
    }

    // Progress<T> would post to the thread pool; the caller's callback is already thread-safe.
    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}

/// <summary>One offline prediction: class probabilities (negative, neutral, positive) and what follows from them.</summary>
public readonly record struct SentimentPrediction(double Negative, double Neutral, double Positive)
{
    /// <summary>P(positive) − P(negative), in [-1, 1].</summary>
    public double Score => Positive - Negative;

    /// <summary>The most probable class; ties go to neutral, and a negative–positive tie to negative.</summary>
    public SentimentLabel Label =>
        Positive > Neutral && Positive > Negative ? SentimentLabel.Positive
        : Negative > Neutral && Negative >= Positive ? SentimentLabel.Negative
        : SentimentLabel.Neutral;

    /// <summary>The probability of the most probable class, in [1/3, 1].</summary>
    public double Confidence => Math.Max(Negative, Math.Max(Neutral, Positive));

    /// <summary>Reads probabilities in class order (negative, neutral, positive); they should sum to 1.</summary>
    public static SentimentPrediction FromProbabilities(ReadOnlySpan<double> p) => new(p[0], p[1], p[2]);
}
