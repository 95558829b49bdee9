namespace Signals.SampleData;

/// <summary>
/// The few draws the generator needs, all on <see cref="Random"/> seeded explicitly. The kit's policy is
/// <c>Signals.Data.DeterministicRandom</c> (SplitMix64, a sequence we own) for everything it computes; the generator is
/// the one exception because data/sample was drawn with seeded <see cref="Random"/> — the legacy seeded algorithm .NET
/// has kept for compatibility but does not promise. The committed-sample test regenerates data/sample and compares
/// bytes, so a runtime that changed the sequence would fail there, not drift silently.
/// </summary>
internal static class SampleRandom
{
    /// <summary>A child seed for one independent stream, so editing one part of the generator leaves the others' draws alone.</summary>
    public static Random Stream(int seed, int stream) => new(unchecked(seed * 7919 + stream * 104_729 + 17));

    public static double Normal(this Random rng)
    {
        // Box–Muller; 1 - u keeps the logarithm's argument in (0, 1].
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Student-t with integer degrees of freedom, rescaled to unit variance (needs df ≥ 3).</summary>
    public static double UnitStudentT(this Random rng, int degreesOfFreedom)
    {
        double z = rng.Normal(), chi2 = 0;
        for (int i = 0; i < degreesOfFreedom; i++)
        {
            double x = rng.Normal();
            chi2 += x * x;
        }
        double t = z / Math.Sqrt(chi2 / degreesOfFreedom);
        return t * Math.Sqrt((degreesOfFreedom - 2.0) / degreesOfFreedom);
    }

    public static double Uniform(this Random rng, double min, double max) => min + (max - min) * rng.NextDouble();

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    /// <summary>Picks an index with probability proportional to its weight.</summary>
    public static int PickWeighted(this Random rng, ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (var w in weights) total += w;
        double u = rng.NextDouble() * total;
        for (int i = 0; i < weights.Length; i++)
        {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.Length - 1;
    }
}
