using System.Globalization;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace Signals.Data;

/// <summary>
/// Strict loading of news feeds from CSV or JSONL (chosen by extension: .jsonl/.ndjson is JSON Lines, else CSV).
/// Required: a timestamp (<c>timestamp</c>, <c>published</c>, <c>datetime</c> or <c>date</c>), symbols
/// (<c>symbol</c>, <c>symbols</c> or <c>ticker</c>; several separated by ';') and a headline (<c>headline</c> or
/// <c>title</c>). Optional: <c>id</c> (else a stable id from the content), <c>body</c>, <c>source</c>.
/// A timestamp without an offset is rejected unless the caller names the zone it was written in: guessing
/// the zone of a headline is how look-ahead creeps into a backtest.
/// </summary>
public static class NewsFile
{
    private static readonly string[] TimestampNames = ["timestamp", "published", "datetime", "date"];
    private static readonly string[] SymbolNames = ["symbol", "symbols", "ticker"];
    private static readonly string[] HeadlineNames = ["headline", "title"];

    /// <summary>Loads a news file, sorted by publication time (stable for equal times).</summary>
    /// <param name="zone">IANA zone for timestamps written without an offset; null rejects them.</param>
    public static IReadOnlyList<NewsItem> Load(string path, string? zone = null)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var tz = zone is null ? null : Timestamps.Zone(zone);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var items = ext is ".jsonl" or ".ndjson" ? ReadJsonl(path, tz) : ReadCsv(path, tz);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (item, line) in items)
        {
            if (!seen.TryAdd(item.Id, line))
                throw new DataFormatException(path, line, "id", $"duplicate id '{item.Id}' (first on line {seen[item.Id]})");
        }
        return items.Select(x => x.Item).OrderBy(x => x.Published).ToList();
    }

    private static List<(NewsItem Item, int Line)> ReadCsv(string path, NodaTime.DateTimeZone? zone)
    {
        var result = new List<(NewsItem, int)>();
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
            int Need(string[] names) => FindColumn(header, names) ?? throw new DataFormatException(path, 1, names[0], $"no '{names[0]}' column (also accepted: {string.Join(", ", names.Skip(1))})");
            int ts = Need(TimestampNames), sym = Need(SymbolNames), head = Need(HeadlineNames);
            int? id = FindColumn(header, ["id"]), body = FindColumn(header, ["body"]), source = FindColumn(header, ["source"]);
            foreach (var row in reader)
            {
                int line = row.LineNumberFrom;
                if (CsvRows.Fields(row, header.Length, path, trim: false) is not { } fields) continue;
                string? Get(int? i) => i is int k ? fields[k] : null;
                result.Add((Build(path, line, header[ts], fields[ts], header[sym], fields[sym], header[head], fields[head], Get(id), Get(body), Get(source), zone), line));
            }
        }
        catch (Exception ex) when (ex is not DataFormatException)
        {
            throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
        }
        return result;
    }

    private static List<(NewsItem Item, int Line)> ReadJsonl(string path, NodaTime.DateTimeZone? zone)
    {
        var result = new List<(NewsItem, int)>();
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            JsonDocument doc;
            try { doc = JsonDocument.Parse(text); }
            catch (JsonException ex) { throw new DataFormatException(path, line, null, $"not a JSON object: {ex.Message}"); }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                    throw new DataFormatException(path, line, null, "each line must be a JSON object");
                var props = doc.RootElement.EnumerateObject().ToDictionary(p => p.Name.ToLowerInvariant(), p => p.Value);
                (string Name, string? Value) Field(string[] names, bool required)
                {
                    foreach (var n in names)
                        if (props.TryGetValue(n, out var v)) return (n, JsonText(v, path, line, n));
                    if (required) throw new DataFormatException(path, line, names[0], $"missing field '{names[0]}' (also accepted: {string.Join(", ", names.Skip(1))})");
                    return (names[0], null);
                }
                var ts = Field(TimestampNames, true);
                var sym = Field(SymbolNames, true);
                var head = Field(HeadlineNames, true);
                result.Add((Build(path, line, ts.Name, ts.Value ?? "", sym.Name, sym.Value ?? "", head.Name, head.Value ?? "",
                    Field(["id"], false).Value, Field(["body"], false).Value, Field(["source"], false).Value, zone), line));
            }
        }
        return result;
    }

    private static string? JsonText(JsonElement v, string path, int line, string name) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null => null,
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Array when v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => string.Join(';', v.EnumerateArray().Select(e => e.GetString())),
        _ => throw new DataFormatException(path, line, name, $"expected a string, found {v.ValueKind}"),
    };

    private static NewsItem Build(string path, int line, string tsCol, string tsText, string symCol, string symText, string headCol, string headline,
        string? id, string? body, string? source, NodaTime.DateTimeZone? zone)
    {
        if (string.IsNullOrWhiteSpace(tsText)) throw new DataFormatException(path, line, tsCol, "empty timestamp");
        if (!Timestamps.TryParse(tsText, out var parsed))
            throw new DataFormatException(path, line, tsCol, $"'{tsText}' is not an ISO 8601 timestamp");
        DateTimeOffset published;
        if (parsed.WithOffset is { } withOffset) published = withOffset;
        else if (zone is null)
            throw new DataFormatException(path, line, tsCol, $"'{tsText}' has no UTC offset; add one (e.g. 2024-03-01T16:05:00-05:00) or name the zone it was written in");
        else published = Timestamps.InZone(parsed.Local!.Value, zone);

        var symbols = symText.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (symbols.Length == 0) throw new DataFormatException(path, line, symCol, "no symbol");
        headline = headline.Trim();
        if (headline.Length == 0) throw new DataFormatException(path, line, headCol, "empty headline");
        id = string.IsNullOrWhiteSpace(id) ? NewsItem.StableId(published, symbols, headline) : id.Trim();
        return new NewsItem(id, published, symbols, headline, string.IsNullOrWhiteSpace(body) ? null : body, string.IsNullOrWhiteSpace(source) ? null : source.Trim());
    }

    private static int? FindColumn(string[] header, string[] names)
    {
        foreach (var n in names)
        {
            int i = Array.IndexOf(header, n);
            if (i >= 0) return i;
        }
        return null;
    }

    /// <summary>Writes <c>id,timestamp,symbols,headline,source,body</c> with RFC 4180 quoting; timestamps keep their offset.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<NewsItem> items)
    {
        writer.Write("id,timestamp,symbols,headline,source,body\n");
        foreach (var n in items)
        {
            writer.Write(Quote(n.Id)); writer.Write(',');
            writer.Write(FormatTimestamp(n.Published)); writer.Write(',');
            writer.Write(Quote(string.Join(';', n.Symbols))); writer.Write(',');
            writer.Write(Quote(n.Headline)); writer.Write(',');
            writer.Write(Quote(n.Source ?? "")); writer.Write(',');
            writer.Write(Quote(n.Body ?? "")); writer.Write('\n');
        }
    }

    /// <summary>Writes one JSON object per line.</summary>
    public static void WriteJsonl(TextWriter writer, IEnumerable<NewsItem> items)
    {
        foreach (var n in items)
        {
            var obj = new Dictionary<string, object?>
            {
                ["id"] = n.Id, ["timestamp"] = FormatTimestamp(n.Published), ["symbols"] = n.Symbols, ["headline"] = n.Headline,
            };
            if (n.Source is not null) obj["source"] = n.Source;
            if (n.Body is not null) obj["body"] = n.Body;
            writer.Write(JsonSerializer.Serialize(obj));
            writer.Write('\n');
        }
    }

    public static string FormatTimestamp(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Quote(string s)
    {
        if (s.AsSpan().IndexOfAny(",\"\n\r") < 0) return s;
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (char ch in s) sb.Append(ch == '"' ? "\"\"" : ch);
        return sb.Append('"').ToString();
    }
}
