using nietras.SeparatedValues;
using Signals.Data;

namespace Signals.Sentiment.Evaluation;

/// <summary>One hand-labelled text and the 1-based line of the file it came from.</summary>
public sealed record LabeledHeadline(string Text, SentimentLabel Label, int Line);

/// <summary>
/// Reads a labelled CSV with header <c>text,label</c> (RFC 4180 quoting; labels positive, negative or neutral,
/// case-insensitive). Strict: any bad row stops the load with a <see cref="DataFormatException"/> naming the line.
/// </summary>
public static class LabeledHeadlines
{
    public static IReadOnlyList<LabeledHeadline> Load(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
            .FromFile(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<LabeledHeadline> Parse(string csv, string source = "<text>")
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
            .FromText(csv);
        return Read(reader, source);
    }

    private static List<LabeledHeadline> Read(SepReader reader, string file)
    {
        var header = reader.Header;
        if (header.IsEmpty) throw new DataFormatException(file, 1, null, "empty file: expected a header 'text,label'");
        if (header.ColNames.Count != 2 || !header.TryIndexOf("text", out int textCol) || !header.TryIndexOf("label", out int labelCol))
            throw new DataFormatException(file, 1, null,
                $"header must be exactly 'text,label', found '{string.Join(",", header.ColNames)}'");

        var rows = new List<LabeledHeadline>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in reader)
        {
            int line = row.LineNumberFrom;
            if (row.ColCount != 2)
                throw new DataFormatException(file, line, null, $"expected 2 columns (text,label), found {row.ColCount}");
            var text = row[textCol].ToString().Trim();
            if (text.Length == 0) throw new DataFormatException(file, line, "text", "empty text");
            var rawLabel = row[labelCol].ToString().Trim();
            var label = rawLabel.ToLowerInvariant() switch
            {
                "positive" => SentimentLabel.Positive,
                "negative" => SentimentLabel.Negative,
                "neutral" => SentimentLabel.Neutral,
                _ => throw new DataFormatException(file, line, "label",
                    $"'{rawLabel}' is not a label; use positive, negative or neutral"),
            };
            if (seen.TryGetValue(text, out int first))
                throw new DataFormatException(file, line, "text", $"duplicate of line {first}");
            seen[text] = line;
            rows.Add(new LabeledHeadline(text, label, line));
        }
        if (rows.Count == 0) throw new DataFormatException(file, null, null, "no labelled rows after the header");
        return rows;
    }
}
