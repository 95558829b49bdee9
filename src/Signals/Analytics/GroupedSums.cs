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

    /// <summary>
    /// The groups, ascending by key: each with the sum of its values in arrival order and their count, summed as they are
    /// walked (no array of groups is built: at a whole market that would be 24 bytes a symbol-day more). Once only.
    /// </summary>
    public SortedGroups Groups()
    {
        if (_consumed) throw new InvalidOperationException("The groups have been read once; the sums are consumed.");
        _consumed = true;
        var keys = CollectionsMarshal.AsSpan(_keys);
        var values = CollectionsMarshal.AsSpan(_values);
        if (keys.IsEmpty) return default;
        long min = long.MaxValue, max = long.MinValue;
        foreach (long k in keys) { min = Math.Min(min, k); max = Math.Max(max, k); }
        int indexBits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(keys.Length - 1));
        int keyBits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(max - min));
        if (keyBits + indexBits > 63)
        {
            SortByPairs(keys, values);
            return new SortedGroups(keys, values, 0, 0);
        }
        // Key, then arrival: (key − min, index) packed into one non-negative long sorts in exactly that order, and no two
        // are equal, so the unstable sort leaves equal keys in the order their values came and each sum adds in it.
        for (int i = 0; i < keys.Length; i++) keys[i] = (long)(((ulong)(keys[i] - min) << indexBits) | (uint)i);
        keys.Sort(values);
        return new SortedGroups(keys, values, indexBits, min);
    }

    /// <summary>Keys spread too wide to share a long with their index: sorts (key, index) pairs, then puts both lists in that order.</summary>
    private static void SortByPairs(Span<long> keys, Span<double> values)
    {
        var order = new (long Key, int Index)[keys.Length];
        for (int i = 0; i < order.Length; i++) order[i] = (keys[i], i);
        Array.Sort(order, static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        var sorted = new double[values.Length];
        for (int i = 0; i < order.Length; i++) { keys[i] = order[i].Key; sorted[i] = values[order[i].Index]; }
        sorted.CopyTo(values);
    }
}

/// <summary>
/// The sorted values of a <see cref="GroupedSums"/>, walked group by group: each key's values are adjacent, in arrival
/// order. A key is stored shifted left by IndexBits with its arrival index below, less the smallest key.
/// </summary>
internal readonly ref struct SortedGroups(ReadOnlySpan<long> keys, ReadOnlySpan<double> values, int indexBits, long min)
{
    private readonly ReadOnlySpan<long> _keys = keys;
    private readonly ReadOnlySpan<double> _values = values;

    /// <summary>The number of groups (one pass over the keys).</summary>
    public int Count
    {
        get
        {
            int count = 0;
            for (int i = 0; i < _keys.Length; i++)
                if (i == 0 || _keys[i] >> indexBits != _keys[i - 1] >> indexBits) count++;
            return count;
        }
    }

    /// <summary>The groups as an array (for tests and small inputs).</summary>
    public (long Key, double Sum, int Count)[] ToArray()
    {
        var groups = new (long Key, double Sum, int Count)[Count];
        int g = 0;
        foreach (var group in this) groups[g++] = group;
        return groups;
    }

    /// <summary>Walks the groups in ascending key order.</summary>
    public Enumerator GetEnumerator() => new(_keys, _values, indexBits, min);

    /// <summary>Sums one group per step.</summary>
    public ref struct Enumerator(ReadOnlySpan<long> keys, ReadOnlySpan<double> values, int indexBits, long min)
    {
        private readonly ReadOnlySpan<long> _keys = keys;
        private readonly ReadOnlySpan<double> _values = values;
        private int _next;

        /// <summary>The group just summed: its key, the sum of its values in arrival order and their count.</summary>
        public (long Key, double Sum, int Count) Current { get; private set; }

        /// <summary>Sums the next group; false after the last.</summary>
        public bool MoveNext()
        {
            if (_next >= _keys.Length) return false;
            int i = _next;
            long packed = _keys[i] >> indexBits;
            double sum = _values[i];
            int count = 1;
            for (i++; i < _keys.Length && _keys[i] >> indexBits == packed; i++, count++) sum += _values[i];
            Current = (packed + min, sum, count);
            _next = i;
            return true;
        }
    }
}
