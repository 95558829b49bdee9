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
}
