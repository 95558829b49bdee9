using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

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

/// <summary>A loaded news file with every count a reader needs to trust it: rows read, skipped, duplicates dropped.</summary>
public sealed record NewsLoad(string File, IReadOnlyList<NewsItem> Items, int RowsRead, IReadOnlyList<BadRow> BadRows, int Duplicates, int DateOnly)
{
    /// <summary>The files read: the file given, or every file of the folder in ordinal order of relative path.</summary>
    public IReadOnlyList<string> Files { get; init; } = [File];
    /// <summary>How rows without a symbol column got their symbols, one line per way (empty when every file had a symbol column).</summary>
    public IReadOnlyList<string> SymbolNotes { get; init; } = [];
    /// <summary>Items naming no symbol: news about the market as a whole (an RSS feed, a file without a symbol column).</summary>
    public int MarketLevel => Items.Count(i => i.Symbols.Count == 0);
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

    /// <summary>Loads a news file strictly, sorted by publication time (stable for equal times).</summary>
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
        var zone = options.Zone is null ? null : Timestamps.Zone(options.Zone);
        var sink = new BadRowSink(options.OnBadRows);
        var items = new List<(NewsItem Item, string File, int Line)>();
        int rowsRead = 0, dateOnly = 0;
        var notes = new SymbolNoteCounter();
        foreach (var file in files)
        {
            var reader = new FileReader(file, sink);
            reader.Read();
            rowsRead += reader.RowsRead;
            string? pathSymbol = DataFiles.SymbolOf(file, root, options.SymbolFrom, options.SymbolSuffixes, singleFileNames: false);
            if (reader.MissingSymbolColumn) notes.Add(file, root, pathSymbol, reader.Columns, reader.Rows.Count);
            var formats = reader.Rows.GroupBy(r => r.TsCol).ToDictionary(g => g.Key,
                g => TimestampColumn.Decide(file, g.Key, g.Select(r => r.Ts), options.DateFormat, options.TimeFormat));
            foreach (var row in reader.Rows)
                if (sink.TryRead(() => Build(file, row, formats[row.TsCol], zone, pathSymbol, ref dateOnly), out var item))
                    items.Add((item, file, row.Line));
        }

        var seen = new Dictionary<string, (int Index, string File, int Line, string Content)>(StringComparer.Ordinal);
        var kept = new List<NewsItem>(items.Count);
        int duplicates = 0;
        foreach (var (item, file, line) in items)
        {
            string content = Content(item);
            if (seen.TryGetValue(item.Id, out var first))
            {
                if (first.Content == content) { duplicates++; continue; }
                var earlier = kept[first.Index];
                if (ContentWithoutSymbols(earlier) == ContentWithoutSymbols(item))
                {
                    // The same item read under another symbol (a tweet in two ticker folders): one item naming both.
                    kept[first.Index] = earlier with { Symbols = [.. earlier.Symbols.Union(item.Symbols, StringComparer.Ordinal)] };
                    seen[item.Id] = first with { Content = Content(kept[first.Index]) };
                    continue;
                }
                string where = first.File == file ? $"line {first.Line}" : $"{first.File}, line {first.Line}";
                sink.Report(new DataFormatException(file, line, "id", $"duplicate id '{item.Id}' with other content (first on {where})"));
                continue;
            }
            seen[item.Id] = (kept.Count, file, line, content);
            kept.Add(item);
        }
        var bad = sink.Rows.OrderBy(r => files.IndexOf(r.File)).ThenBy(r => r.Line).ToList();
        return new NewsLoad(path, kept.OrderBy(x => x.Published).ToList(), rowsRead, bad, duplicates, dateOnly)
        {
            Files = files,
            SymbolNotes = notes.Lines(),
        };
    }

    private static string Content(NewsItem n) =>
        $"{n.Published.UtcTicks}|{string.Join(';', n.Symbols)}|{n.Headline}|{n.Body}|{n.Source}";

    private static string ContentWithoutSymbols(NewsItem n) => $"{n.Published.UtcTicks}|{n.Headline}|{n.Body}|{n.Source}";

    /// <summary>One row's fields as read, before any is parsed; a field that could not be read as text is a problem raised when the row is built.</summary>
    private sealed record RawRow(int Line, string TsCol, string? Ts, string? SymCol, string? Sym, string HeadCol, string? Head,
        string? Id, string? Body, string? Source, DataFormatException? Problem);

    /// <summary>The row's columns resolved by alias: indexes into the row's normalised names.</summary>
    private sealed record Resolved(int? Ts, int? Sym, int? Head, int? Id, int? Body, int? Source)
    {
        public static Resolved Of(IReadOnlyList<string> names)
        {
            int? head = Find(names, HeadlineNames);
            int? body = null;
            foreach (var n in BodyNames)
            {
                int i = IndexOf(names, n);
                if (i >= 0 && i != head) { body = i; break; }
            }
            return new(Find(names, TimestampNames), Find(names, SymbolNames), head, Find(names, IdNames), body, Find(names, SourceNames));
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }

    private static int? Find(IReadOnlyList<string> names, string[] aliases)
    {
        foreach (var a in aliases)
        {
            int i = IndexOf(names, a);
            if (i >= 0) return i;
        }
        return null;
    }

    /// <summary>Reads one file of any accepted format into raw rows.</summary>
    private sealed class FileReader(string path, BadRowSink sink)
    {
        public readonly List<RawRow> Rows = [];
        public int RowsRead;
        public bool MissingSymbolColumn;
        public IReadOnlyList<string> Columns = [];

        public void Read()
        {
            DataFiles.Format format;
            try { format = DataFiles.Sniff(path); }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                throw new DataFormatException(path, null, null, $"cannot read the file: {ex.Message}", ex);
            }
            switch (format)
            {
                case DataFiles.Format.Parquet: ReadCsv(new StringReader(ParquetRows.ToCsv(path))); break;
                case DataFiles.Format.JsonLines: ReadJsonLines(); break;
                case DataFiles.Format.JsonArray: ReadJsonArray(); break;
                default: ReadCsv(DataFiles.OpenText(path)); break;
            }
        }

        private void ReadCsv(TextReader text)
        {
            try
            {
                var sep = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true });
                using var reader = sep.From(text);
                var original = reader.Header.ColNames.ToArray();
                var header = original.Select(DataFiles.Normalise).ToArray();
                Columns = original;
                var r = Resolved.Of(header);
                string seen = string.Join(", ", original);
                if (r.Ts is null) throw new DataFormatException(path, 1, "timestamp", $"no timestamp column among the columns ({seen}); accepted: {string.Join(", ", TimestampNames)}");
                if (r.Head is null) throw new DataFormatException(path, 1, "headline", $"no headline column among the columns ({seen}); accepted: {string.Join(", ", HeadlineNames)}");
                MissingSymbolColumn = r.Sym is null;
                foreach (var row in reader)
                {
                    int line = row.LineNumberFrom;
                    if (CsvRows.IsBlank(row)) continue;
                    RowsRead++;
                    string[] fields;
                    try { fields = CsvRows.Fields(row, header.Length, path, trim: false)!; }
                    catch (DataFormatException e) { sink.Report(e); continue; }
                    string? Get(int? i) => i is int k ? fields[k] : null;
                    Rows.Add(new RawRow(line, original[r.Ts.Value], fields[r.Ts.Value], r.Sym is int s ? original[s] : null, Get(r.Sym),
                        original[r.Head.Value], fields[r.Head.Value], Get(r.Id), Get(r.Body), Get(r.Source), null));
                }
            }
            catch (Exception ex) when (ex is not DataFormatException)
            {
                throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
            }
        }

        private void ReadJsonLines()
        {
            int line = 0;
            using var text = DataFiles.OpenText(path);
            string? s;
            while ((s = text.ReadLine()) is not null)
            {
                line++;
                if (string.IsNullOrWhiteSpace(s)) continue;
                RowsRead++;
                JsonDocument doc;
                try { doc = JsonDocument.Parse(s); }
                catch (JsonException ex) { sink.Report(new DataFormatException(path, line, null, $"not a JSON object (a line cut short?): {ex.Message}")); continue; }
                using (doc) AddObject(doc.RootElement, line);
            }
        }

        private void ReadJsonArray()
        {
            byte[] bytes;
            using (var text = DataFiles.OpenText(path)) bytes = Encoding.UTF8.GetBytes(text.ReadToEnd());
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            int line = 1;
            long counted = 0;
            int LineAt(long offset)
            {
                for (; counted < offset; counted++) if (bytes[counted] == (byte)'\n') line++;
                return line;
            }
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                    throw new DataFormatException(path, 1, null, "expected a JSON array of objects");
                while (true)
                {
                    int at = 1;
                    try
                    {
                        if (!reader.Read()) throw new JsonException("the array is not closed");
                        if (reader.TokenType == JsonTokenType.EndArray) break;
                        at = LineAt(reader.TokenStartIndex);
                        RowsRead++;
                        using var doc = JsonDocument.ParseValue(ref reader);
                        AddObject(doc.RootElement, at);
                    }
                    catch (JsonException ex)
                    {
                        // A cut or broken element ends what can be read of the array.
                        sink.Report(new DataFormatException(path, Math.Max(at, LineAt(Math.Min(reader.BytesConsumed, bytes.Length))), null, $"not a JSON object (the file cut short?): {ex.Message}"));
                        break;
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new DataFormatException(path, 1, null, $"not a JSON array: {ex.Message}", ex);
            }
        }

        private void AddObject(JsonElement obj, int line)
        {
            if (obj.ValueKind != JsonValueKind.Object)
            {
                sink.Report(new DataFormatException(path, line, null, "each record must be a JSON object"));
                return;
            }
            var names = new List<string>();
            var originals = new List<string>();
            var values = new List<JsonElement>();
            foreach (var p in obj.EnumerateObject())
            {
                names.Add(DataFiles.Normalise(p.Name)); originals.Add(p.Name); values.Add(p.Value);
            }
            if (Columns.Count == 0) Columns = originals;
            var r = Resolved.Of(names);
            string seen = string.Join(", ", originals);
            if (r.Ts is null) { sink.Report(new DataFormatException(path, line, "timestamp", $"no timestamp field among the fields ({seen}); accepted: {string.Join(", ", TimestampNames)}")); return; }
            if (r.Head is null) { sink.Report(new DataFormatException(path, line, "headline", $"no headline field among the fields ({seen}); accepted: {string.Join(", ", HeadlineNames)}")); return; }
            if (r.Sym is null) MissingSymbolColumn = true;
            DataFormatException? problem = null;
            string? Get(int? i)
            {
                if (i is not int k) return null;
                try { return JsonText(values[k], path, line, originals[k]); }
                catch (DataFormatException e) { problem ??= e; return null; }
            }
            Rows.Add(new RawRow(line, originals[r.Ts.Value], Get(r.Ts), r.Sym is int s ? originals[s] : null, Get(r.Sym),
                originals[r.Head.Value], Get(r.Head), Get(r.Id), Get(r.Body), Get(r.Source), problem));
        }
    }

    private static NewsItem Build(string path, RawRow row, TimestampColumn format, NodaTime.DateTimeZone? zone, string? pathSymbol, ref int dateOnly)
    {
        if (row.Problem is not null) throw row.Problem;
        int line = row.Line;
        var tsText = row.Ts ?? "";
        if (string.IsNullOrWhiteSpace(tsText)) throw new DataFormatException(path, line, row.TsCol, "empty timestamp");
        if (!format.TryParse(tsText, out var parsed))
            throw new DataFormatException(path, line, row.TsCol, $"'{tsText}' is not a timestamp the loader knows (ISO 8601, RFC 1123, Twitter's created_at, Unix time, m/d/yyyy or d/m/yyyy); name its format with --time-format or --date-format");
        DateTimeOffset published;
        if (parsed.WithOffset is { } withOffset) published = withOffset;
        else if (parsed.DateOnly)
        {
            published = Timestamps.InZone(parsed.Local!.Value.Date + NodaTime.LocalTime.FromHourMinuteSecondTick(AfterClose.Hour, AfterClose.Minute, 0, 0), Timestamps.Zone("America/New_York"));
            dateOnly++;
        }
        else if (zone is null)
            throw new DataFormatException(path, line, row.TsCol, $"'{tsText}' has no UTC offset; add one (e.g. 2024-03-01T16:05:00-05:00) or name the zone it was written in (--news-zone)");
        else published = Timestamps.InZone(parsed.Local!.Value, zone);

        string[] symbols;
        if (row.SymCol is not null)
        {
            var text = row.Sym ?? "";
            var parts = text.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            // "$AAPL $MSFT": cashtags separated by spaces.
            if (parts.Length == 1 && parts[0].StartsWith('$') && parts[0].Contains(' '))
                parts = parts[0].Split(' ', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            symbols = parts.Select(p => p.TrimStart('$').Trim()).Where(p => p.Length > 0).ToArray();
            if (symbols.Length == 0) throw new DataFormatException(path, line, row.SymCol, "no symbol");
            if (symbols.FirstOrDefault(s => !DataFiles.IsCleanText(s)) is not null)
                throw new DataFormatException(path, line, row.SymCol, "the symbol is not valid UTF-8 text");
        }
        else symbols = pathSymbol is null ? [] : [pathSymbol];

        var headline = (row.Head ?? "").Trim();
        if (headline.Length == 0) throw new DataFormatException(path, line, row.HeadCol, "empty headline");
        var id = string.IsNullOrWhiteSpace(row.Id) ? NewsItem.StableId(published, symbols, headline) : row.Id.Trim();
        return new NewsItem(id, published, symbols, headline, string.IsNullOrWhiteSpace(row.Body) ? null : row.Body,
            string.IsNullOrWhiteSpace(row.Source) ? null : row.Source.Trim());
    }

    private static string? JsonText(JsonElement v, string path, int line, string name) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null => null,
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Array when v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => string.Join(';', v.EnumerateArray().Select(e => e.GetString())),
        _ => throw new DataFormatException(path, line, name, $"expected a string, found {v.ValueKind}"),
    };

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
