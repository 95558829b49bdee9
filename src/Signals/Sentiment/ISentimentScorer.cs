using Signals.Data;

namespace Signals.Sentiment;

/// <summary>Progress of a scoring batch: how many items are done out of how many, and how many failed.</summary>
/// <param name="Completed">Items finished (scored, failed or skipped), cached ones included.</param>
/// <param name="Total">Items in the batch.</param>
/// <param name="Failed">Items that failed so far.</param>
/// <param name="Cached">Items answered from a cache.</param>
/// <param name="CostUsd">Spend so far, in USD.</param>
public readonly record struct ScoringProgress(int Completed, int Total, int Failed = 0, int Cached = 0, double CostUsd = 0);

/// <summary>
/// Scores a batch of news items. One result per item, in the input order; a failure of one item is a
/// <see cref="ScoreStatus.Failed"/> result, never an exception that loses the rest of the batch.
/// </summary>
public interface ISentimentScorer
{
    /// <summary>A short name for reports and cache keys, e.g. "embedded-minilm-v1" or "deepseek-reasoner".</summary>
    string Name { get; }

    /// <summary>Scores <paramref name="items"/>: one result per item, in input order; an item that fails is a Failed result, not an exception.</summary>
    /// <param name="progress">Reports done, failed and cached counts as the batch runs; may be null.</param>
    /// <param name="cancellationToken">Stops the batch; implementations return the remaining items as Skipped or throw <see cref="OperationCanceledException"/>.</param>
    Task<IReadOnlyList<SentimentResult>> ScoreAsync(
        IReadOnlyList<NewsItem> items,
        IProgress<ScoringProgress>? progress = null,
        CancellationToken cancellationToken = default);
}
