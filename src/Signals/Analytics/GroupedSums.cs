using System.Runtime.InteropServices;

namespace Signals.Analytics;

/// <summary>
/// Values summed per key, the groups in ascending key order and each group's values added in the order they came: what
/// a SortedDictionary of running sums gives, from two flat arrays and one sort instead of a tree node per key (at a
/// whole market's millions of headlines the tree was the slowest and largest part of the analyses that group by day and
/// symbol).
/// </summary>
/// <remarks>
/// <see cref="Groups"/> sorts the two lists where they lie, each key packed with its arrival index into one long: no
/// third array of (key, index) pairs as large as both lists, and a sort of plain numbers without a comparison delegate.
/// It is therefore a one-time read: the sums are consumed.
/// </remarks>
internal sealed class GroupedSums
{
    private readonly List<long> _keys;
    private readonly List<double> _values;
    private bool _consumed;

    /// <summary>Empty sums; <paramref name="capacity"/> values are held without the lists growing (a caller that knows roughly how many saves their doubling).</summary>
    public GroupedSums(int capacity = 0)
    {
        _keys = new List<long>(capacity);
        _values = new List<double>(capacity);
    }

    /// <summary>Adds one value under a key.</summary>
    public void Add(long key, double value)
    {
        if (_consumed) throw new InvalidOperationException("The groups have been read; the sums are consumed.");
        _keys.Add(key);
        _values.Add(value);
    }

    /// <summary>The groups, ascending by key: each with the sum of its values in arrival order and their count. Once only.</summary>
    public (long Key, double Sum, int Count)[] Groups()
    {
        if (_consumed) throw new InvalidOperationException("The groups have been read once; the sums are consumed.");
        _consumed = true;
        var keys = CollectionsMarshal.AsSpan(_keys);
        var values = CollectionsMarshal.AsSpan(_values);
        if (keys.IsEmpty) return [];
        long min = long.MaxValue, max = long.MinValue;
        foreach (long k in keys) { min = Math.Min(min, k); max = Math.Max(max, k); }
        int indexBits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(keys.Length - 1));
        ulong range = (ulong)(max - min);
        int keyBits = 64 - System.Numerics.BitOperations.LeadingZeroCount(range);
        if (keyBits + indexBits > 63) return GroupsByPairs(keys, values);

        // Key, then arrival: (key − min, index) packed into one non-negative long sorts in exactly that order, and no two
        // are equal, so the unstable sort leaves equal keys in the order their values came and each sum adds in it.
        for (int i = 0; i < keys.Length; i++) keys[i] = (long)(((ulong)(keys[i] - min) << indexBits) | (uint)i);
        keys.Sort(values);
        int groupCount = 0;
        for (int i = 0; i < keys.Length; i++)
            if (i == 0 || keys[i] >> indexBits != keys[i - 1] >> indexBits) groupCount++;
        var groups = new (long Key, double Sum, int Count)[groupCount];
        int g = 0;
        for (int i = 0; i < keys.Length;)
        {
            long packed = keys[i] >> indexBits;
            double sum = values[i];
            int count = 1;
            for (i++; i < keys.Length && keys[i] >> indexBits == packed; i++, count++) sum += values[i];
            groups[g++] = (packed + min, sum, count);
        }
        return groups;
    }

    /// <summary>Keys spread too wide to share a long with their index: sorts (key, index) pairs instead.</summary>
    private static (long Key, double Sum, int Count)[] GroupsByPairs(ReadOnlySpan<long> keys, ReadOnlySpan<double> values)
    {
        var order = new (long Key, int Index)[keys.Length];
        for (int i = 0; i < order.Length; i++) order[i] = (keys[i], i);
        Array.Sort(order, static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        var groups = new List<(long Key, double Sum, int Count)>();
        for (int i = 0; i < order.Length;)
        {
            long key = order[i].Key;
            double sum = values[order[i].Index];
            int count = 1;
            for (i++; i < order.Length && order[i].Key == key; i++, count++) sum += values[order[i].Index];
            groups.Add((key, sum, count));
        }
        return [.. groups];
    }
}
