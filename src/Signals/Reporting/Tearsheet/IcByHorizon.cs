using Signals.Analytics;

namespace Signals.Reporting;

/// <summary>Information coefficient at each forward horizon (trading days).</summary>
public sealed record IcByHorizon(int[] Horizons, double[] Ic)
{
    /// <summary>The mean IC of each horizon of an Analytics IC study.</summary>
    public static IcByHorizon From(IcAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var horizons = new int[analysis.ByHorizon.Count];
        var ic = new double[horizons.Length];
        for (int i = 0; i < horizons.Length; i++) (horizons[i], ic[i]) = (analysis.ByHorizon[i].Horizon, analysis.ByHorizon[i].Mean);
        return new IcByHorizon(horizons, ic);
    }
}
