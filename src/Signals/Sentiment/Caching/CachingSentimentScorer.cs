using Signals.Data;

namespace Signals.Sentiment.Caching;

/// <summary>
/// Puts a persistent result cache in front of any scorer. An item is looked up by the inner scorer's name
/// (which should carry its version, e.g. "embedded-minilm-v1") and the item's text (symbols, headline, body);
/// only misses reach the inner scorer, in chunks that are committed as each one finishes.
/// </summary>
public sealed class CachingSentimentScorer : ISentimentScorer, IDisposable
{
    private readonly ISentimentScorer _inner;
    private readonly SentimentResultCache _cache;
    private readonly bool _ownsCache;
    private readonly int _chunkSize;
    private readonly string _identity;

    /// <summary>Caches <paramref name="inner"/> in a SQLite file at <paramref name="cachePath"/> (created if missing), owned and closed by this scorer.</summary>
    /// <param name="inner">The scorer asked on a miss; not disposed by this one.</param>
    /// <param name="cachePath">The cache file.</param>
    /// <param name="chunkSize">Misses scored and committed per chunk, so a killed run keeps every finished chunk.</param>
    public CachingSentimentScorer(ISentimentScorer inner, string cachePath, int chunkSize = 256)
        : this(inner, new SentimentResultCache(cachePath), chunkSize, ownsCache: true) { }

    /// <summary>Caches <paramref name="inner"/> in an open cache, which may be shared with other scorers (keys carry the scorer's identity).</summary>
    /// <param name="inner">The scorer asked on a miss.</param>
    /// <param name="cache">The cache to read and fill.</param>
    /// <param name="chunkSize">Misses scored and committed per chunk.</param>
    /// <param name="ownsCache">Whether <see cref="Dispose"/> closes <paramref name="cache"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunkSize"/> is below 1.</exception>
    public CachingSentimentScorer(ISentimentScorer inner, SentimentResultCache cache, int chunkSize = 256, bool ownsCache = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _inner = inner;
        _cache = cache;
        _ownsCache = ownsCache;
        _chunkSize = chunkSize;
        _identity = "scorer:" + inner.Name;
    }

    /// <summary>The inner scorer's name: a cached result is interchangeable with a fresh one.</summary>
    public string Name => _inner.Name;

    /// <summary>The text an item is keyed by: everything a scorer may read of it.</summary>
    internal static string ItemText(NewsItem item) =>
        string.Join(';', item.Symbols) + "\n" + item.Headline + "\n" + (item.Body ?? "");

    /// <summary>
    /// Answers hits from the cache (<see cref="SentimentResult.Cached"/> true) and scores the misses with the inner scorer chunk by chunk;
    /// only Ok results are stored, and items left when cancelled come back Skipped rather than throwing.
    /// </summary>
    /// <exception cref="InvalidOperationException">The inner scorer returned a different number of results than items.</exception>
    public async Task<IReadOnlyList<SentimentResult>> ScoreAsync(
        IReadOnlyList<NewsItem> items, IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var keys = new string[items.Count];
        var ids = new string[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            keys[i] = SentimentResultCache.Key(_identity, ItemText(items[i]));
            ids[i] = items[i].Id;
        }

        var cached = _cache.GetMany(keys, ids);
        var results = new SentimentResult[items.Count];
        var misses = new List<int>();
        for (int i = 0; i < items.Count; i++)
        {
            if (cached[i] is { } hit) results[i] = hit;
            else misses.Add(i);
        }

        int hits = items.Count - misses.Count, done = hits, failed = 0;
        progress?.Report(new ScoringProgress(done, items.Count, 0, hits));

        for (int start = 0; start < misses.Count; start += _chunkSize)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                for (int m = start; m < misses.Count; m++)
                    results[misses[m]] = Skipped(items[misses[m]], "cancelled");
                break;
            }
            var chunk = misses.GetRange(start, Math.Min(_chunkSize, misses.Count - start));
            var chunkItems = chunk.ConvertAll(i => items[i]);
            int before = done, failedBefore = failed;
            var inner = progress is null ? null
                : new Progress<ScoringProgress>(p => progress.Report(new ScoringProgress(before + p.Completed, items.Count, failedBefore + p.Failed, hits + p.Cached, p.CostUsd)));
            var scored = await _inner.ScoreAsync(chunkItems, inner, cancellationToken).ConfigureAwait(false);
            if (scored.Count != chunk.Count)
                throw new InvalidOperationException($"scorer {_inner.Name} returned {scored.Count} results for {chunk.Count} items");

            var entries = new List<CacheEntry>(chunk.Count);
            for (int c = 0; c < chunk.Count; c++)
            {
                int i = chunk[c];
                results[i] = scored[c];
                if (scored[c].Status == ScoreStatus.Failed) failed++;
                if (scored[c].Status == ScoreStatus.Ok)
                    entries.Add(new CacheEntry(keys[i], _identity, SentimentResultCache.Hash(ItemText(items[i])), scored[c]));
            }
            _cache.PutMany(entries);
            done += chunk.Count;
            progress?.Report(new ScoringProgress(done, items.Count, failed, hits));
        }
        return results;
    }

    private SentimentResult Skipped(NewsItem item, string reason) =>
        new() { Id = item.Id, Status = ScoreStatus.Skipped, Error = reason, Model = _inner.Name };

    /// <summary>Dispose the inner scorer with this one (set by <see cref="SentimentScorers.Create"/>, which made both).</summary>
    internal bool OwnsInner { get; init; }

    /// <summary>Closes the cache if this scorer owns it, and the inner scorer only if <see cref="SentimentScorers.Create"/> made both.</summary>
    public void Dispose()
    {
        // The inner scorer belongs to whoever made it.
        if (_ownsCache) _cache.Dispose();
        if (OwnsInner) (_inner as IDisposable)?.Dispose();
    }
}
