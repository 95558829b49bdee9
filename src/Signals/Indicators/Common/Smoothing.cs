using System.Runtime.CompilerServices;

namespace Signals.Indicators;

/// <summary>
/// The recursive smoothings, written so the loop-carried dependency is one fused multiply-add (4 cycles)
/// instead of subtract–multiply–add or multiply–add–divide chains (12–22 cycles), which is what bounds
/// these indicators' speed. Algebraically these are the reference formulas (<c>ema + k·(x − ema)</c>,
/// <c>(avg·(n−1) + x)/n</c>); results agree with them to rounding (~1e-16 relative), and batch and streaming
/// forms both call these, so they agree bit for bit.
/// </summary>
internal static class Smoothing
{
    /// <summary>EMA step: <c>(1−k)·ema + k·x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Ema(double ema, double value, double k, double decay) => Math.FusedMultiplyAdd(decay, ema, k * value);

    /// <summary>Wilder's average step: <c>avg·(n−1)/n + x/n</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Wilder(double average, double value, double decay, double inversePeriod) =>
        Math.FusedMultiplyAdd(decay, average, value * inversePeriod);

    /// <summary>Wilder's running sum step: <c>sum − sum/n + x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double WilderSum(double sum, double value, double decay) => Math.FusedMultiplyAdd(decay, sum, value);

    public static double EmaFactor(int period) => 2.0 / (period + 1);

    public static double WilderDecay(int period) => (period - 1) / (double)period;
}
