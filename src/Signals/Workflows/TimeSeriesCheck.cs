namespace Signals.Workflows;

/// <summary>One health check of a time-series study: a small documented rule, its outcome ("ok", "warn" or "fail") and what it found.</summary>
/// <param name="Id">Stable name of the rule, for study.json.</param>
/// <param name="Status">"ok", "warn" or "fail".</param>
/// <param name="Message">What the rule found, in a sentence.</param>
public sealed record TimeSeriesCheck(string Id, string Status, string Message)
{
    /// <summary>The three outcomes of a check.</summary>
    public const string Ok = "ok", Warn = "warn", Fail = "fail";
}
