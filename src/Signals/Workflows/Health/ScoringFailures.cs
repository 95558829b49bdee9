using System.Globalization;

namespace Signals.Workflows.Health;

/// <summary>
/// Rule "scoring-failures": headlines whose score failed or was excluded are left out of the signal (never read as
/// 0). A few are noise; many mean the signal stands on a biased subset (an LLM that refuses some stories, a quota
/// that ran out half-way). Counted with the study's one definition (<see cref="StudyDataCounts.FailedScores"/>).
/// Warns above <see cref="HealthThresholds.FailedScoresWarn"/>, fails above <see cref="HealthThresholds.FailedScoresFail"/>.
/// </summary>
public static class ScoringFailures
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "scoring-failures";

    /// <summary>The verdict from headlines read and headlines without a usable score.</summary>
    public static HealthCheck Check(int headlines, int failed, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (headlines == 0) return HealthCheck.Fail(Id, "no headlines were read");
        double share = (double)failed / headlines;
        string message = string.Create(CultureInfo.InvariantCulture, $"{failed:N0} of {headlines:N0} headlines ({share:P1}) have no usable score (failed or excluded; left out, never scored 0)");
        return share > thresholds.FailedScoresFail ? HealthCheck.Fail(Id, message)
            : share > thresholds.FailedScoresWarn ? HealthCheck.Warn(Id, message)
            : HealthCheck.Ok(Id, message);
    }
}
