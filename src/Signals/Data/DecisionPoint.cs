namespace Signals.Data;

/// <summary>When in a trading day a strategy decides and trades.</summary>
public enum DecisionTiming
{
    /// <summary>At the session open: news published before the open can be used that day.</summary>
    Open,
    /// <summary>At the session close: news published before a cutoff (default 15 minutes before the close) can be used that day.</summary>
    Close,
}

/// <summary>The first moment a piece of information can be acted on: a trading day and the time of day of the decision.</summary>
public readonly record struct DecisionPoint(DateOnly Day, DecisionTiming Timing)
{
    /// <summary>"yyyy-MM-dd open" or "yyyy-MM-dd close".</summary>
    public override string ToString() => $"{Day:yyyy-MM-dd} {Timing.ToString().ToLowerInvariant()}";
}
