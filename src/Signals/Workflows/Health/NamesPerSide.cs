using System.Globalization;
using Signals.Data;

namespace Signals.Workflows.Health;

/// <summary>
/// Rule "names-per-side": how many names a side of the long-short holds on a typical day (k = ⌊quantile × live
/// names⌋, over days with at least two live names). A side of one or two names is a bet on single stocks, whatever
/// the Sharpe says. Warns when the median day has fewer than <see cref="HealthThresholds.MinMedianNamesPerSide"/>
/// names a side; fails when no day had a name a side.
/// </summary>
public static class NamesPerSide
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "names-per-side";

    /// <summary>The verdict on a window's signal at the long-short's quantile.</summary>
    public static HealthCheck Check(Panel signal, double quantile, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(thresholds);
        var perSide = new List<int>(signal.DayCount);
        for (int d = 0; d < signal.DayCount; d++)
        {
            int n = 0;
            foreach (double v in signal.Row(d)) if (double.IsFinite(v)) n++;
            if (n >= 2) perSide.Add((int)Math.Floor(quantile * n));
        }
        if (perSide.Count == 0 || perSide.Max() == 0)
            return HealthCheck.Fail(Id, "no day had a name with a live signal on each side of the long-short");
        perSide.Sort();
        int median = perSide[perSide.Count / 2];
        string message = string.Create(CultureInfo.InvariantCulture,
            $"median {median} names a side (min {perSide[0]}, max {perSide[^1]}) over {perSide.Count:N0} days with a live signal");
        return median < thresholds.MinMedianNamesPerSide
            ? HealthCheck.Warn(Id, message + ": a side this thin is a bet on single stocks")
            : HealthCheck.Ok(Id, message);
    }
}
