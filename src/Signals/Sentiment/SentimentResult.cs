namespace Signals.Sentiment;

public enum ScoreStatus
{
    Ok,
    /// <summary>No usable answer after the allowed attempts; <see cref="SentimentResult.Error"/> says why. Never a silent 0.</summary>
    Failed,
    /// <summary>Not requested because the batch stopped first (budget reached or cancelled).</summary>
    Skipped,
}

/// <summary>What a scorer says of one news item.</summary>
public sealed record SentimentResult
{
    public required string Id { get; init; }
    /// <summary>In [-1, 1]; NaN when <see cref="Status"/> is not Ok.</summary>
    public double Score { get; init; } = double.NaN;
    public SentimentLabel Label { get; init; }
    /// <summary>In [0, 1]; how sure the scorer is of <see cref="Label"/>.</summary>
    public double Confidence { get; init; }
    /// <summary>The model's short reason for its answer.</summary>
    public string? Rationale { get; init; }
    /// <summary>A reasoning model's thinking (DeepSeek-R1's reasoning_content or a &lt;think&gt; block), kept apart from the answer.</summary>
    public string? Reasoning { get; init; }
    public ScoreStatus Status { get; init; } = ScoreStatus.Ok;
    public string? Error { get; init; }
    public string Model { get; init; } = "";
    public string PromptVersion { get; init; } = "";
    public int InputTokens { get; init; }
    public int OutputTokens { get; init; }
    public int ReasoningTokens { get; init; }
    public bool Cached { get; init; }
    public TimeSpan Latency { get; init; }

    // Provenance: which model really answered, and how it was asked. An LLM result records them; offline scorers leave them empty.

    /// <summary>The model id the server reported in its answer (an alias resolves to the served model here); null when it gave none.</summary>
    public string? ServedModel { get; init; }
    /// <summary>The server's system_fingerprint (its build of the model); null when it gave none.</summary>
    public string? SystemFingerprint { get; init; }
    /// <summary>"on" or "off" when thinking was set explicitly or by the provider's default; null when the scorer does not think.</summary>
    public string? Thinking { get; init; }
    /// <summary>low, high or max when a reasoning effort was sent; null otherwise.</summary>
    public string? ReasoningEffort { get; init; }
    /// <summary>When the answer was received (UTC); a cached result keeps the time it was first scored.</summary>
    public DateTimeOffset? ScoredUtc { get; init; }
    /// <summary>Input tokens the server served from its prompt cache (billed at the cache-hit price); part of <see cref="InputTokens"/>.</summary>
    public int CacheHitTokens { get; init; }
    /// <summary>What the requests for this item cost (USD) at the price of the hour they ran; NaN when the price is unknown, 0 for a cached result's re-use.</summary>
    public double CostUsd { get; init; }
}
