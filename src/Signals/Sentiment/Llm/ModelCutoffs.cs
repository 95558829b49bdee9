using System.Globalization;
using System.Text.Json;

namespace Signals.Sentiment.Llm;

/// <summary>When a model's training text ends, how that is known, and where it says so.</summary>
/// <param name="IsUpperBound">True when no cut-off is published and the release date stands in for it.</param>
public sealed record ModelCutoff(string Model, DateOnly Date, bool IsUpperBound, string Source);

/// <summary>
/// A model's own look-ahead: a model trained on text written after a headline may remember what followed it, so its
/// score of that headline is not point-in-time. The table (Sentiment/Llm/cutoffs.json, with sources) and the check.
/// </summary>
public static class ModelCutoffs
{
    private static readonly Lazy<IReadOnlyList<(string Name, ModelCutoff Cutoff)>> Table = new(Load);

    /// <summary>Every known cut-off, once each (aliases share their model's entry).</summary>
    public static IReadOnlyList<ModelCutoff> All => Table.Value.Select(t => t.Cutoff).Distinct().ToArray();

    /// <summary>The cut-off of a model by name, alias, or the longest known name it starts with ("deepseek-r1:8b" → deepseek-r1).</summary>
    public static ModelCutoff? Find(string model)
    {
        var name = model.Trim().ToLowerInvariant();
        var slash = name.LastIndexOf('/'); // "ollama/deepseek-r1:8b" or a hub path
        if (slash >= 0) name = name[(slash + 1)..];
        (string Name, ModelCutoff Cutoff)? best = null;
        foreach (var row in Table.Value)
            if ((name == row.Name || name.StartsWith(row.Name, StringComparison.Ordinal)) && (best is null || row.Name.Length > best.Value.Name.Length))
                best = row;
        return best?.Cutoff;
    }

    /// <summary>
    /// A warning when headlines dated <paramref name="first"/>..<paramref name="last"/> are scored by a model that may
    /// have read what came after them (part of the window lies before its cut-off), or whose cut-off is unknown; null
    /// when the whole window lies after the cut-off.
    /// </summary>
    public static string? LookAheadWarning(string model, DateOnly first, DateOnly last, bool anonymized)
    {
        string remedy = anonymized
            ? "the headlines are anonymised, which hides the company but not the market-wide events the model may remember"
            : "score with --anonymize (company names and tickers replaced) or choose a model whose cut-off precedes the window";
        var cutoff = Find(model);
        if (cutoff is null)
            return $"no training cut-off is known for {model}: it may have read about what followed headlines of {first:yyyy-MM-dd}..{last:yyyy-MM-dd}; {remedy}";
        if (first > cutoff.Date) return null;
        int days = last.DayNumber - first.DayNumber + 1;
        int before = Math.Min(last.DayNumber, cutoff.Date.DayNumber) - first.DayNumber + 1;
        double share = (double)before / days;
        return string.Create(CultureInfo.InvariantCulture,
            $"look-ahead risk: {model} was trained on text up to {(cutoff.IsUpperBound ? "at most " : "")}{cutoff.Date:yyyy-MM-dd} ({cutoff.Source}); {share * 100:0}% of the headline window {first:yyyy-MM-dd}..{last:yyyy-MM-dd} lies before that, so its scores may reflect what happened next; {remedy}");
    }

    private static IReadOnlyList<(string, ModelCutoff)> Load()
    {
        using var stream = typeof(ModelCutoffs).Assembly.GetManifestResourceStream("Signals.Sentiment.Llm.cutoffs.json")
            ?? throw new InvalidOperationException("the model cut-off table is missing from the library");
        using var doc = JsonDocument.Parse(stream);
        var rows = new List<(string, ModelCutoff)>();
        foreach (var m in doc.RootElement.GetProperty("models").EnumerateArray())
        {
            var cutoff = new ModelCutoff(
                m.GetProperty("model").GetString()!,
                DateOnly.ParseExact(m.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                m.GetProperty("kind").GetString() == "release-upper-bound",
                m.GetProperty("source").GetString()!);
            rows.Add((cutoff.Model.ToLowerInvariant(), cutoff));
            foreach (var a in m.GetProperty("aliases").EnumerateArray()) rows.Add((a.GetString()!.ToLowerInvariant(), cutoff));
        }
        return rows;
    }
}
