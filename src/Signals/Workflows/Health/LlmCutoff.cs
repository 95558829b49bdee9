namespace Signals.Workflows.Health;

/// <summary>
/// Rule "llm-training-cutoff": an LLM trained on text written after the headlines it scores may know what happened
/// next, so its scores can predict returns by memory, not by reading. Warns with each model's look-ahead warning
/// (see <see cref="StudyReport.LookAheadWarnings"/>); ok for the offline scorers and for models whose cut-off
/// precedes the news.
/// </summary>
public static class LlmCutoff
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "llm-training-cutoff";

    /// <summary>The verdict from the study's look-ahead warnings.</summary>
    public static HealthCheck Check(IReadOnlyList<string> lookAheadWarnings)
    {
        ArgumentNullException.ThrowIfNull(lookAheadWarnings);
        return lookAheadWarnings.Count == 0
            ? HealthCheck.Ok(Id, "no scoring model's training cut-off falls inside the news it scored")
            : HealthCheck.Warn(Id, string.Join(" ", lookAheadWarnings));
    }
}
