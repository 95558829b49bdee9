using Signals.Sentiment.Embedded;
using Signals.Sentiment.Lexicon;

namespace Signals.Sentiment;

/// <summary>The scorers that need no network: "embedded" (MiniLM embeddings + trained head, the default) and "lexicon".</summary>
public static class OfflineScorers
{
    public static IReadOnlyList<string> Names { get; } = ["embedded", "lexicon"];

    public static ISentimentScorer Create(string name) => name.Trim().ToLowerInvariant() switch
    {
        "embedded" => new EmbeddedSentimentScorer(),
        "lexicon" => new LexiconSentimentScorer(),
        _ => throw new ArgumentException(
            $"unknown offline scorer '{name}'; choose one of: {string.Join(", ", Names)}", nameof(name)),
    };
}
