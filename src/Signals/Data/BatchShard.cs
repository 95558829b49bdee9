using System.Globalization;
using System.Text;

namespace Signals.Data;

/// <summary>
/// Shard K of N (1-based, as a Slurm array task or a Kubernetes Indexed Job's index + 1 names it): a key belongs to
/// the shard its stable hash (FNV-1a over UTF-8, the same on every machine and runtime) falls in, so N machines
/// split any list of headlines or configurations without talking to each other, and every key lands in exactly one.
/// </summary>
public readonly record struct BatchShard(int Index, int Count)
{
    /// <summary>Parses "K/N" with 1 ≤ K ≤ N.</summary>
    public static BatchShard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < 1 || k < 1 || k > n)
            throw new FormatException($"'{text}' is not a shard: give K/N with 1 ≤ K ≤ N (e.g. 2/8)");
        return new BatchShard(k, n);
    }

    /// <summary>Whether <paramref name="key"/> belongs to this shard.</summary>
    public bool Owns(string key) => (int)(StableHash(key) % (uint)Count) == Index - 1;

    /// <summary>FNV-1a, 32 bits, over the key's UTF-8 bytes.</summary>
    public static uint StableHash(string key)
    {
        uint h = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            h ^= b;
            h *= 16777619;
        }
        return h;
    }

    /// <summary>"K/N", the form <see cref="Parse"/> reads.</summary>
    public override string ToString() => $"{Index}/{Count}";
}
