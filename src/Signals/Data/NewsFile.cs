using System.Text.Json;
using nietras.SeparatedValues;

namespace Signals.Data;

/// <summary>How to read a news file.</summary>
public sealed record NewsLoadOptions
{
    /// <summary>IANA zone for timestamps written without an offset; null rejects them (date-only timestamps excepted).</summary>
    public string? Zone { get; init; }
    public BadRowPolicy OnBadRows { get; init; } = BadRowPolicy.Fail;
    /// <summary>Market news: the symbol column may be missing or empty (items then name no symbol).</summary>
    public bool MarketNews { get; init; }
}

/// <summary>A loaded news file with every count a reader needs to trust it: rows read, skipped, duplicates dropped.</summary>
public sealed record NewsLoad(string File, IReadOnlyList<NewsItem> Items, int RowsRead, IReadOnlyList<BadRow> BadRows, int Duplicates, int DateOnly);

/// <summary>
/// Loading of news feeds from CSV, JSONL or Parquet (by extension: .jsonl/.ndjson, .parquet, else CSV), as
/// exported by common headline dumps. Required: a timestamp (<c>timestamp</c>, <c>published</c>, <c>datetime</c>
/// or <c>date</c>), symbols (<c>symbol</c>, <c>symbols</c>, <c>ticker</c>, <c>tickers</c>, <c>stock</c> or
/// <c>stocks</c>; several separated by ';' or ',') and a headline (<c>headline</c>, <c>title</c> or <c>text</c>).
/// Optional: <c>id</c> (else a stable id from the content), <c>body</c>, <c>source</c>; other columns (an unnamed
/// index) are ignored. Exact duplicate rows are dropped and counted. A timestamp without an offset is rejected
/// unless the caller names the zone it was written in: guessing the zone of a headline is how look-ahead creeps
/// into a backtest. A date without a time is taken as published after that day's close in New York (16:00), the
/// earliest moment a date-stamped headline is surely known.
/// </summary>
public static partial class NewsFile
{
    private static readonly string[] TimestampNames = ["timestamp", "published", "datetime", "date"];
    private static readonly string[] SymbolNames = ["symbol", "symbols", "ticker", "tickers", "stock", "stocks"];
    private static readonly string[] HeadlineNames = ["headline", "title", "text"];
    private static readonly TimeOnly AfterClose = new(16, 0);

    /// <summary>Loads a news file strictly, sorted by publication time (stable for equal times).</summary>
    /// <param name="zone">IANA zone for timestamps written without an offset; null rejects them.</param>
    public static IReadOnlyList<NewsItem> Load(string path, string? zone = null) =>
        LoadWithReport(path, new NewsLoadOptions { Zone = zone }).Items;

    /// <summary>Loads a news file under <paramref name="options"/>, with the counts of what was read, skipped and dropped.</summary>
    public static NewsLoad LoadWithReport(string path, NewsLoadOptions? options = null)
    {
        options ??= new NewsLoadOptions();
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var reader = new Reader(path, options.Zone is null ? null : Timestamps.Zone(options.Zone), new BadRowSink(options.OnBadRows)) { MarketNews = options.MarketNews };
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".jsonl" or ".ndjson") reader.ReadJsonl();
        else if (ParquetRows.IsParquet(path)) reader.ReadCsv(new StringReader(ParquetRows.ToCsv(path)));
        else reader.ReadCsv(null);

        var seen = new Dictionary<string, (int Line, string Content)>(StringComparer.Ordinal);
        var kept = new List<NewsItem>(reader.Items.Count);
        int duplicates = 0;
        foreach (var (item, line) in reader.Items)
        {
            string content = Content(item);
            if (seen.TryGetValue(item.Id, out var first))
            {
                if (first.Content == content) { duplicates++; continue; }
                reader.Sink.Report(new DataFormatException(path, line, "id", $"duplicate id '{item.Id}' with other content (first on line {first.Line})"));
                continue;
            }
            seen[item.Id] = (line, content);
            kept.Add(item);
        }
        return new NewsLoad(path, kept.OrderBy(x => x.Published).ToList(), reader.RowsRead, reader.Sink.Rows.OrderBy(r => r.Line).ToList(), duplicates, reader.DateOnly);
    }

    private static string Content(NewsItem n) =>
        $"{n.Published.UtcTicks}|{string.Join(';', n.Symbols)}|{n.Headline}|{n.Body}|{n.Source}";

    private sealed class Reader(string path, NodaTime.DateTimeZone? zone, BadRowSink sink)
    {
        public readonly List<(NewsItem Item, int Line)> Items = [];
        public readonly BadRowSink Sink = sink;
        public int RowsRead, DateOnly;
        public bool MarketNews;

        /// <param name="text">The CSV text of a converted Parquet file (row n is line n + 1), or null to read the file.</param>
        public void ReadCsv(TextReader? text)
        {
            try
            {
                var sep = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true });
                using var reader = text is null ? sep.FromFile(path) : sep.From(text);
                var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
                int Need(string[] names) => FindColumn(header, names) ?? throw new DataFormatException(path, 1, names[0], $"no '{names[0]}' column (also accepted: {string.Join(", ", names.Skip(1))})");
                int ts = Need(TimestampNames), sym = MarketNews ? FindColumn(header, SymbolNames) ?? -1 : Need(SymbolNames), head = Need(HeadlineNames);
                int? id = FindColumn(header, ["id"]), body = FindColumn(header, ["body"]), source = FindColumn(header, ["source"]);
                foreach (var row in reader)
                {
                    int line = row.LineNumberFrom;
                    if (CsvRows.IsBlank(row)) continue;
                    RowsRead++;
                    string[] fields;
                    try { fields = CsvRows.Fields(row, header.Length, path, trim: false)!; }
                    catch (DataFormatException e) { Sink.Report(e); continue; }
                    string? Get(int? i) => i is int k ? fields[k] : null;
                    if (Sink.TryRead(() => Build(line, header[ts], fields[ts], sym < 0 ? SymbolNames[0] : header[sym], sym < 0 ? "" : fields[sym], header[head], fields[head], Get(id), Get(body), Get(source)), out var item))
                        Items.Add((item, line));
                }
            }
            catch (Exception ex) when (ex is not DataFormatException)
            {
                throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
            }
        }

        public void ReadJsonl()
        {
            int line = 0;
            foreach (var text in File.ReadLines(path))
            {
                line++;
                if (string.IsNullOrWhiteSpace(text)) continue;
                RowsRead++;
                int at = line;
                if (Sink.TryRead(() => JsonRow(text, at), out var item)) Items.Add((item, at));
            }
        }

        private NewsItem JsonRow(string text, int line)
        {
            JsonDocument doc;
            try { doc = JsonDocument.Parse(text); }
            catch (JsonException ex) { throw new DataFormatException(path, line, null, $"not a JSON object: {ex.Message}"); }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                    throw new DataFormatException(path, line, null, "each line must be a JSON object");
                var props = new Dictionary<string, JsonElement>();
                foreach (var p in doc.RootElement.EnumerateObject()) props[p.Name.ToLowerInvariant()] = p.Value;
                (string Name, string? Value) Field(string[] names, bool required)
                {
                    foreach (var n in names)
                        if (props.TryGetValue(n, out var v)) return (n, JsonText(v, path, line, n));
                    if (required) throw new DataFormatException(path, line, names[0], $"missing field '{names[0]}' (also accepted: {string.Join(", ", names.Skip(1))})");
                    return (names[0], null);
                }
                var ts = Field(TimestampNames, true);
                var sym = Field(SymbolNames, !MarketNews);
                var head = Field(HeadlineNames, true);
                return Build(line, ts.Name, ts.Value ?? "", sym.Name, sym.Value ?? "", head.Name, head.Value ?? "",
                    Field(["id"], false).Value, Field(["body"], false).Value, Field(["source"], false).Value);
            }
        }

        private NewsItem Build(int line, string tsCol, string tsText, string symCol, string symText, string headCol, string headline,
            string? id, string? body, string? source)
        {
            if (string.IsNullOrWhiteSpace(tsText)) throw new DataFormatException(path, line, tsCol, "empty timestamp");
            if (!Timestamps.TryParse(tsText, out var parsed))
                throw new DataFormatException(path, line, tsCol, $"'{tsText}' is not an ISO 8601 timestamp");
            DateTimeOffset published;
            if (parsed.WithOffset is { } withOffset) published = withOffset;
            else if (parsed.DateOnly)
            {
                published = Timestamps.InZone(parsed.Local!.Value.Date + NodaTime.LocalTime.FromHourMinuteSecondTick(AfterClose.Hour, AfterClose.Minute, 0, 0), Timestamps.Zone("America/New_York"));
                DateOnly++;
            }
            else if (zone is null)
                throw new DataFormatException(path, line, tsCol, $"'{tsText}' has no UTC offset; add one (e.g. 2024-03-01T16:05:00-05:00) or name the zone it was written in");
            else published = Timestamps.InZone(parsed.Local!.Value, zone);

            var symbols = symText.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (symbols.Length == 0 && !MarketNews) throw new DataFormatException(path, line, symCol, "no symbol");
            headline = headline.Trim();
            if (headline.Length == 0) throw new DataFormatException(path, line, headCol, "empty headline");
            id = string.IsNullOrWhiteSpace(id) ? NewsItem.StableId(published, symbols, headline) : id.Trim();
            return new NewsItem(id, published, symbols, headline, string.IsNullOrWhiteSpace(body) ? null : body, string.IsNullOrWhiteSpace(source) ? null : source.Trim());
        }
    }

    private static string? JsonText(JsonElement v, string path, int line, string name) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null => null,
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Array when v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => string.Join(';', v.EnumerateArray().Select(e => e.GetString())),
        _ => throw new DataFormatException(path, line, name, $"expected a string, found {v.ValueKind}"),
    };

    private static int? FindColumn(string[] header, string[] names)
    {
        foreach (var n in names)
        {
            int i = Array.IndexOf(header, n);
            if (i >= 0) return i;
        }
        return null;
    }
}
