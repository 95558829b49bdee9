using System.Globalization;

namespace Signals.Workflows.Health;

/// <summary>
/// Rule "days-too-thin": window days with fewer live names than two sides of the per-side minimum, on which the
/// book cannot be built and holds nothing. Many such days dilute every annualised figure with cash days. Warns above
/// <see cref="HealthThresholds.ThinDaysWarn"/> of the window, fails above <see cref="HealthThresholds.ThinDaysFail"/>.
/// </summary>
public static class ThinDays
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "days-too-thin";

    /// <summary>The verdict from the count of thin days among the window's days.</summary>
    public static HealthCheck Check(int thinDays, int windowDays, int minNamesPerSide, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        if (windowDays <= 0) return HealthCheck.Fail(Id, "the window has no days");
        double share = (double)thinDays / windowDays;
        string message = string.Create(CultureInfo.InvariantCulture,
            $"{thinDays:N0} of {windowDays:N0} window days ({share:P0}) had fewer than {2 * minNamesPerSide} names with a live signal, so the book was flat on them");
        return share > thresholds.ThinDaysFail ? HealthCheck.Fail(Id, message)
            : share > thresholds.ThinDaysWarn ? HealthCheck.Warn(Id, message)
            : HealthCheck.Ok(Id, message);
    }
}
