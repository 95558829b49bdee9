using System.Globalization;
using Signals.Data;

namespace Signals.Workflows.Health;

/// <summary>
/// Rule "cross-sectional-spread": a long-short ranks names against each other, so a day whose live names all carry
/// the same signal (market-wide news attached to every name) has nothing to rank, and names tied across a quantile
/// boundary are put on a side by how ties are settled, not by news. Counts, over the days with at least two live
/// names, the days without spread and the days with ties straddling the long or short boundary
/// (k = ⌊quantile × live names⌋ a side). Fails when most days have no spread; warns on a few, or on many boundary ties.
/// </summary>
public static class CrossSectionalSpread
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "cross-sectional-spread";

    /// <summary>The verdict on a window's signal at the long-short's quantile.</summary>
    public static HealthCheck Check(Panel signal, double quantile, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(thresholds);
        int live = 0, noSpread = 0, boundaryTies = 0;
        var values = new List<double>(signal.SymbolCount);
        for (int d = 0; d < signal.DayCount; d++)
        {
            values.Clear();
            foreach (double v in signal.Row(d)) if (double.IsFinite(v)) values.Add(v);
            int n = values.Count;
            if (n < 2) continue;
            live++;
            values.Sort();
            if (values[0] == values[^1]) { noSpread++; continue; }
            int k = (int)Math.Floor(quantile * n);
            if (k >= 1 && k < n && (values[k - 1] == values[k] || values[n - k] == values[n - k - 1])) boundaryTies++;
        }
        if (live == 0)
            return HealthCheck.Fail(Id, "no day had two or more names with a live signal: there is no cross-section to rank");
        double noSpreadShare = (double)noSpread / live, tieShare = (double)boundaryTies / live;
        string message = string.Create(CultureInfo.InvariantCulture,
            $"{noSpread:N0} of {live:N0} days with a live cross-section ({noSpreadShare:P0}) had no spread (every name the same signal, as market-wide news gives); "
            + $"{boundaryTies:N0} ({tieShare:P0}) had names tied across a quantile boundary");
        if (noSpreadShare >= thresholds.NoSpreadFail)
            return HealthCheck.Fail(Id, message + ": the long-short's ranking is mostly not information");
        if (noSpreadShare > thresholds.NoSpreadWarn || tieShare > thresholds.BoundaryTiesWarn)
            return HealthCheck.Warn(Id, message);
        return HealthCheck.Ok(Id, message);
    }
}
