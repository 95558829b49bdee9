using MathNet.Numerics.Distributions;

namespace Signals.Numerics;

/// <summary>
/// The standard normal distribution. The kit's one door to MathNet.Numerics' distributions, so the dependency sits in
/// the lowest layer and every caller above names the same two functions.
/// </summary>
public static class StandardNormal
{
    /// <summary>P(Z ≤ <paramref name="z"/>).</summary>
    public static double Cdf(double z) => Normal.CDF(0, 1, z);

    /// <summary>The z with P(Z ≤ z) = <paramref name="probability"/> (the inverse of <see cref="Cdf"/>).</summary>
    public static double Quantile(double probability) => Normal.InvCDF(0, 1, probability);
}
