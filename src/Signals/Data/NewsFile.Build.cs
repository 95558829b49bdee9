namespace Signals.Data;

/// <summary>The general rules that turn one row's fields into a <see cref="NewsItem"/>, or the row's error.</summary>
public static partial class NewsFile
{
    /// <summary>One row's fields as read, before any is parsed; a field that could not be read as text is a problem raised when the row is built.</summary>
    private sealed record RawRow(int Line, string TsCol, string? Ts, string? SymCol, string? Sym, string HeadCol, string? Head,
        string? Id, string? Body, string? Source, DataFormatException? Problem);

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
            symbols = NewsTextPool.SplitSymbols(row.Sym ?? "", out var problem) ?? throw new DataFormatException(path, line, row.SymCol, problem!);
        else symbols = pathSymbol is null ? [] : [pathSymbol];

        var headline = (row.Head ?? "").Trim();
        if (headline.Length == 0) throw new DataFormatException(path, line, row.HeadCol, "empty headline");
        var id = string.IsNullOrWhiteSpace(row.Id) ? NewsItem.StableId(published, symbols, headline) : row.Id.Trim();
        return new NewsItem(id, published, symbols, headline, string.IsNullOrWhiteSpace(row.Body) ? null : row.Body,
            string.IsNullOrWhiteSpace(row.Source) ? null : row.Source.Trim());
    }
}
