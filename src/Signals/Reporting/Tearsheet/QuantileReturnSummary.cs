using Signals.Analytics;

namespace Signals.Reporting;

/// <summary>Mean forward return of each signal quantile, bottom to top.</summary>
public sealed record QuantileReturnSummary(string[] Labels, double[] MeanReturns)
{
    /// <summary>Labels Q1 (lowest signal) .. Qn with each quantile's mean forward return.</summary>
    public static QuantileReturnSummary From(QuantileReturns quantiles)
    {
        ArgumentNullException.ThrowIfNull(quantiles);
        var labels = new string[quantiles.MeanReturn.Length];
        for (int i = 0; i < labels.Length; i++) labels[i] = "Q" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new QuantileReturnSummary(labels, quantiles.MeanReturn);
    }
}
