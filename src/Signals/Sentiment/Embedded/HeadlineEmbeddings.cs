using Signals.Data;
using Signals.Sentiment.Lexicon;

namespace Signals.Sentiment.Embedded;

/// <summary>The MiniLM embedding of each headline (the embedded scorer's embedder), cached like scores.</summary>
public static class HeadlineEmbeddings
{
    /// <summary>The embedder's identity in cache keys: model and precision (with the int8 quantiser's version).</summary>
    public static string Identity(EmbeddingPrecision precision) => $"{MiniLmEmbedder.ModelName}-{EmbeddedSentimentScorer.PrecisionTag(precision)}";

    /// <summary>One vector per item, in order; with <paramref name="cachePath"/>, only texts not cached yet are embedded.</summary>
    public static float[][] Compute(IReadOnlyList<NewsItem> items, EmbeddingPrecision precision = EmbeddingPrecisions.Default, string? cachePath = null,
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var texts = items.Select(ScoredText.Of).ToArray();
        string identity = Identity(precision);
        using var cache = cachePath is null ? null : new EmbeddingCache(cachePath);
        var keys = texts.Select(t => EmbeddingCache.Key(identity, t)).ToArray();
        var vectors = cache?.GetMany(keys) ?? new float[]?[texts.Length];
        var missing = Enumerable.Range(0, texts.Length).Where(i => vectors[i] is null).ToArray();
        if (missing.Length > 0)
        {
            var computed = MiniLmEmbedder.SharedWith(precision).Embed([.. missing.Select(i => texts[i])], progress, cancellationToken);
            for (int j = 0; j < missing.Length; j++) vectors[missing[j]] = computed[j];
            cache?.PutMany(identity, missing.Select((i, j) => (keys[i], computed[j])));
        }
        return vectors!;
    }
}
