using Signals.Sentiment.Llm;

namespace Signals.Workflows.LookAhead;

/// <summary>How the look-ahead audit measures: the bootstrap of the IC difference and the fewest days a side needs.</summary>
public sealed record LookAheadAuditOptions
{
    /// <summary>Bootstrap resamples of the daily IC difference.</summary>
    public int BootstrapSamples { get; init; } = 2000;
    /// <summary>Two-sided coverage of the interval.</summary>
    public double Level { get; init; } = 0.95;
    /// <summary>Mean day-block length of the bootstrap; 0 picks ⌈n^(1/3)⌉.</summary>
    public double MeanBlockLength { get; init; }
    /// <summary>Seed of the block bootstrap; the same seed gives the same interval.</summary>
    public ulong Seed { get; init; } = 42;
    /// <summary>A side with fewer days of IC than this gets no verdict (its figures are still shown).</summary>
    public int MinDays { get; init; } = 20;
}

/// <summary>
/// A study's request for the audit: the LLM to ask (its options; null for an offline scorer, which has no cut-off) and
/// the cut-off to split at when the model's is not in cutoffs.json or should be overridden.
/// </summary>
public sealed record LookAheadAuditRequest
{
    /// <summary>The LLM scorer's options (anonymisation is switched per pass); null when the study's scorer is offline.</summary>
    public LlmScorerOptions? Llm { get; init; }
    /// <summary>The training cut-off to use instead of the table's (and for models the table does not know).</summary>
    public DateOnly? Cutoff { get; init; }
    /// <summary>Where the LLM scorer reads its environment (API key, SIGNALS_LLM_*); null for the process's.</summary>
    public Func<string, string?>? Environment { get; init; }
    /// <summary>How the audit measures (bootstrap, level, fewest days).</summary>
    public LookAheadAuditOptions Audit { get; init; } = new();
}
