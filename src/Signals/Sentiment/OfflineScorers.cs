using Signals.Sentiment.Embedded;
using Signals.Sentiment.Lexicon;

namespace Signals.Sentiment;

/// <summary>The scorers that need no network: "embedded" (MiniLM embeddings + trained head, the default) and "lexicon".</summary>
public static class OfflineScorers
{
    /// <summary>Names the scorer factory accepts for the offline scorers: "embedded" and "lexicon".</summary>
    public static IReadOnlyList<string> Names { get; } = ["embedded", "lexicon"];

    /// <summary>
    /// True for a result's model name that one of these scorers wrote: their models are trained on the project's own
    /// labelled headlines, not on market news of the study's years, so a training cut-off does not apply to them.
    /// </summary>
    public static bool IsOfflineModel(string model) =>
        model.StartsWith(EmbeddedSentimentScorer.ModelName, StringComparison.Ordinal)
        || model.StartsWith(LexiconSentimentScorer.ModelName, StringComparison.Ordinal);

    /// <summary>A scorer by name; <paramref name="precision"/> chooses the embedded model's weights (the lexicon has none).</summary>
    public static ISentimentScorer Create(string name, EmbeddingPrecision precision = EmbeddingPrecisions.Default) => name.Trim().ToLowerInvariant() switch
    {
        "embedded" => new EmbeddedSentimentScorer(precision),
        "lexicon" => new LexiconSentimentScorer(),
        _ => throw new ArgumentException(
            $"unknown offline scorer '{name}'; choose one of: {string.Join(", ", Names)}", nameof(name)),
    };
}
