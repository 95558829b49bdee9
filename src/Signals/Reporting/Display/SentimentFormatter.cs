using Signals.Sentiment;

namespace Signals.Reporting.Display;

/// <summary>Sentiment results: a caption with the label mix, failures, cache hits and tokens, then one row per
/// headline (score, label, confidence, rationale, status). The model's reasoning is long: it shows folded.</summary>
public static class SentimentFormatter
{
    /// <summary>Results shown at each end of a long list.</summary>
    public const int Edge = 10;

    /// <summary>The results as an HTML fragment: caption and the first and last <see cref="Edge"/> rows, text escaped.</summary>
    public static string ToHtml(IEnumerable<SentimentResult> results)
    {
        var items = results as IReadOnlyList<SentimentResult> ?? results.ToList();
        int positive = 0, neutral = 0, negative = 0, failed = 0, cached = 0;
        long tokens = 0;
        foreach (var r in items)
        {
            if (r.Status != ScoreStatus.Ok) failed++;
            else if (r.Label == SentimentLabel.Positive) positive++;
            else if (r.Label == SentimentLabel.Negative) negative++;
            else neutral++;
            if (r.Cached) cached++;
            tokens += r.InputTokens + r.OutputTokens;
        }
        var models = string.Join(", ", items.Select(r => r.Model).Where(m => m.Length > 0).Distinct());
        var caption = Summary.Caption(
            "Sentiment",
            $"{items.Count} scored",
            $"{positive} positive / {neutral} neutral / {negative} negative",
            $"{failed} failed",
            $"{cached} from cache",
            $"{tokens} tokens",
            models.Length == 0 ? "model n/a" : models);

        var table = new HtmlTable("id", "score", "label", "confidence", "rationale", "reasoning", "status");
        var (headEnd, tailStart) = Summary.HeadTail(items.Count, Edge);
        for (int i = 0; i < headEnd; i++) AddRow(table, items[i]);
        if (tailStart > headEnd) table.Gap($"… {tailStart - headEnd} more results …");
        for (int i = Math.Max(tailStart, headEnd); i < items.Count; i++) AddRow(table, items[i]);
        return caption + table;
    }

    private static void AddRow(HtmlTable table, SentimentResult r)
    {
        var reasoning = string.IsNullOrEmpty(r.Reasoning)
            ? null
            : new RawHtml($"<details><summary>{r.Reasoning.Length} chars</summary><div style=\"white-space:pre-wrap;max-width:60em\">{HtmlTable.Encode(r.Reasoning)}</div></details>");
        var status = r.Status == ScoreStatus.Ok ? (r.Cached ? "ok (cached)" : "ok") : $"{r.Status}: {r.Error}";
        table.Row(r.Id, r.Score, r.Label.ToString(), r.Confidence, r.Rationale, reasoning, status);
    }
}
