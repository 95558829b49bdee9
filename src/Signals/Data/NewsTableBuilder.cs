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
    private readonly Utf8TextColumnBuilder _ids = new();
    private readonly ChunkedColumn<long> _utcTicks = new();
    private readonly ChunkedColumn<short> _offsetMinutes = new();
    private readonly ChunkedColumn<int> _symbolLists = new();
    private readonly ChunkedColumn<int> _sources = new();
    private readonly Utf8TextColumnBuilder _headlines = new();
    private readonly DistinctValues<IReadOnlyList<string>> _distinctSymbolLists = new(SymbolListComparer.Instance);
    private readonly DistinctValues<string> _distinctSources = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _bodies = [];

    /// <summary>How many rows were added.</summary>
    public int Count => _ids.Count;

    /// <summary>Adds a row and returns its number (in order of adding, from 0).</summary>
    public int Add(ReadOnlySpan<char> id, DateTimeOffset published, IReadOnlyList<string> symbols, ReadOnlySpan<char> headline, string? body, string? source)
    {
        int row = _ids.Add(id);
        _utcTicks.Add(published.UtcTicks);
        _offsetMinutes.Add((short)published.TotalOffsetMinutes);
        _symbolLists.Add(_distinctSymbolLists.IndexOf(symbols));
        _sources.Add(source is null ? -1 : _distinctSources.IndexOf(source));
        _headlines.Add(headline);
        if (body is not null) _bodies[row] = body;
        return row;
    }

    /// <summary>Adds <paramref name="item"/>'s fields as a row and returns its number.</summary>
    public int Add(NewsItem item) => Add(item.Id, item.Published, item.Symbols, item.Headline, item.Body, item.Source);

    /// <summary>Row <paramref name="row"/>'s id as a new string.</summary>
    public string Id(int row) => _ids.Text(row);

    /// <summary>A 64-bit hash of row <paramref name="row"/>'s id (see <see cref="Utf8TextColumnBuilder.Hash"/>): equal ids hash equal.</summary>
    public ulong IdHash(int row) => _ids.Hash(row);

    /// <summary>Whether rows <paramref name="a"/> and <paramref name="b"/> have the same id (ordinal), compared by their bytes.</summary>
    public bool SameId(int a, int b) => _ids.Same(a, b);

    /// <summary>Row <paramref name="row"/>'s publication instant as UTC ticks.</summary>
    public long UtcTicks(int row) => _utcTicks[row];

    /// <summary>Row <paramref name="row"/> as an item (for the rare comparisons of rows that share an id).</summary>
    public NewsItem Item(int row) => new(Id(row), NewsTable.ToPublished(_utcTicks[row], _offsetMinutes[row]), _distinctSymbolLists[_symbolLists[row]],
        _headlines.Text(row),
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
        var ids = _ids.Build(order);
        var utcTicks = _utcTicks.MoveOut(order);
        var offsetMinutes = _offsetMinutes.MoveOut(order);
        var symbolLists = _symbolLists.MoveOut(order);
        var sources = _sources.MoveOut(order);
        var headlines = _headlines.Build(order);
        return new NewsTable(ids, utcTicks, offsetMinutes, symbolLists, _distinctSymbolLists.ToArray(), sources, _distinctSources.ToArray(),
            headlines, SparseColumn<string>.Renumbered(_bodies, order));
    }
}
