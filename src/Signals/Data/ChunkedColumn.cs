namespace Signals.Data;

/// <summary>
/// A column of values appended one by one that grows by fixed chunks instead of by doubling one array: appending never
/// copies what is held, and never holds more than one chunk unused. A doubled array holds up to twice the rows, and
/// while it grows the old array and the new at once: at 15 M news rows that cost the loader 400 MB of peak memory.
/// The first chunk starts small and doubles up to the chunk size, so a table of a few rows stays small.
/// </summary>
internal sealed class ChunkedColumn<T>
{
    // 65,536 values a chunk: large enough to land on the large-object heap (never copied by the collector) for every
    // type held here, small enough that the unused tail is at most a few hundred kilobytes.
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;
    private const int FirstChunkSize = 16;

    private readonly List<T[]> _chunks = [];

    /// <summary>How many values were added.</summary>
    public int Count { get; private set; }

    /// <summary>Appends <paramref name="value"/> and returns its index.</summary>
    public int Add(T value)
    {
        int index = Count;
        int offset = index & (ChunkSize - 1);
        if (_chunks.Count == 0 || (offset == 0 && index > 0)) _chunks.Add(new T[index == 0 ? FirstChunkSize : ChunkSize]);
        else if (_chunks.Count == 1 && offset == _chunks[0].Length)
        {
            var first = _chunks[0];
            Array.Resize(ref first, Math.Min(ChunkSize, first.Length * 2));
            _chunks[0] = first;
        }
        _chunks[^1][offset] = value;
        Count++;
        return index;
    }

    /// <summary>The value at <paramref name="index"/>, to read or replace.</summary>
    public ref T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _chunks[index >> ChunkBits][index & (ChunkSize - 1)];
        }
    }

    /// <summary>
    /// The values at the indexes of <paramref name="order"/>, in that order, as one array of exactly that length; the
    /// column then lets its chunks go and is empty, so the values are held twice only while this copies them.
    /// </summary>
    public T[] MoveOut(ReadOnlySpan<int> order)
    {
        var ordered = new T[order.Length];
        for (int k = 0; k < order.Length; k++) ordered[k] = this[order[k]];
        _chunks.Clear();
        _chunks.TrimExcess();
        Count = 0;
        return ordered;
    }
}
