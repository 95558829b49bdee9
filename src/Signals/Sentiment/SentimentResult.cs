namespace Signals.Sentiment;

/// <summary>Whether a result carries a usable score.</summary>
public enum ScoreStatus
{
    /// <summary>The scorer answered; score, label and confidence are set.</summary>
    Ok,
    /// <summary>No usable answer after the allowed attempts; <see cref="SentimentResult.Error"/> says why. Never a silent 0.</summary>
    Failed,
    /// <summary>Not requested because the batch stopped first (budget reached or cancelled).</summary>
    Skipped,
}

/// <summary>What a scorer says of one news item.</summary>
public sealed record SentimentResult
{
    /// <summary>The id of the news item scored (<c>NewsItem.Id</c>).</summary>
    public required string Id { get; init; }
    /// <summary>In [-1, 1]; NaN when <see cref="Status"/> is not Ok.</summary>
    public double Score { get; init; } = double.NaN;
    /// <summary>The three-way label; meaningful only when <see cref="Status"/> is Ok.</summary>
    public SentimentLabel Label { get; init; }
    /// <summary>In [0, 1]; how sure the scorer is of <see cref="Label"/>.</summary>
    public double Confidence { get; init; }
    /// <summary>The model's short reason for its answer.</summary>
    public string? Rationale { get; init; }
    /// <summary>A reasoning model's thinking (DeepSeek-R1's reasoning_content or a &lt;think&gt; block), kept apart from the answer.</summary>
    public string? Reasoning { get; init; }
    /// <summary>Ok, Failed or Skipped; only Ok results enter features and metrics.</summary>
    public ScoreStatus Status { get; init; } = ScoreStatus.Ok;
    /// <summary>Why the item Failed or was Skipped (secrets redacted); null when Ok.</summary>
    public string? Error { get; init; }
    /// <summary>The scorer or requested model that produced the result (e.g. "lexicon-fin-v1", "deepseek-chat").</summary>
    public string Model { get; init; } = "";
    /// <summary>Version of the LLM prompt that asked; empty for offline scorers.</summary>
    public string PromptVersion { get; init; } = "";
    /// <summary>Prompt tokens billed for this item, summed over retries; 0 for offline scorers.</summary>
    public int InputTokens { get; init; }
    /// <summary>Completion tokens billed for this item (reasoning tokens included), summed over retries.</summary>
    public int OutputTokens { get; init; }
    /// <summary>Of <see cref="OutputTokens"/>, those spent on reasoning, summed over retries.</summary>
    public int ReasoningTokens { get; init; }
    /// <summary>True when the result was read from a result cache rather than scored in this run.</summary>
    public bool Cached { get; init; }
    /// <summary>Wall time to score the item, retries included; a cached result keeps the time of its first scoring.</summary>
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
