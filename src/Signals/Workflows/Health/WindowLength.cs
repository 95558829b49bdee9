using System.Globalization;

namespace Signals.Workflows.Health;

/// <summary>
/// Rule "window-length": figures over less than a year are dominated by one regime and annualise a short sample
/// (a Sharpe over three months has a standard error near 2). Warns below <see cref="HealthThresholds.MinWindowCalendarDays"/>.
/// </summary>
public static class WindowLength
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "window-length";

    /// <summary>The verdict on the window's first and last day.</summary>
    public static HealthCheck Check(DateOnly first, DateOnly last, int tradingDays, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        int calendarDays = last.DayNumber - first.DayNumber;
        string message = string.Create(CultureInfo.InvariantCulture,
            $"window {first:yyyy-MM-dd} .. {last:yyyy-MM-dd}: {tradingDays:N0} trading days, {calendarDays / 365.25:0.0} years");
        return calendarDays < thresholds.MinWindowCalendarDays
            ? HealthCheck.Warn(Id, message + ": shorter than a year, so annualised figures extrapolate a short sample")
            : HealthCheck.Ok(Id, message);
    }
}
