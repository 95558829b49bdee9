using System.Globalization;
using nietras.SeparatedValues;
using Signals.Data;

namespace Signals.Features;

/// <summary>
/// Reads sentiment scores from CSV in either of two shapes:
/// (1) self-contained rows <c>timestamp,symbol(s),score[,confidence][,id][,status]</c> (symbols separated by ';');
/// (2) the output of <c>signals sentiment score</c> (<c>id,score,label,confidence,status,…</c>), which carries no
/// time or symbol and is joined by id to the news file it scored.
/// Rows whose status is not <c>ok</c>, or whose score is empty/NaN with a non-ok status, are excluded — never read as 0.
/// Columns are found by name, so files written before the provenance columns existed still load.
/// <c>Write</c> (beside this file) writes shape (2).
/// </summary>
public static partial class ScoredHeadlineCsv
{
    private static readonly string[] TimestampNames = ["timestamp", "published", "datetime", "date"];
    private static readonly string[] SymbolNames = ["symbol", "symbols", "ticker"];

    /// <param name="news">The scored news, required for shape (2).</param>
    /// <param name="zone">IANA zone for timestamps written without an offset (shape 1); null rejects them.</param>
    /// <param name="excluded">Rows left out as failed or skipped.</param>
    public static IReadOnlyList<ScoredHeadline> Load(string path, IReadOnlyList<NewsItem>? news, out int excluded, string? zone = null)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var result = new List<ScoredHeadline>();
        excluded = 0;
        try
        {
            using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true }).FromFile(path);
            var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
            int? ts = Find(header, TimestampNames), sym = Find(header, SymbolNames), id = Find(header, ["id"]);
            int? confidence = Find(header, ["confidence"]), status = Find(header, ["status"]);
            int score = Find(header, ["score"]) ?? throw new DataFormatException(path, 1, "score", "no 'score' column");
            bool selfContained = ts is not null && sym is not null;
            Dictionary<string, NewsItem>? byId = null;
            if (!selfContained)
            {
                if (id is null) throw new DataFormatException(path, 1, "id", "need either timestamp and symbol columns, or an id column to join with the news file");
                if (news is null) throw new DataFormatException(path, 1, "id", "this scores file has no timestamp/symbol columns; give the news file it scored (--news)");
                byId = news.ToDictionary(n => n.Id, StringComparer.Ordinal);
            }
            var tz = zone is null ? null : Timestamps.Zone(zone);
            foreach (var row in reader)
            {
                int line = row.LineNumberFrom;
                if (CsvRows.Fields(row, header.Length, path, trim: true) is not { } fields) continue;
                string Field(int i) => fields[i];

                string statusText = status is int st ? Field(st) : "ok";
                bool ok = statusText.Equals("ok", StringComparison.OrdinalIgnoreCase);
                if (!ok && !statusText.Equals("failed", StringComparison.OrdinalIgnoreCase) && !statusText.Equals("skipped", StringComparison.OrdinalIgnoreCase))
                    throw new DataFormatException(path, line, header[status!.Value], $"unknown status '{statusText}' (ok, failed or skipped)");
                if (!ok) { excluded++; continue; }

                double value = ParseNumber(path, line, header[score], Field(score));
                if (!double.IsFinite(value)) { excluded++; continue; }
                if (value is < -1 or > 1) throw new DataFormatException(path, line, header[score], $"score {value.ToString(CultureInfo.InvariantCulture)} is outside [-1, 1]");
                double conf = confidence is int c && Field(c).Length > 0 ? ParseNumber(path, line, header[c], Field(c)) : 1;
                if (!double.IsFinite(conf)) conf = 1;

                if (selfContained)
                {
                    var published = ParseTimestamp(path, line, header[ts!.Value], Field(ts.Value), tz);
                    var symbols = Field(sym!.Value).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    if (symbols.Length == 0) throw new DataFormatException(path, line, header[sym.Value], "no symbol");
                    string rowId = id is int i && Field(i).Length > 0 ? Field(i) : NewsItem.StableId(published, symbols, $"line {line}");
                    result.Add(new ScoredHeadline(rowId, published, symbols, value, conf));
                }
                else
                {
                    string rowId = Field(id!.Value);
                    if (!byId!.TryGetValue(rowId, out var item))
                        throw new DataFormatException(path, line, header[id.Value], $"id '{rowId}' is not in the news file");
                    result.Add(new ScoredHeadline(rowId, item.Published, item.Symbols, value, conf));
                }
            }
        }
        catch (Exception ex) when (ex is not DataFormatException)
        {
            throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
        }
        return result;
    }

    private static double ParseNumber(string path, int line, string column, string text)
    {
        if (text.Length == 0) return double.NaN;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
            ? v : throw new DataFormatException(path, line, column, $"'{text}' is not a number");
    }

    private static DateTimeOffset ParseTimestamp(string path, int line, string column, string text, NodaTime.DateTimeZone? zone)
    {
        if (!Timestamps.TryParse(text, out var parsed) || parsed.DateOnly)
            throw new DataFormatException(path, line, column, $"'{text}' is not an ISO 8601 date-time (a bare date cannot be placed before or after the open)");
        if (parsed.WithOffset is { } t) return t;
        if (zone is null) throw new DataFormatException(path, line, column, $"'{text}' has no UTC offset; add one or name the zone it was written in");
        return Timestamps.InZone(parsed.Local!.Value, zone);
    }

    private static int? Find(string[] header, string[] names)
    {
        foreach (var n in names)
        {
            int i = Array.IndexOf(header, n);
            if (i >= 0) return i;
        }
        return null;
    }
}
