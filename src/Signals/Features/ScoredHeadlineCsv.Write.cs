using System.Globalization;
using Signals.Data;
using Signals.Sentiment;

namespace Signals.Features;

public static partial class ScoredHeadlineCsv
{
    /// <summary>The columns <see cref="Write(TextWriter, IReadOnlyList{SentimentResult}, bool)"/> writes, in order (then "reasoning" when asked).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "score", "label", "confidence", "status", "error", "model", "promptVersion", "inputTokens", "outputTokens",
        "reasoningTokens", "cached", "latencyMs",
        // Provenance: what the server says answered, how it was asked, when, and what it cost.
        "servedModel", "systemFingerprint", "thinking", "reasoningEffort", "scoredUtc", "cacheHitTokens", "costUsd",
        "rationale",
    ];

    /// <summary>Writes one row per result to <paramref name="path"/> atomically (a crash never leaves half a file).</summary>
    public static void Write(string path, IReadOnlyList<SentimentResult> results, bool withReasoning = false) =>
        AtomicFile.WriteText(path, w => Write(w, results, withReasoning));

    /// <summary>One row per result, invariant culture; a score that is not Ok is left empty, never 0.</summary>
    public static void Write(TextWriter w, IReadOnlyList<SentimentResult> results, bool withReasoning = false)
    {
        w.Write(string.Join(',', Columns));
        w.Write(withReasoning ? ",reasoning\n" : "\n");
        foreach (var r in results)
        {
            bool ok = r.Status == ScoreStatus.Ok;
            w.Write(string.Join(',',
                Quoted(r.Id),
                ok ? Number(r.Score) : "",
                ok ? r.Label.ToString().ToLowerInvariant() : "",
                ok ? Number(r.Confidence) : "",
                r.Status.ToString().ToLowerInvariant(),
                FreeText(r.Error),
                Quoted(r.Model),
                Quoted(r.PromptVersion),
                Integer(r.InputTokens),
                Integer(r.OutputTokens),
                Integer(r.ReasoningTokens),
                r.Cached ? "true" : "false",
                r.Latency.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),
                FreeText(r.ServedModel),
                FreeText(r.SystemFingerprint),
                Quoted(r.Thinking),
                Quoted(r.ReasoningEffort),
                r.ScoredUtc is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "",
                Integer(r.CacheHitTokens),
                double.IsFinite(r.CostUsd) ? r.CostUsd.ToString("0.########", CultureInfo.InvariantCulture) : "",
                FreeText(r.Rationale)));
            if (withReasoning) w.Write("," + FreeText(r.Reasoning));
            w.Write('\n');
        }
    }

    private static string Number(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Integer(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>A server's or model's own words: neutralised and quoted like every text field (<see cref="CsvText.Quote"/>).</summary>
    private static string FreeText(string? s) => CsvText.Quote(s);

    private static string Quoted(string? s) => CsvText.Quote(s);
}
