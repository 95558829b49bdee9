namespace Signals.SampleData;

/// <summary>
/// SplitMix64 for the scale universes: unlike the committed sample (seeded <see cref="Random"/>, kept for its bytes),
/// these are new, so they use a sequence fixed on every runtime. One stream per name, so each name's bars and
/// headlines depend only on the seed and its index, and a name's rows can be written as soon as they are drawn.
/// </summary>
internal struct ScaleRandom(ulong seed)
{
    // The kit's one seeded generator (SplitMix64): the same sequence on every runtime.
    private Signals.Data.DeterministicRandom _random = new(seed);

    public static ScaleRandom For(int seed, int stream) =>
        new(unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)stream + 1) * 0xD1B54A32D192ED03UL));

    public ulong NextUInt64() => _random.NextUInt64();

    public double NextDouble() => _random.NextDouble();

    public int Next(int n) => _random.Next(n);

    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    public double Normal()
    {
        double u1 = 1.0 - NextDouble(), u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
