using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Signals.Data;

/// <summary>
/// Collects news rows as columns in the order they are read, for a <see cref="NewsTable"/> laid out in another order
/// (the loader's: by publication time, without the rows it dropped). Id and headline bytes go to their arenas once, as
/// read: building the table orders the small per-row columns and leaves the bytes where they are, so a dropped row
/// leaves only its few bytes behind. Ids and headlines have an arena each, as a table lets its headlines go but keeps its ids.
/// </summary>
internal sealed class NewsTableBuilder
{
    // Chunked, not doubled: the columns hold no more than the rows read, and growing copies nothing.
    private readonly ChunkedColumn<long> _ids = new();
    private readonly ChunkedColumn<long> _utcTicks = new();
    private readonly ChunkedColumn<short> _offsetMinutes = new();
    private readonly ChunkedColumn<int> _symbolLists = new();
    private readonly ChunkedColumn<int> _sources = new();
    private readonly ChunkedColumn<long> _headlines = new();
    private readonly DistinctValues<IReadOnlyList<string>> _distinctSymbolLists = new(SymbolListComparer.Instance);
    private readonly DistinctValues<string> _distinctSources = new(StringComparer.Ordinal);
    private readonly Utf8Arena _idArena = new();
    private readonly Dictionary<int, string> _oddIds = [];
    private readonly Utf8Arena _arena = new();
    private readonly Dictionary<int, string> _oddHeadlines = [];
    private readonly Dictionary<int, string> _bodies = [];

    /// <summary>How many rows were added.</summary>
    public int Count => _ids.Count;

    /// <summary>Adds a row and returns its number (in order of adding, from 0).</summary>
    public int Add(ReadOnlySpan<char> id, DateTimeOffset published, IReadOnlyList<string> symbols, ReadOnlySpan<char> headline, string? body, string? source)
    {
        long idHandle = _idArena.Append(id);
        int row = _ids.Add(idHandle);
        if (idHandle == Utf8Arena.NotStored) _oddIds[row] = id.ToString();
        _utcTicks.Add(published.UtcTicks);
        _offsetMinutes.Add((short)published.TotalOffsetMinutes);
        _symbolLists.Add(_distinctSymbolLists.IndexOf(symbols));
        _sources.Add(source is null ? -1 : _distinctSources.IndexOf(source));
        long handle = _arena.Append(headline);
        _headlines.Add(handle);
        if (handle == Utf8Arena.NotStored) _oddHeadlines[row] = headline.ToString();
        if (body is not null) _bodies[row] = body;
        return row;
    }

    /// <summary>Adds <paramref name="item"/>'s fields as a row and returns its number.</summary>
    public int Add(NewsItem item) => Add(item.Id, item.Published, item.Symbols, item.Headline, item.Body, item.Source);

    /// <summary>Row <paramref name="row"/>'s id as a new string.</summary>
    public string Id(int row) => _ids[row] == Utf8Arena.NotStored ? _oddIds[row] : _idArena.Text(_ids[row]);

    /// <summary>
    /// A 64-bit hash of row <paramref name="row"/>'s id, from its bytes without making a string: equal ids hash equal
    /// (different ids may too). An id kept as a string (see <see cref="Utf8Arena.Append"/>) hashes its UTF-16 bytes: it
    /// equals no id the arena holds, so the two forms need not hash alike.
    /// </summary>
    public ulong IdHash(int row) => _ids[row] == Utf8Arena.NotStored
        ? XxHash3.HashToUInt64(MemoryMarshal.AsBytes(_oddIds[row].AsSpan()))
        : XxHash3.HashToUInt64(_idArena.Bytes(_ids[row]));

    /// <summary>Whether rows <paramref name="a"/> and <paramref name="b"/> have the same id (ordinal), compared by their bytes.</summary>
    public bool SameId(int a, int b)
    {
        long x = _ids[a], y = _ids[b];
        // A text the arena declines has no UTF-8 form or a longer one than any it keeps: it equals no text it holds.
        if (x == Utf8Arena.NotStored || y == Utf8Arena.NotStored)
            return x == y && string.Equals(_oddIds[a], _oddIds[b], StringComparison.Ordinal);
        return _idArena.Bytes(x).SequenceEqual(_idArena.Bytes(y));
    }

    /// <summary>Row <paramref name="row"/>'s publication instant as UTC ticks.</summary>
    public long UtcTicks(int row) => _utcTicks[row];

    /// <summary>Row <paramref name="row"/> as an item (for the rare comparisons of rows that share an id).</summary>
    public NewsItem Item(int row) => new(Id(row), NewsTable.ToPublished(_utcTicks[row], _offsetMinutes[row]), _distinctSymbolLists[_symbolLists[row]],
        _headlines[row] == Utf8Arena.NotStored ? _oddHeadlines[row] : _arena.Text(_headlines[row]),
        _bodies.GetValueOrDefault(row), _sources[row] < 0 ? null : _distinctSources[_sources[row]]);

    /// <summary>Gives row <paramref name="row"/> other symbols (one item read under several symbols, merged).</summary>
    public void SetSymbols(int row, IReadOnlyList<string> symbols) => _symbolLists[row] = _distinctSymbolLists.IndexOf(symbols);

    /// <summary>
    /// The table of the rows numbered in <paramref name="order"/>, in that order; the builder is done once built. Each
    /// column is laid out in its order and the builder's copy let go before the next, so building holds one column
    /// twice at a time, not all of them (at 15 M rows the columns are half a gigabyte).
    /// </summary>
    public NewsTable Build(ReadOnlySpan<int> order)
    {
        var ids = _ids.MoveOut(order);
        var utcTicks = _utcTicks.MoveOut(order);
        var offsetMinutes = _offsetMinutes.MoveOut(order);
        var symbolLists = _symbolLists.MoveOut(order);
        var sources = _sources.MoveOut(order);
        var headlines = _headlines.MoveOut(order);
        _idArena.TrimExcess();
        _arena.TrimExcess();
        return new NewsTable(_idArena, ids, SparseColumn<string>.Renumbered(_oddIds, order), utcTicks, offsetMinutes, symbolLists,
            _distinctSymbolLists.ToArray(), sources, _distinctSources.ToArray(),
            _arena, headlines, SparseColumn<string>.Renumbered(_oddHeadlines, order), SparseColumn<string>.Renumbered(_bodies, order));
    }
}
