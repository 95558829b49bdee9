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

    /// <summary>Always <see cref="ModelName"/>.</summary>
    public string Name => ModelName;

    /// <summary>The cue counts behind a score, also the lexicon half of the embedded model's input.</summary>
    public static LexiconFeatures Features(string text) => LexiconFeatureExtractor.Extract(text);

    /// <summary>Scores one text: label, score in [-1, 1] and confidence in [0, 1].</summary>
    public static (SentimentLabel Label, double Score, double Confidence) ScoreText(string text)
    {
        var f = Features(text);
        double net = f.Net / (1 + 0.5 * f.Uncertainty);
        double score = Math.Tanh(net / 2);
        var label = net >= 1 ? SentimentLabel.Positive : net <= -1 ? SentimentLabel.Negative : SentimentLabel.Neutral;
        double confidence = label == SentimentLabel.Neutral ? 1 - Math.Abs(score) : Math.Abs(score);
        return (label, score, confidence);
    }

    /// <summary>Scores each item's headline (its body when it has none) synchronously; never fails an item; cancellation throws <see cref="OperationCanceledException"/>.</summary>
    public Task<IReadOnlyList<SentimentResult>> ScoreAsync(
        IReadOnlyList<NewsItem> items, IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new SentimentResult[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (label, score, confidence) = ScoreText(ScoredText.Of(items[i]));
            results[i] = new SentimentResult
            {
                Id = items[i].Id, Score = score, Label = label, Confidence = confidence, Model = ModelName,
            };
        }
        progress?.Report(new ScoringProgress(items.Count, items.Count));
        return Task.FromResult<IReadOnlyList<SentimentResult>>(results);
    }
}

/// <summary>Which text of a news item the offline scorers read: the headline, or the body when there is none.</summary>
internal static class ScoredText
{
    public static string Of(NewsItem item) =>
        !string.IsNullOrWhiteSpace(item.Headline) ? item.Headline : item.Body ?? "";
}
