using System.Globalization;
using System.Text;
using System.Text.Json;
using Signals.Data;
using Signals.Reporting;
using Signals.Sentiment;
using Signals.Sentiment.Evaluation;

namespace Signals.Workflows.Comparison;

/// <summary>A comparison as JSON (for scripts) and as one offline HTML page with a table and charts (for people).</summary>
public static class ScorerComparisonReport
{
    /// <summary>Writes <see cref="Json"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteJson(string path, ScorerComparisonResult result) =>
        AtomicFile.WriteText(path, w => w.Write(Json(result)));

    /// <summary>The comparison as indented JSON: one object per scorer, with its return side when there is one (undefined figures null, with their reasons; a scorer without labelled-file figures says why in <c>labelsNotApplicable</c>).</summary>
    public static string Json(ScorerComparisonResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("labeled", result.LabeledFile);
            w.WriteNumber("rows", result.Rows);
            w.WriteNumber("duplicateRows", result.DuplicateRows);
            if (result.NewsFile is not null) w.WriteString("news", result.NewsFile);
            if (result.PricesFile is not null) w.WriteString("prices", result.PricesFile);
            w.WriteString("runUtc", result.RunUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteStartArray("scorers");
            foreach (var row in result.Scorers)
            {
                w.WriteStartObject();
                w.WriteString("scorer", row.Scorer);
                if (row.Labels is { } e)
                {
                    w.WriteNumber("items", e.Items);
                    w.WriteNumber("failed", e.Failed);
                    w.WriteNumber("skipped", e.Skipped);
                    w.WriteNumber("cached", e.Cached);
                    Number(w, "accuracy", e.Metrics?.Accuracy);
                    Number(w, "macroF1", e.Metrics?.MacroF1);
                    w.WriteStartObject("recall");
                    foreach (var c in e.Metrics?.PerClass ?? []) Number(w, c.Label.ToString().ToLowerInvariant(), c.Recall);
                    w.WriteEndObject();
                    Number(w, "costUsd", e.CostUsd);
                    Number(w, "costPer1000Usd", e.CostPer1000);
                    Number(w, "latencyP50Ms", e.LatencyP50Ms);
                    Number(w, "latencyP95Ms", e.LatencyP95Ms);
                    w.WriteBoolean("latencyAmortized", e.LatencyAmortized);
                    if (e.FirstError is not null) w.WriteString("firstError", e.FirstError);
                }
                else w.WriteString("labelsNotApplicable", row.LabelsNotApplicable);
                if (row.Returns is { } r)
                {
                    w.WriteStartObject("returns");
                    Number(w, "rankIc1d", r.RankIc1d);
                    Number(w, "icTStat", r.IcTStat);
                    Number(w, "longShortSharpe", r.LongShortSharpe);
                    Number(w, "cagr", r.Cagr);
                    w.WriteNumber("headlinesScored", r.HeadlinesScored);
                    w.WriteNumber("headlinesFailed", r.HeadlinesFailed);
                    Number(w, "newsCostUsd", r.NewsCostUsd);
                    if (r.IcUndefinedReason is { } icWhy) w.WriteString("icUndefined", icWhy);
                    if (r.SharpeUndefinedReason is { } sharpeWhy) w.WriteString("longShortSharpeUndefined", sharpeWhy);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>JSON has no NaN: an unknown figure is null.</summary>
    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) w.WriteNumber(name, Math.Round(v, 8));
        else w.WriteNull(name);
    }

    /// <summary>Writes <see cref="Html"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteHtml(string path, ScorerComparisonResult result) =>
        AtomicFile.WriteText(path, w => w.Write(Html(result)));

    /// <summary>The comparison as one offline HTML page: the table and the accuracy, IC and Sharpe charts.</summary>
    public static string Html(ScorerComparisonResult result)
    {
        var names = result.Scorers.Select(r => r.Scorer).ToArray();
        var quality = new Figure("Label quality by scorer");
        // Only scorers with labelled-file figures: one that predicts returns has no bar here (the table says why).
        var labelled = result.Scorers.Where(r => r.Labels is not null).ToArray();
        var labelledNames = labelled.Select(r => r.Scorer).ToArray();
        quality.Add(new BarTrace(labelledNames, labelled.Select(r => r.Labels!.Metrics?.Accuracy ?? double.NaN).ToArray()) { Name = "accuracy", ValueLabelFormat = ".3f" });
        quality.Add(new BarTrace(labelledNames, labelled.Select(r => r.Labels!.Metrics?.MacroF1 ?? double.NaN).ToArray()) { Name = "macro-F1", ValueLabelFormat = ".3f" });
        quality.Layout.Height = 360;
        quality.Layout.HoverMode = HoverMode.Closest;
        quality.Layout.XAxis.Type = AxisType.Category;
        quality.Layout.YAxis.Title = "score (0–1)";

        var sb = new StringBuilder(PlotlyJs.Script.Length + 16_384);
        HtmlPage.AppendStart(sb, "Scorer comparison")
          .Append("<div class=\"page\">\n<header class=\"top\">\n<h1>Which scorer? Evidence side by side</h1>\n</header>\n<section class=\"card\">\n<p class=\"note\">")
          .Append(HtmlText.Escape(FormattableString.Invariant(
              $"Labelled file {result.LabeledFile}: {result.Rows} rows ({result.DuplicateRows} repeat an earlier text; all evaluated). Run {result.RunUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC. Cost per 1,000 headlines counts only fresh requests (cached answers are free). Failed items are left out of the metrics and counted.")))
          .Append("</p>\n");
        AppendTable(sb, result);
        sb.Append("</section>\n<section class=\"card\">\n").Append(ChartHtml.Fragment(quality, includePlotlyJs: true, id: "quality"));
        if (result.Scorers.Any(r => r.Returns is not null))
        {
            sb.Append(ChartHtml.Fragment(Bars("Rank IC of the signal against next-day returns", names,
                result.Scorers.Select(r => r.Returns?.RankIc1d ?? double.NaN).ToArray(), "rank IC (1 day)", ".4f"), includePlotlyJs: false, id: "ic"));
            sb.Append(ChartHtml.Fragment(Bars("Sharpe of the daily long-short, costs on", names,
                result.Scorers.Select(r => r.Returns?.LongShortSharpe ?? double.NaN).ToArray(), "Sharpe", ".2f"), includePlotlyJs: false, id: "sharpe"));
            sb.Append("<p class=\"note\">").Append(HtmlText.Escape(SentimentStudy.PointInTimeRule)).Append("</p>\n");
        }
        sb.Append("</section>\n</div>\n");
        return HtmlPage.AppendEnd(sb).ToString();
    }

    private static Figure Bars(string title, string[] names, double[] values, string axis, string format)
    {
        var fig = new Figure(title);
        fig.Add(new BarTrace(names, values) { Name = axis, ValueLabelFormat = format });
        fig.Layout.Height = 320;
        fig.Layout.ShowLegend = false;
        fig.Layout.HoverMode = HoverMode.Closest;
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.YAxis.Title = axis;
        fig.Layout.YAxis.ZeroLine = true;
        return fig;
    }

    private static void AppendTable(StringBuilder sb, ScorerComparisonResult result)
    {
        bool withReturns = result.Scorers.Any(r => r.Returns is not null);
        sb.Append("<table class=\"compare\">\n<tr><th>scorer</th><th>accuracy</th><th>macro-F1</th><th>recall neg</th><th>recall neu</th><th>recall pos</th>")
          .Append("<th>USD / 1,000</th><th>latency p50 ms</th><th>p95 ms</th><th>failed</th>");
        if (withReturns) sb.Append("<th>rank IC 1d</th><th>IC t</th><th>long-short Sharpe</th><th>news cost USD</th>");
        sb.Append("</tr>\n");
        foreach (var row in result.Scorers)
        {
            sb.Append("<tr><td>").Append(HtmlText.Escape(row.Scorer)).Append("</td>");
            if (row.Labels is not { } e)
                sb.Append("<td colspan=\"9\" class=\"note\">").Append(HtmlText.Escape(row.LabelsNotApplicable ?? "")).Append("</td>");
            else
            {
                double Recall(SentimentLabel l) => e.Metrics?.PerClass.First(c => c.Label == l).Recall ?? double.NaN;
                Cell(sb, e.Metrics?.Accuracy ?? double.NaN, "0.000");
                Cell(sb, e.Metrics?.MacroF1 ?? double.NaN, "0.000");
                Cell(sb, Recall(SentimentLabel.Negative), "0.000");
                Cell(sb, Recall(SentimentLabel.Neutral), "0.000");
                Cell(sb, Recall(SentimentLabel.Positive), "0.000");
                Cell(sb, e.CostPer1000, "0.0000");
                Cell(sb, e.LatencyP50Ms, "0.0", e.LatencyAmortized ? " (batch)" : "");
                Cell(sb, e.LatencyP95Ms, "0.0");
                sb.Append("<td>").Append(e.Failed.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            }
            if (withReturns)
            {
                var r = row.Returns;
                Cell(sb, r?.RankIc1d ?? double.NaN, "0.0000");
                Cell(sb, r?.IcTStat ?? double.NaN, "0.00");
                Cell(sb, r?.LongShortSharpe ?? double.NaN, "0.00");
                Cell(sb, r?.NewsCostUsd ?? double.NaN, "0.0000");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</table>\n");
    }

    private static void Cell(StringBuilder sb, double v, string format, string suffix = "") =>
        sb.Append("<td>").Append(double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) + suffix : "n/a").Append("</td>");
}
