namespace Signals.Data;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime and platform, unlike
/// <see cref="Random"/> whose algorithm is an implementation detail. Resampling results and train/holdout splits are
/// reproducible byte for byte. It lives with the core types so every layer (evaluation, analytics) can use it, and it
/// is the kit's one source of seeded randomness (the sample generator, a separate project, keeps seeded
/// <see cref="Random"/> only so data/sample reproduces; its byte-for-byte test guards that).
/// </summary>
internal struct DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n) (Lemire's multiply-shift; bias below 2⁻³² for the sizes used here).</summary>
    public int Next(int n) => (int)((NextUInt64() >> 32) * (ulong)n >> 32);

    /// <summary>Fisher–Yates shuffle in place, from the last item down.</summary>
    public void Shuffle(Span<int> items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = (int)(NextUInt64() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
