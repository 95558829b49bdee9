using nietras.SeparatedValues;
using Signals.Data;

namespace Signals.Sentiment.Evaluation;

/// <summary>One hand-labelled text and the 1-based line of the file it came from.</summary>
/// <param name="Text">The text, as written in the file.</param>
/// <param name="Label">The hand label.</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record LabeledHeadline(string Text, SentimentLabel Label, int Line);

/// <summary>
/// Reads a labelled CSV of two columns, a text (<c>text</c>, <c>sentence</c> or <c>headline</c>) and a label
/// (<c>label</c> or <c>sentiment</c>), RFC 4180 quoting. Labels may be spelled positive / negative / neutral,
/// pos / neg / neu or bullish / bearish (any case); numeric codes need a <see cref="LabelMap"/>, because benchmarks
/// disagree on what 0, 1 and 2 mean. Every row is kept, duplicates included: they are rows of the benchmark.
/// Strict: any bad row stops the load with a <see cref="DataFormatException"/> naming the line.
/// </summary>
public static class LabeledHeadlines
{
    private static readonly string[] TextNames = ["text", "sentence", "headline"];
    private static readonly string[] LabelNames = ["label", "sentiment"];

    /// <summary>Reads a labelled CSV file; numeric labels are read through <paramref name="map"/> (words only when null).</summary>
    /// <exception cref="DataFormatException">The file is missing, lacks a text or label column, has an empty text, an unknown label or no rows.</exception>
    public static IReadOnlyList<LabeledHeadline> Load(string path, LabelMap? map = null)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
            .FromFile(path);
        return Read(reader, path, map);
    }

    /// <summary>Reads labelled CSV text as <see cref="Load"/> does a file; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="DataFormatException">A column is missing, a text is empty, a label is unknown or there are no rows.</exception>
    public static IReadOnlyList<LabeledHeadline> Parse(string csv, string source = "<text>", LabelMap? map = null)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
            .FromText(csv);
        return Read(reader, source, map);
    }

    /// <summary>How many rows repeat the text of an earlier row (same text after trimming).</summary>
    public static int DuplicateCount(IReadOnlyList<LabeledHeadline> rows) =>
        rows.Count - rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count();

    private static List<LabeledHeadline> Read(SepReader reader, string file, LabelMap? map)
    {
        var header = reader.Header;
        if (header.IsEmpty) throw new DataFormatException(file, 1, null, "empty file: expected a header 'text,label'");
        var names = header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
        int textCol = Array.FindIndex(names, n => TextNames.Contains(n)), labelCol = Array.FindIndex(names, n => LabelNames.Contains(n));
        if (names.Length != 2 || textCol < 0 || labelCol < 0)
            throw new DataFormatException(file, 1, null,
                $"header must be two columns, a text (text, sentence or headline) and a label (label or sentiment); found '{string.Join(",", header.ColNames)}'");

        var rows = new List<LabeledHeadline>();
        foreach (var row in reader)
        {
            int line = row.LineNumberFrom;
            if (row.ColCount != 2)
                throw new DataFormatException(file, line, null, $"expected 2 columns ({names[0]},{names[1]}), found {row.ColCount}");
            var text = row[textCol].ToString().Trim();
            if (text.Length == 0) throw new DataFormatException(file, line, names[textCol], "empty text");
            var rawLabel = row[labelCol].ToString().Trim();
            var label = (map ?? LabelMap.Words).Read(rawLabel)
                ?? throw new DataFormatException(file, line, names[labelCol], (map ?? LabelMap.Words).Explain(rawLabel));
            rows.Add(new LabeledHeadline(text, label, line));
        }
        if (rows.Count == 0) throw new DataFormatException(file, null, null, "no labelled rows after the header");
        return rows;
    }
}

/// <summary>
/// Label spellings: the words every benchmark uses, plus numeric codes given explicitly ("0=negative,1=neutral,2=positive").
/// </summary>
public sealed class LabelMap
{
    private readonly Dictionary<string, SentimentLabel> _codes;

    private LabelMap(Dictionary<string, SentimentLabel> codes) => _codes = codes;

    /// <summary>The words only: positive/pos/bullish, negative/neg/bearish, neutral/neu.</summary>
    public static LabelMap Words { get; } = new([]);

    /// <summary>Parses "0=negative,1=neutral,2=positive" (any label spelling on the right).</summary>
    public static LabelMap Parse(string text)
    {
        var codes = new Dictionary<string, SentimentLabel>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || Word(parts[1]) is not { } label)
                throw new ArgumentException($"label map entry '{pair}' should be CODE=positive|negative|neutral, e.g. 0=negative,1=neutral,2=positive");
            codes[parts[0]] = label;
        }
        if (codes.Count == 0) throw new ArgumentException("the label map is empty");
        return new LabelMap(codes);
    }

    /// <summary>The label <paramref name="raw"/> spells (a code of the map first, then the words, any case), or null when it is none.</summary>
    public SentimentLabel? Read(string raw) => _codes.TryGetValue(raw, out var coded) ? coded : Word(raw);

    internal string Explain(string raw) =>
        double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) && _codes.Count == 0
            ? $"numeric label '{raw}': say what the codes mean, e.g. --label-map 0=negative,1=neutral,2=positive"
            : $"'{raw}' is not a label; use positive, negative or neutral (or pos/neg/neu, bullish/bearish){(_codes.Count > 0 ? $", or a code of the map ({string.Join(", ", _codes.Keys)})" : "")}";

    private static SentimentLabel? Word(string raw) => raw.Trim().ToLowerInvariant() switch
    {
        "positive" or "pos" or "bullish" => SentimentLabel.Positive,
        "negative" or "neg" or "bearish" => SentimentLabel.Negative,
        "neutral" or "neu" => SentimentLabel.Neutral,
        _ => null,
    };
}
