namespace Signals.Backtesting.Portfolios;

/// <summary>A leverage series and the returns it produces.</summary>
/// <param name="Leverage">Multiplier per period (0 until a full window).</param>
/// <param name="Scaled">Leverage × return per period.</param>
public sealed record VolatilityTargetResult(double[] Leverage, double[] Scaled);

/// <summary>
/// Scales a strategy to a target annual volatility: leverage L_t = min(cap, target / (σ̂_t·√periodsPerYear)), σ̂_t the
/// sample standard deviation of the <c>window</c> returns before t (never including t's own), and 0 until a full window
/// exists. The scaled return is L_t · r_t.
/// </summary>
public static class VolatilityTargeting
{
    /// <summary>The leverage for each period of <paramref name="returns"/> (simple per-period returns); the cap applies when the trailing σ is 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive target or cap, or a window below 2.</exception>
    public static double[] Leverage(ReadOnlySpan<double> returns, double targetAnnualVol, int window = 60, double maxLeverage = 2, int periodsPerYear = 252)
    {
        if (!(targetAnnualVol > 0)) throw new ArgumentOutOfRangeException(nameof(targetAnnualVol), targetAnnualVol, "The target volatility must be positive.");
        if (window < 2) throw new ArgumentOutOfRangeException(nameof(window), window, "At least two returns.");
        if (!(maxLeverage > 0)) throw new ArgumentOutOfRangeException(nameof(maxLeverage), maxLeverage, "The leverage cap must be positive.");
        var leverage = new double[returns.Length];
        double sum = 0, sumSq = 0;
        int finite = 0;
        for (int t = 0; t < returns.Length; t++)
        {
            if (t >= window)
            {
                if (finite == window)
                {
                    double mean = sum / window, variance = Math.Max(0, (sumSq - window * mean * mean) / (window - 1));
                    double sigma = Math.Sqrt(variance * periodsPerYear);
                    leverage[t] = sigma > 0 ? Math.Min(maxLeverage, targetAnnualVol / sigma) : maxLeverage;
                }
                Remove(returns[t - window], ref sum, ref sumSq, ref finite);
            }
            Add(returns[t], ref sum, ref sumSq, ref finite);
        }
        return leverage;
    }

    /// <summary>The leverage series and the scaled returns L_t · r_t.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A non-positive target or cap, or a window below 2.</exception>
    public static VolatilityTargetResult Apply(ReadOnlySpan<double> returns, double targetAnnualVol, int window = 60, double maxLeverage = 2, int periodsPerYear = 252)
    {
        var leverage = Leverage(returns, targetAnnualVol, window, maxLeverage, periodsPerYear);
        var scaled = new double[returns.Length];
        for (int t = 0; t < scaled.Length; t++) scaled[t] = leverage[t] * returns[t];
        return new VolatilityTargetResult(leverage, scaled);
    }

    private static void Add(double x, ref double sum, ref double sumSq, ref int finite)
    {
        if (!double.IsFinite(x)) return;
        sum += x; sumSq += x * x; finite++;
    }

    private static void Remove(double x, ref double sum, ref double sumSq, ref int finite)
    {
        if (!double.IsFinite(x)) return;
        sum -= x; sumSq -= x * x; finite--;
    }
}
