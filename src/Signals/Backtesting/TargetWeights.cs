namespace Signals.Backtesting;

/// <summary>The portfolio limits, applied to a strategy's target weights before they become orders.</summary>
internal static class TargetWeights
{
    /// <summary>
    /// Long-only clips shorts to zero, each name is clipped to ±MaxWeight, and if the book would exceed
    /// MaxGrossLeverage the new targets are scaled down to fit beside the positions being held unchanged.
    /// </summary>
    public static void Constrain(Span<double> targets, ReadOnlySpan<double> shares, ReadOnlySpan<double> marks,
        double equity, BacktestOptions options)
    {
        double targetGross = 0, heldGross = 0;
        for (int s = 0; s < targets.Length; s++)
        {
            double w = targets[s];
            if (double.IsNaN(w))
            {
                if (shares[s] != 0 && equity > 0) heldGross += Math.Abs(shares[s] * marks[s]) / equity;
                continue;
            }
            if (options.LongOnly && w < 0) w = 0;
            w = Math.Clamp(w, -options.MaxWeight, options.MaxWeight);
            targets[s] = w;
            targetGross += Math.Abs(w);
        }
        if (targetGross == 0 || targetGross + heldGross <= options.MaxGrossLeverage * (1 + 1e-12)) return;
        double scale = Math.Max(0, options.MaxGrossLeverage - heldGross) / targetGross;
        for (int s = 0; s < targets.Length; s++)
            if (!double.IsNaN(targets[s])) targets[s] *= scale;
    }
}
