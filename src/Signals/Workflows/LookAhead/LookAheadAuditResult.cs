namespace Signals.Workflows.LookAhead;

/// <summary>What the look-ahead audit found.</summary>
/// <param name="Scorer">The audited scorer.</param>
/// <param name="Cutoff">The training cut-off the window was split at; null when there is none (offline scorers) or none is known.</param>
/// <param name="CutoffSource">Where the cut-off came from (cutoffs.json and its source, or --cutoff); null without one.</param>
/// <param name="Periods">The sides of the cut-off that hold days of the window ("before", "after"); empty without a cut-off.</param>
/// <param name="Verdict">One sentence for the report.</param>
/// <param name="Level">Coverage of the intervals.</param>
/// <param name="NamedScored">Headlines scored as written.</param>
/// <param name="AnonymizedScored">The same headlines scored anonymised.</param>
public sealed record LookAheadAuditResult(
    string Scorer, DateOnly? Cutoff, string? CutoffSource, IReadOnlyList<LookAheadPeriod> Periods, string Verdict, double Level,
    int NamedScored = 0, int AnonymizedScored = 0)
{
    /// <summary>The window's days before the model's cut-off; null when there are none or no cut-off is known.</summary>
    public LookAheadPeriod? Before => Periods.FirstOrDefault(p => p.Period == "before");
    /// <summary>The window's days after the cut-off; null when there are none or no cut-off is known.</summary>
    public LookAheadPeriod? After => Periods.FirstOrDefault(p => p.Period == "after");

    /// <summary>True when the named headlines carry IC the anonymised ones do not before the cut-off and not after it.</summary>
    public bool MemorisationFound => Before is { NamesAddIc: true } && After is not { NamesAddIc: true };
}
