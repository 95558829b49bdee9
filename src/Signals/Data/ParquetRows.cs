using System.Globalization;
using Parquet.Serialization;

namespace Signals.Data;

/// <summary>
/// A Parquet file as rows of text fields keyed by lower-case column name, so the CSV loaders' rules (aliases,
/// timestamps, strict errors) apply unchanged. Read with Parquet.Net: fully managed, so nothing native to ship.
/// Row numbers are 1-based and stand in for line numbers in error messages.
/// </summary>
internal static class ParquetRows
{
    public static bool IsParquet(string path) => path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file as CSV text (header first, RFC 4180 quoting), for a loader that reads CSV.</summary>
    public static string ToCsv(string path)
    {
        var rows = Read(path, out var columns);
        var sb = new System.Text.StringBuilder();
        sb.Append(string.Join(',', columns.Select(CsvText.Quote))).Append('\n');
        foreach (var row in rows)
            sb.Append(string.Join(',', columns.Select(c => CsvText.Quote(row.GetValueOrDefault(c))))).Append('\n');
        return sb.ToString();
    }

    public static List<Dictionary<string, string?>> Read(string path, out List<string> columns)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        DeserializationResult<Dictionary<string, object>> result;
        try
        {
            using var stream = File.OpenRead(path);
            result = ParquetSerializer.DeserializeUntypedAsync(stream).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not DataFormatException and not IOException)
        {
            throw new DataFormatException(path, null, null, $"not a readable Parquet file: {ex.Message}", ex);
        }
        columns = result.Schema.GetDataFields().Select(f => f.Name.Trim().ToLowerInvariant()).ToList();
        // A timestamp column marked adjusted-to-UTC holds instants, whatever DateTime.Kind the reader hands back.
        var utc = result.Schema.GetDataFields().OfType<Parquet.Schema.DateTimeDataField>().Where(f => f.IsAdjustedToUTC)
            .Select(f => f.Name.Trim().ToLowerInvariant()).ToHashSet();
        var rows = new List<Dictionary<string, string?>>(result.Data.Count);
        foreach (var row in result.Data)
        {
            var text = new Dictionary<string, string?>(row.Count);
            foreach (var (name, value) in row)
            {
                string key = name.Trim().ToLowerInvariant();
                text[key] = Text(utc.Contains(key) && value is DateTime t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : value);
            }
            rows.Add(text);
        }
        return rows;
    }

    /// <summary>Timestamps keep their offset (a UTC instant is written with Z; a local one without, so it needs a zone).</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateTime { Kind: DateTimeKind.Utc } t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + "Z",
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => string.Join(';', list.Cast<object?>().Select(Text)),
        _ => value.ToString(),
    };
}
