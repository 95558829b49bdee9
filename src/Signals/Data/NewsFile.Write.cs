using System.Globalization;
using System.Text.Json;

namespace Signals.Data;

/// <summary>The writers beside <see cref="NewsFile"/>'s loader: CSV and JSONL in the form it reads back.</summary>
public static partial class NewsFile
{
    /// <summary>Writes <c>id,timestamp,symbols,headline,source,body</c> with RFC 4180 quoting; timestamps keep their offset.</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<NewsItem> items)
    {
        writer.Write("id,timestamp,symbols,headline,source,body\n");
        foreach (var n in items)
        {
            writer.Write(CsvText.Quote(n.Id)); writer.Write(',');
            writer.Write(FormatTimestamp(n.Published)); writer.Write(',');
            writer.Write(CsvText.Quote(string.Join(';', n.Symbols))); writer.Write(',');
            writer.Write(CsvText.Quote(n.Headline)); writer.Write(',');
            writer.Write(CsvText.Quote(n.Source ?? "")); writer.Write(',');
            writer.Write(CsvText.Quote(n.Body ?? "")); writer.Write('\n');
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

    /// <summary>The news-file timestamp form: ISO 8601 to the second with the instant's own offset (e.g. 2024-03-01T09:15:00-05:00), invariant culture.</summary>
    public static string FormatTimestamp(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
