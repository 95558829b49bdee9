using System.Runtime.InteropServices;

namespace Signals.Data;

/// <summary>How to read a news file or folder.</summary>
public sealed record NewsLoadOptions
{
    /// <summary>IANA zone for timestamps written without an offset; null rejects them (date-only timestamps excepted).</summary>
    public string? Zone { get; init; }
    /// <summary>Stop at the first bad row (default, naming file, line and column) or skip and record every bad row.</summary>
    public BadRowPolicy OnBadRows { get; init; } = BadRowPolicy.Fail;
    /// <summary>A .NET date format for date-only timestamps (e.g. <c>d/M/yyyy</c>) when detection cannot decide; null detects.</summary>
    public string? DateFormat { get; init; }
    /// <summary>A .NET date-time format (e.g. <c>dd.MM.yyyy HH:mm zzz</c>) for timestamps no detected shape fits; null detects.</summary>
    public string? TimeFormat { get; init; }
    /// <summary>Where rows without a symbol take theirs from (see <see cref="SymbolSource"/>); a file given on its own names none under <see cref="SymbolSource.Auto"/>.</summary>
    public SymbolSource SymbolFrom { get; init; } = SymbolSource.Auto;
    /// <summary>Exchange suffixes cut from a symbol taken from a file or folder name (default ".US").</summary>
    public IReadOnlyList<string> SymbolSuffixes { get; init; } = [".US"];
}

/// <summary>
/// A loaded news file with every count a reader needs to trust it: rows read, skipped, duplicates dropped. The loader's
/// <see cref="Items"/> are a <see cref="NewsTable"/> (columns, with accessors for loops over millions of rows).
/// </summary>
public sealed record NewsLoad(string File, IReadOnlyList<NewsItem> Items, int RowsRead, IReadOnlyList<BadRow> BadRows, int Duplicates, int DateOnly)
{
    /// <summary>The files read: the file given, or every file of the folder in ordinal order of relative path.</summary>
    public IReadOnlyList<string> Files { get; init; } = [File];
    /// <summary>How rows without a symbol column got their symbols, one line per way (empty when every file had a symbol column).</summary>
    public IReadOnlyList<string> SymbolNotes { get; init; } = [];
    /// <summary>Items naming no symbol: news about the market as a whole (an RSS feed, a file without a symbol column).</summary>
    public int MarketLevel => Items is NewsTable table ? table.MarketLevel : Items.Count(i => i.Symbols.Count == 0);
}

/// <summary>
/// Loading of news as it is downloaded: a file or a folder of files at any depth (CSV, JSON lines, a JSON array,
/// Parquet, any of them gzip-compressed; the format by extension, else sniffed from the content). Column names compare
/// by letters and digits only, in any case. Required: a timestamp (<c>timestamp</c>, <c>datetime</c>,
/// <c>published_at</c>, <c>published</c>, <c>created_at</c>, <c>pubDate</c>, <c>date</c>, <c>time</c>) and a text
/// (<c>headline</c>, <c>title</c>, <c>Tweet</c>, <c>full_text</c>, <c>text</c>, <c>summary</c>, <c>description</c>,
/// <c>content</c>: the first present is the headline, the next of summary/description/content/body the body).
/// Symbols come from a column (<c>symbol(s)</c>, <c>ticker(s)</c>, <c>stock(s)</c>, <c>Stock Name</c>,
/// <c>cashtag(s)</c>; several separated by ';', ',' or spaces between <c>$</c> cashtags), else by
/// <see cref="SymbolSource"/> from the file's or its folder's name, else none (market-level news). Timestamps are read
/// per column (<see cref="TimestampColumn"/>). Exact duplicate rows are dropped and counted; one id read under several
/// symbols (a tweet in two ticker folders) is one item naming both. A timestamp without an offset is rejected unless
/// the caller names its zone: guessing the zone of a headline is how look-ahead creeps into a backtest. A date without
/// a time is taken as published after that day's close in New York (16:00), the earliest moment it is surely known.
/// </summary>
public static partial class NewsFile
{
    private static readonly string[] TimestampNames = ["timestamp", "datetime", "publishedat", "published", "publishdate", "createdat", "pubdate", "date", "time"];
    private static readonly string[] SymbolNames = ["symbol", "symbols", "ticker", "tickers", "stock", "stocks", "stockname", "cashtag", "cashtags"];
    private static readonly string[] HeadlineNames = ["headline", "title", "tweet", "fulltext", "text", "summary", "description", "content"];
    private static readonly string[] BodyNames = ["body", "summary", "description", "content"];
    private static readonly string[] IdNames = ["id", "idstr", "guid"];
    private static readonly string[] SourceNames = ["source", "publisher"];
    private static readonly TimeOnly AfterClose = new(16, 0);

    /// <summary>Loads a news file strictly, sorted by publication time (stable for equal times), as a <see cref="NewsTable"/>.</summary>
    /// <param name="zone">IANA zone for timestamps written without an offset; null rejects them.</param>
    public static IReadOnlyList<NewsItem> Load(string path, string? zone = null) =>
        LoadWithReport(path, new NewsLoadOptions { Zone = zone }).Items;

    /// <summary>Loads a news file or folder under <paramref name="options"/>, with the counts of what was read, skipped and dropped.</summary>
    public static NewsLoad LoadWithReport(string path, NewsLoadOptions? options = null)
    {
        options ??= new NewsLoadOptions();
        string? root = Directory.Exists(path) ? path : null;
        List<string> files;
        if (root is not null)
        {
            files = DataFiles.FilesUnder(root);
            if (files.Count == 0) throw new DataFormatException(path, null, null, "the folder holds no files");
        }
        else
        {
            if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
            files = [path];
        }
        var sink = new BadRowSink(options.OnBadRows);
        var table = new NewsTableBuilder();
        var notes = new SymbolNoteCounter();
        // The loader's own rows (12 bytes each) live only inside this call: they are gone before the table is built.
        var order = KeptByPublished(ReadRows(files, root, options, sink, table, notes, out int rowsRead, out int dateOnly),
            table, files, sink, out int duplicates);
        var bad = sink.Rows.OrderBy(r => files.IndexOf(r.File)).ThenBy(r => r.Line).ToList();
        var items = table.Build(order.AsSpan());
        // Deduplicate kept one row per id.
        items.IdsAreUnique = true;
        return new NewsLoad(path, items, rowsRead, bad, duplicates, dateOnly)
        {
            Files = files,
            SymbolNotes = notes.Lines(),
        };
    }

    /// <summary>One row read: its row in the table being built (<see cref="NoRow"/> while it waits to be built, or when it was bad or dropped), the file's index and the line.</summary>
    private readonly record struct RowSlot(int Row, int File, int Line);

    private const int NoRow = -1;

    /// <summary>Reads every file into <paramref name="table"/>, and returns every row read, in file order.</summary>
    private static ChunkedColumn<RowSlot> ReadRows(List<string> files, string? root, NewsLoadOptions options, BadRowSink sink, NewsTableBuilder table,
        SymbolNoteCounter notes, out int rowsRead, out int dateOnly)
    {
        var zone = options.Zone is null ? null : Timestamps.Zone(options.Zone);
        // A row the reader could not build at once is built once its file's timestamp column is decided.
        var rows = new ChunkedColumn<RowSlot>();
        var pool = new NewsTextPool();
        bool directTimestamps = options.DateFormat is null && options.TimeFormat is null;
        int read = 0, built = 0;
        for (int f = 0; f < files.Count; f++)
        {
            string file = files[f];
            string? pathSymbol = DataFiles.SymbolOf(file, root, options.SymbolFrom, options.SymbolSuffixes, singleFileNames: false);
            var reader = new FileReader(file, f, sink, rows, table, pool, pathSymbol, directTimestamps);
            int firstRow = rows.Count;
            reader.Read();
            read += reader.RowsRead;
            if (reader.MissingSymbolColumn) notes.Add(file, root, pathSymbol, reader.Columns, rows.Count - firstRow);
            var formats = reader.Pending.GroupBy(p => p.Row.TsCol).ToDictionary(g => g.Key,
                g => TimestampColumn.Decide(file, g.Key, g.Select(p => p.Row.Ts), options.DateFormat, options.TimeFormat));
            foreach (var (slot, row) in reader.Pending)
                if (sink.TryRead(() => Build(file, row, formats[row.TsCol], zone, pathSymbol, ref built), out var item))
                    rows[slot] = rows[slot] with { Row = table.Add(item) };
        }
        rowsRead = read;
        dateOnly = built;
        return rows;
    }

    /// <summary>
    /// The table rows of the items kept once <see cref="Deduplicate"/> has dropped and merged rows, by publication time.
    /// One pair of scratch arrays, a key and a row number for each row with a table row, serves both sorts (the ids'
    /// hashes, then the instants): at 15 M rows a second pair would be 180 MB more at the load's peak.
    /// </summary>
    private static ArraySegment<int> KeptByPublished(ChunkedColumn<RowSlot> rows, NewsTableBuilder table, List<string> files, BadRowSink sink, out int duplicates)
    {
        int live = 0;
        for (int k = 0; k < rows.Count; k++) if (rows[k].Row != NoRow) live++;
        var keys = new long[live];
        var rowNumbers = new int[live];
        int kept = Deduplicate(rows, table, files, sink, MemoryMarshal.Cast<long, ulong>(keys.AsSpan()), rowNumbers, out duplicates);
        ByPublished(rows, table, keys.AsSpan(0, kept), rowNumbers.AsSpan(0, kept));
        return new ArraySegment<int>(rowNumbers, 0, kept);
    }

    /// <summary>
    /// Fills <paramref name="rowOf"/> with the table rows of the items the rows hold (as many as it is long), by
    /// publication time, equal times in row order: what a stable OrderBy on <see cref="NewsItem.Published"/> gives
    /// (DateTimeOffsets compare by their UTC ticks), at a fraction of its cost on a million items, and without sorting
    /// a feed already in time order. <paramref name="ticks"/> is scratch of the same length.
    /// </summary>
    private static void ByPublished(ChunkedColumn<RowSlot> rows, NewsTableBuilder table, Span<long> ticks, Span<int> rowOf)
    {
        int count = rowOf.Length;
        bool inOrder = true;
        for (int k = 0, i = 0; k < rows.Count; k++)
        {
            if (rows[k].Row == NoRow) continue;
            ticks[i] = table.UtcTicks(rows[k].Row);
            rowOf[i] = k;
            if (i > 0 && ticks[i] < ticks[i - 1]) inOrder = false;
            i++;
        }
        if (!inOrder)
        {
            ticks.Sort(rowOf);
            // The sort is not stable: each run of equal times goes back to row order.
            for (int start = 0, end; start < count; start = end)
            {
                for (end = start + 1; end < count && ticks[end] == ticks[start]; end++) { }
                if (end - start > 1) rowOf[start..end].Sort();
            }
        }
        // Row order of the file (the tie-break above) is not the table's order of adding, which builds late rows last.
        for (int i = 0; i < count; i++) rowOf[i] = rows[rowOf[i]].Row;
    }

    /// <summary>Counts how files without a symbol column got their symbols, for one line per way in <see cref="NewsLoad.SymbolNotes"/>.</summary>
    private sealed class SymbolNoteCounter
    {
        private readonly Dictionary<string, (int Files, int Rows, string Example)> _ways = new(StringComparer.Ordinal);

        public void Add(string file, string? root, string? symbol, IReadOnlyList<string> columns, int rows)
        {
            string rel = root is null ? Path.GetFileName(file) : DataFiles.RelativePath(root, file);
            string way = symbol is null
                ? "no symbol column: loaded as market-level news (no symbol)"
                : "no symbol column: symbol from the file's or its folder's name";
            string example = symbol is null ? $"{rel} has columns {string.Join(", ", columns)}" : $"{rel} → {symbol}";
            _ways[way] = _ways.TryGetValue(way, out var w) ? (w.Files + 1, w.Rows + rows, w.Example) : (1, rows, example);
        }

        public IReadOnlyList<string> Lines() =>
            [.. _ways.Select(p => $"{p.Key}: {p.Value.Rows} rows in {p.Value.Files} file{(p.Value.Files == 1 ? "" : "s")} (e.g. {p.Value.Example})")];
    }
}
