namespace Signals.Analytics;

/// <summary>
/// Values summed per key, the groups in ascending key order and each group's values added in the order they came: what
/// a SortedDictionary of running sums gives, from two flat arrays and one sort instead of a tree node per key (at a
/// whole market's millions of headlines the tree was the slowest and largest part of the analyses that group by day and
/// symbol).
/// </summary>
internal sealed class GroupedSums
{
    private readonly List<long> _keys = [];
    private readonly List<double> _values = [];

    /// <summary>Adds one value under a key.</summary>
    public void Add(long key, double value)
    {
        _keys.Add(key);
        _values.Add(value);
    }

    /// <summary>The groups, ascending by key: each with the sum of its values in arrival order and their count.</summary>
    public List<(long Key, double Sum, int Count)> Groups()
    {
        var order = new (long Key, int Index)[_keys.Count];
        for (int i = 0; i < order.Length; i++) order[i] = (_keys[i], i);
        // Key, then arrival: equal keys keep the order their values came in, so each sum adds in that order.
        Array.Sort(order, static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        var groups = new List<(long Key, double Sum, int Count)>();
        for (int i = 0; i < order.Length;)
        {
            long key = order[i].Key;
            double sum = _values[order[i].Index];
            int count = 1;
            for (i++; i < order.Length && order[i].Key == key; i++, count++) sum += _values[order[i].Index];
            groups.Add((key, sum, count));
        }
        return groups;
    }
}
