namespace Signals.Data;

/// <summary>
/// Numbers the distinct values of a column (a news table's symbol lists, its sources) so that each row keeps an index
/// and each value is held once. A value met again by reference is found without hashing its content (the loader's pool
/// hands every row about a ticker the same list), so only a new reference pays for the content lookup that maps equal
/// values to the one kept.
/// </summary>
internal sealed class DistinctValues<T>(IEqualityComparer<T> content) where T : class
{
    private readonly List<T> _values = [];
    private readonly Dictionary<T, int> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<T, int> _byContent = new(content);

    /// <summary>The index of <paramref name="value"/>, or of the first value equal to it.</summary>
    public int IndexOf(T value)
    {
        if (_byReference.TryGetValue(value, out int index)) return index;
        if (!_byContent.TryGetValue(value, out index))
        {
            index = _values.Count;
            _values.Add(value);
            _byContent.Add(value, index);
        }
        _byReference.Add(value, index);
        return index;
    }

    /// <summary>The value numbered <paramref name="index"/>.</summary>
    public T this[int index] => _values[index];

    /// <summary>The values by index.</summary>
    public T[] ToArray() => [.. _values];
}
