using Signals.Sentiment.Embedded;
using Signals.Sentiment.Llm;

namespace Signals.Sentiment;

/// <summary>What <see cref="SentimentScorers.Create"/> needs besides the scorer's name.</summary>
public sealed record SentimentScorerOptions
{
    /// <summary>The embedded scorer's weights (its name, and so its cache key, says which).</summary>
    public EmbeddingPrecision Precision { get; init; } = EmbeddingPrecisions.Default;

    /// <summary>
    /// SQLite file of finished results, read and filled by every scorer alike: offline scorers through
    /// <see cref="Caching.CachingSentimentScorer"/> (keyed by the scorer's name), the LLM by its own request identity.
    /// Null for no cache.
    /// </summary>
    public string? CachePath { get; init; }

    /// <summary>The LLM's settings, for "llm" and "llm:…" names; the model and provider of "llm:PROVIDER/MODEL" override them.</summary>
    public LlmScorerOptions? Llm { get; init; }

    /// <summary>Where API keys and SIGNALS_LLM_* defaults are read; null for the process environment.</summary>
    public Func<string, string?>? Environment { get; init; }

    /// <summary>An LLM built for a cost estimate only: no key needed, nothing sent (a dry run).</summary>
    public bool EstimateOnly { get; init; }
}
