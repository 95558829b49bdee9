using System.Collections.Concurrent;
using Signals.Data;

namespace Signals.Sentiment.Lexicon;

/// <summary>
/// The simplest offline baseline: a hand-written financial lexicon with negation and numeric-direction cues, no
/// training. Net evidence of at least one cue either way gives a positive or negative label; anything weaker is
/// neutral. Uncertainty words ("may", "talks", "reportedly") damp the score.
/// </summary>
public sealed class LexiconSentimentScorer : ISentimentScorer
{
    /// <summary>Name and version the lexicon scorer writes into results and cache keys; bump it when the lexicon changes.</summary>
    public const string ModelName = "lexicon-fin-v1";

    // Items per unit of parallel work: one to two milliseconds each, so a core that a busy machine takes away for a
    // while leaves little work stranded, cancellation is seen promptly, and progress moves about a thousand times
    // over a million headlines.
    private const int ChunkSize = 1024;

    /// <summary>Always <see cref="ModelName"/>.</summary>
    public string Name => ModelName;

    /// <summary>The cue counts behind a score, also the lexicon half of the embedded model's input.</summary>
    public static LexiconFeatures Features(string text) => LexiconFeatureExtractor.Extract(text);

    /// <summary>Scores one text: label, score in [-1, 1] and confidence in [0, 1].</summary>
    public static (SentimentLabel Label, double Score, double Confidence) ScoreText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ScoreText(text.AsSpan());
    }

    /// <summary>As <see cref="ScoreText(string)"/>, on text in a caller's buffer.</summary>
    public static (SentimentLabel Label, double Score, double Confidence) ScoreText(ReadOnlySpan<char> text)
    {
        var f = LexiconFeatureExtractor.Extract(text);
        double net = f.Net / (1 + 0.5 * f.Uncertainty);
        double score = Math.Tanh(net / 2);
        var label = net >= 1 ? SentimentLabel.Positive : net <= -1 ? SentimentLabel.Negative : SentimentLabel.Neutral;
        double confidence = label == SentimentLabel.Neutral ? 1 - Math.Abs(score) : Math.Abs(score);
        return (label, score, confidence);
    }

    /// <summary>
    /// Scores each item's headline (its body when it has none) on every core, returning when all are done; each
    /// result depends on its item alone, so the list is the same, in input order, however the work is shared. Never
    /// fails an item; progress is reported as chunks finish, one report at a time; cancellation throws
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public Task<IReadOnlyList<SentimentResult>> ScoreAsync(
        IReadOnlyList<NewsItem> items, IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Only the id, score, label and confidence differ between headlines: held by column, no object per headline.
        // A news table's results read their ids from it: no id string held per headline.
        var table = items as NewsTable;
        var kind = new SentimentResult { Id = "", Model = ModelName };
        var results = table is null ? new SentimentResultColumnsBuilder(items.Count, kind) : new SentimentResultColumnsBuilder(table, kind);
        if (items.Count == 0)
        {
            progress?.Report(new ScoringProgress(0, 0));
            return Task.FromResult<IReadOnlyList<SentimentResult>>(results.Build());
        }
        var batch = new ParallelBatchProgress(items.Count, progress);
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        // A news table's headlines are decoded into one buffer per worker, not made into an item and a string each.
        Parallel.ForEach(Partitioner.Create(0, items.Count, ChunkSize), options, () => table is null ? null : new char[table.MaxHeadlineChars], (range, _, buffer) =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                if (cancellationToken.IsCancellationRequested) return buffer;
                var item = table is null ? items[i] : null;
                ReadOnlySpan<char> text = table is null ? ScoredText.Of(item!) : ScoredText.Of(table, i, buffer!);
                var (label, score, confidence) = ScoreText(text);
                if (table is null) results.Set(i, SentimentResultColumnsBuilder.Scored, item!.Id, score, label, confidence);
                else results.SetRow(i, SentimentResultColumnsBuilder.Scored, score, label, confidence);
            }
            batch.Finished(range.Item2 - range.Item1);
            return buffer;
        }, _ => { });
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<SentimentResult>>(results.Build());
    }
}

/// <summary>Which text of a news item the offline scorers read: the headline, or the body when there is none.</summary>
internal static class ScoredText
{
    public static string Of(NewsItem item) =>
        !string.IsNullOrWhiteSpace(item.Headline) ? item.Headline : item.Body ?? "";

    /// <summary>The same text of a table's row, the headline decoded into <paramref name="buffer"/> (at least <see cref="NewsTable.MaxHeadlineChars"/> long).</summary>
    public static ReadOnlySpan<char> Of(NewsTable table, int row, char[] buffer)
    {
        var headline = buffer.AsSpan(0, table.CopyHeadline(row, buffer));
        return !headline.IsWhiteSpace() ? headline : table.Body(row) ?? "";
    }
}
