using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>`signals sentiment eval`: scores a labelled CSV with an offline scorer and reports accuracy and macro-F1.</summary>
public sealed class SentimentEvalCommand : AsyncCommand<SentimentEvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--labeled <FILE>")]
        [Description("Labelled CSV with header text,label (labels positive/negative/neutral).")]
        public string Labeled { get; init; } = "";

        [CommandOption("--scorer <NAME>")]
        [Description("Scorer to evaluate: embedded or lexicon.")]
        [DefaultValue("embedded")]
        public string Scorer { get; init; } = "embedded";

        [CommandOption("--json <FILE>")]
        [Description("Also write the metrics as JSON (accuracy, macroF1, n, perClass, confusion).")]
        public string? Json { get; init; }

        [CommandOption("--errors <FILE>")]
        [Description("Also write the misclassified rows as CSV (line,truth,predicted,score,text) for error analysis.")]
        public string? Errors { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Labeled) ? ValidationResult.Error("--labeled FILE is required") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var rows = LabeledHeadlines.Load(settings.Labeled);
        var scorer = OfflineScorers.Create(settings.Scorer);
        var items = rows.Select(r => new NewsItem(
            $"line-{r.Line.ToString(CultureInfo.InvariantCulture)}", DateTimeOffset.UnixEpoch, [], r.Text)).ToArray();

        IReadOnlyList<SentimentResult> results = [];
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask($"scoring with {scorer.Name}", maxValue: items.Length);
            var progress = new Progress<ScoringProgress>(p => task.Value = p.Completed);
            results = await scorer.ScoreAsync(items, progress, cancellationToken);
            task.Value = items.Length;
        });

        var failed = results.Count(r => r.Status != ScoreStatus.Ok);
        if (failed > 0) throw new InvalidOperationException($"{failed} of {results.Count} items failed to score; first: {results.First(r => r.Status != ScoreStatus.Ok).Error}");

        var metrics = SentimentEvaluation.Evaluate(rows.Select(r => r.Label).ToArray(), results.Select(r => r.Label).ToArray());
        SentimentMetricsView.Write($"{scorer.Name} on {settings.Labeled}", metrics);
        if (settings.Errors is not null) WriteErrors(settings.Errors, rows, results);
        if (settings.Json is not null) SentimentMetricsView.WriteJson(settings.Json, scorer.Name, settings.Labeled, metrics);
        return 0;
    }

    private static void WriteErrors(string path, IReadOnlyList<LabeledHeadline> rows, IReadOnlyList<SentimentResult> results)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        using (var w = new StreamWriter(temp))
        {
            w.Write("line,truth,predicted,score,text\n");
            for (int i = 0; i < rows.Count; i++)
            {
                if (results[i].Label == rows[i].Label) continue;
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{rows[i].Line},{SentimentMetricsView.Name(rows[i].Label)},{SentimentMetricsView.Name(results[i].Label)},{results[i].Score:0.000},\"{rows[i].Text.Replace("\"", "\"\"")}\"\n"));
            }
        }
        File.Move(temp, full, overwrite: true);
    }
}

/// <summary>How sentiment metrics are shown on the console and written as JSON (shared by eval and train).</summary>
internal static class SentimentMetricsView
{
    public static void Write(string title, SentimentMetrics m)
    {
        var console = AnsiConsole.Console;
        console.WriteLine($"{title}: n={m.N}  accuracy={F(m.Accuracy)}  macro-F1={F(m.MacroF1)}");
        var perClass = new Table().AddColumns("class", "precision", "recall", "F1", "support");
        foreach (var c in m.PerClass)
            perClass.AddRow(Name(c.Label), F(c.Precision), F(c.Recall), F(c.F1), c.Support.ToString(CultureInfo.InvariantCulture));
        console.Write(perClass);
        var confusion = new Table().AddColumn("truth \\ predicted");
        foreach (var l in SentimentEvaluation.Labels) confusion.AddColumn(Name(l));
        for (int t = 0; t < SentimentEvaluation.Labels.Length; t++)
        {
            var cells = new List<string> { Name(SentimentEvaluation.Labels[t]) };
            for (int p = 0; p < SentimentEvaluation.Labels.Length; p++) cells.Add(m.Confusion[t, p].ToString(CultureInfo.InvariantCulture));
            confusion.AddRow(cells.ToArray());
        }
        console.Write(confusion);
    }

    public static void WriteJson(string path, string scorer, string labeled, SentimentMetrics m)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        using (var stream = File.Create(temp))
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("scorer", scorer);
            w.WriteString("labeled", labeled);
            w.WriteNumber("n", m.N);
            w.WriteNumber("accuracy", Math.Round(m.Accuracy, 6));
            w.WriteNumber("macroF1", Math.Round(m.MacroF1, 6));
            w.WriteStartArray("perClass");
            foreach (var c in m.PerClass)
            {
                w.WriteStartObject();
                w.WriteString("label", Name(c.Label));
                w.WriteNumber("precision", Math.Round(c.Precision, 6));
                w.WriteNumber("recall", Math.Round(c.Recall, 6));
                w.WriteNumber("f1", Math.Round(c.F1, 6));
                w.WriteNumber("support", c.Support);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("confusion");
            w.WriteString("rows", "truth");
            w.WriteString("columns", "predicted");
            w.WriteStartArray("labels");
            foreach (var l in SentimentEvaluation.Labels) w.WriteStringValue(Name(l));
            w.WriteEndArray();
            w.WriteStartArray("matrix");
            for (int t = 0; t < SentimentEvaluation.Labels.Length; t++)
            {
                w.WriteStartArray();
                for (int p = 0; p < SentimentEvaluation.Labels.Length; p++) w.WriteNumberValue(m.Confusion[t, p]);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        File.Move(temp, full, overwrite: true);
    }

    public static string Name(SentimentLabel label) => label.ToString().ToLowerInvariant();

    public static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
