using System.Collections;

namespace Signals.Data;

/// <summary>
/// News held as columns, one row per headline: what <see cref="NewsFile"/> loads. A list of <see cref="NewsItem"/>
/// held 267 bytes a headline once loaded (2 M headlines of the 500-name scale universe: an object, an id string, a
/// UTF-16 headline string); this table holds 105: per row the UTC ticks and offset of the publication instant, an
/// index into the distinct symbol lists and sources, and the id and the headline as UTF-8 in a few large byte arrays
/// (a 9-character id: 17 bytes against 48 as a string; bodies, which few feeds carry, apart). Read as a
/// list it gives each row as a new <see cref="NewsItem"/> with the same values as the item it was built from; the
/// accessors (<see cref="Id"/>, <see cref="TryGetIdUtf8"/>, <see cref="IdEquals"/>, <see cref="Published"/>,
/// <see cref="Symbols"/>, <see cref="HeadlineText"/>, <see cref="TryGetHeadlineUtf8"/>, <see cref="CopyHeadline"/>)
/// read one field without making an item, for loops over millions of rows. Read-only, and safe to read from several threads.
/// </summary>
public sealed class NewsTable : IList<NewsItem>, IReadOnlyList<NewsItem>
{
    // Kept when the headlines go.
    private readonly Utf8TextColumn _ids;
    private readonly long[] _utcTicks;
    private readonly short[] _offsetMinutes;
    private readonly int[] _symbolLists;
    private readonly IReadOnlyList<string>[] _distinctSymbolLists;
    // -1 for a row without a source.
    private readonly int[] _sources;
    private readonly string[] _distinctSources;
    // Null once let go (ReleaseHeadlineText).
    private Utf8TextColumn? _headlines;
    private readonly SparseColumn<string> _bodies;

    internal NewsTable(Utf8TextColumn ids, long[] utcTicks, short[] offsetMinutes, int[] symbolLists, IReadOnlyList<string>[] distinctSymbolLists,
        int[] sources, string[] distinctSources, Utf8TextColumn headlines, SparseColumn<string> bodies)
    {
        _ids = ids;
        _utcTicks = utcTicks;
        _offsetMinutes = offsetMinutes;
        _symbolLists = symbolLists;
        _distinctSymbolLists = distinctSymbolLists;
        _sources = sources;
        _distinctSources = distinctSources;
        _headlines = headlines;
        _bodies = bodies;
        foreach (int list in symbolLists) if (distinctSymbolLists[list].Count == 0) MarketLevel++;
        MaxHeadlineChars = headlines.MaxChars();
    }

    /// <summary>A table without rows.</summary>
    public static NewsTable Empty { get; } = new NewsTableBuilder().Build([]);

    /// <summary>A table of <paramref name="items"/> in the order given; <paramref name="items"/> itself when it is a table already.</summary>
    public static NewsTable Of(IEnumerable<NewsItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is NewsTable table) return table;
        var builder = new NewsTableBuilder();
        foreach (var item in items) builder.Add(item);
        return builder.Build([.. Enumerable.Range(0, builder.Count)]);
    }

    /// <summary>How many headlines the table holds.</summary>
    public int Count => _ids.Count;

    /// <summary>True when no two rows share an id, as the loader leaves them (it merges or drops rows that do); false when not known.</summary>
    internal bool IdsAreUnique { get; set; }

    /// <summary>Rows naming no symbol: news about the market as a whole.</summary>
    public int MarketLevel { get; }

    /// <summary>At least the length in chars of every headline: a buffer this long takes any of them (see <see cref="CopyHeadline"/>).</summary>
    public int MaxHeadlineChars { get; }

    /// <summary>Row <paramref name="index"/> as a new item, equal to the one the table was built from.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such row.</exception>
    public NewsItem this[int index]
    {
        get
        {
            CheckRow(index);
            return new NewsItem(Id(index), Published(index), Symbols(index), HeadlineText(index), Body(index), Source(index));
        }
    }

    /// <summary>
    /// Row <paramref name="row"/>'s id as a new string: the table holds ids as UTF-8 (see <see cref="TryGetIdUtf8"/>;
    /// <see cref="IdEquals"/> compares one without a string).
    /// </summary>
    public string Id(int row) => _ids.Text(row);

    /// <summary>
    /// Row <paramref name="row"/>'s id as the UTF-8 bytes the table holds, without a copy; false (and no bytes) for the
    /// rare id kept as a string instead (one with an unpaired surrogate, which has no UTF-8 form, or longer than a
    /// megabyte): read that one with <see cref="Id"/>.
    /// </summary>
    public bool TryGetIdUtf8(int row, out ReadOnlySpan<byte> utf8) => _ids.TryGetUtf8(row, out utf8);

    /// <summary>Whether row <paramref name="row"/>'s id is <paramref name="id"/> (ordinal), without making a string.</summary>
    public bool IdEquals(int row, ReadOnlySpan<char> id) => _ids.TextEquals(row, id);

    /// <summary>Row <paramref name="row"/>'s publication instant, with the offset it was written with.</summary>
    public DateTimeOffset Published(int row) => ToPublished(_utcTicks[row], _offsetMinutes[row]);

    /// <summary>Row <paramref name="row"/>'s publication instant as UTC ticks: what the table is sorted by when the loader made it.</summary>
    public long PublishedUtcTicks(int row) => _utcTicks[row];

    /// <summary>The tickers row <paramref name="row"/> is about (a list shared by every row naming the same ones); empty for market news.</summary>
    public IReadOnlyList<string> Symbols(int row) => _distinctSymbolLists[_symbolLists[row]];

    /// <summary>Row <paramref name="row"/>'s headline as a new string.</summary>
    public string HeadlineText(int row) => Headlines().Text(row);

    /// <summary>
    /// Row <paramref name="row"/>'s headline as the UTF-8 bytes the table holds, without a copy; false (and no bytes)
    /// for the rare headline kept as a string instead (one with an unpaired surrogate, which has no UTF-8 form, or
    /// longer than a megabyte): read that one with <see cref="HeadlineText"/> or <see cref="CopyHeadline"/>.
    /// </summary>
    public bool TryGetHeadlineUtf8(int row, out ReadOnlySpan<byte> utf8) => Headlines().TryGetUtf8(row, out utf8);

    /// <summary>
    /// Decodes row <paramref name="row"/>'s headline into <paramref name="destination"/> without allocating, and
    /// returns its length in chars; a buffer of <see cref="MaxHeadlineChars"/> takes every headline.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short for this headline.</exception>
    public int CopyHeadline(int row, Span<char> destination) => Headlines().CopyTo(row, destination);

    /// <summary>False once <see cref="ReleaseHeadlineText"/> let the headlines go.</summary>
    public bool HasHeadlineText => _headlines is not null;

    /// <summary>
    /// Lets the headline text go (about 75 bytes a headline, 1.1 GB at 15 M): for a run that has scored the news and
    /// reads only ids, instants and symbols from here on. Afterwards the text accessors and reading a row as a
    /// <see cref="NewsItem"/> throw; <see cref="Id"/>, <see cref="Published"/>, <see cref="Symbols"/>,
    /// <see cref="Source"/>, <see cref="Body"/> and <see cref="Count"/> still answer. Call it when nothing else reads
    /// the table.
    /// </summary>
    public void ReleaseHeadlineText() => _headlines = null;

    private Utf8TextColumn Headlines() => _headlines
        ?? throw new InvalidOperationException("The headline text of this news table was let go once scored (NewsTable.ReleaseHeadlineText); ids, instants and symbols are still here.");

    /// <summary>Row <paramref name="row"/>'s article text; null when the feed had none.</summary>
    public string? Body(int row) => _bodies[row];

    /// <summary>Row <paramref name="row"/>'s publisher or feed; null when unknown.</summary>
    public string? Source(int row) => _sources[row] < 0 ? null : _distinctSources[_sources[row]];

    /// <summary>Each row as a new item, in row order.</summary>
    public IEnumerator<NewsItem> GetEnumerator()
    {
        for (int row = 0; row < Count; row++) yield return this[row];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The first row whose item equals <paramref name="item"/> (record equality), or -1.</summary>
    public int IndexOf(NewsItem item)
    {
        for (int row = 0; row < Count; row++)
            if (item is not null && IdEquals(row, item.Id) && this[row].Equals(item)) return row;
        return -1;
    }

    /// <summary>Whether a row's item equals <paramref name="item"/> (record equality).</summary>
    public bool Contains(NewsItem item) => IndexOf(item) >= 0;

    /// <summary>Copies every row as a new item into <paramref name="array"/> from <paramref name="arrayIndex"/>.</summary>
    public void CopyTo(NewsItem[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < Count) throw new ArgumentException("the array is too short for the table's rows", nameof(array));
        for (int row = 0; row < Count; row++) array[arrayIndex + row] = this[row];
    }

    /// <summary>Always true: a table is read-only (the list interface is there for the fast paths of LINQ and of copying).</summary>
    public bool IsReadOnly => true;

    NewsItem IList<NewsItem>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    void IList<NewsItem>.Insert(int index, NewsItem item) => throw ReadOnly();
    void IList<NewsItem>.RemoveAt(int index) => throw ReadOnly();
    void ICollection<NewsItem>.Add(NewsItem item) => throw ReadOnly();
    void ICollection<NewsItem>.Clear() => throw ReadOnly();
    bool ICollection<NewsItem>.Remove(NewsItem item) => throw ReadOnly();

    internal static DateTimeOffset ToPublished(long utcTicks, short offsetMinutes)
    {
        long offsetTicks = offsetMinutes * TimeSpan.TicksPerMinute;
        return new DateTimeOffset(utcTicks + offsetTicks, new TimeSpan(offsetTicks));
    }

    private void CheckRow(int index)
    {
        if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index), index, $"the table has {Count} rows");
    }

    private static NotSupportedException ReadOnly() => new("a news table is read-only");
}
