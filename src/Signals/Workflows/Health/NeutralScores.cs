using System.Globalization;

namespace Signals.Workflows.Health;

/// <summary>
/// Rule "neutral-scores": the share of usable scores at or within ±<see cref="HealthThresholds.NeutralScore"/> of 0.
/// Real news streams are mostly neutral, but a scorer that calls nearly everything neutral leaves a signal made of a
/// few headlines, and a threshold strategy that never fires. Warns above <see cref="HealthThresholds.NeutralShareWarn"/>.
/// </summary>
public static class NeutralScores
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "neutral-scores";

    /// <summary>The verdict on the usable scores.</summary>
    public static HealthCheck Check(IReadOnlyCollection<double> scores, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (scores.Count == 0) return HealthCheck.Fail(Id, "no headline has a usable score");
        int neutral = scores.Count(s => Math.Abs(s) <= thresholds.NeutralScore);
        double share = (double)neutral / scores.Count;
        string message = string.Create(CultureInfo.InvariantCulture,
            $"{neutral:N0} of {scores.Count:N0} usable scores ({share:P0}) are neutral (|score| ≤ {thresholds.NeutralScore:0.##})");
        return share > thresholds.NeutralShareWarn
            ? HealthCheck.Warn(Id, message + ": the signal rests on the few headlines with a view")
            : HealthCheck.Ok(Id, message);
    }
}
