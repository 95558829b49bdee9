using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Embedded;
using Signals.Sentiment.Evaluation;
using Signals.Sentiment.Llm;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>`signals sentiment eval`: scores a labelled CSV with an offline scorer or an LLM and reports accuracy and macro-F1.</summary>
public sealed class SentimentEvalCommand(IAnsiConsole console, CliHost host) : AsyncCommand<SentimentEvalCommand.Settings>
{
    public sealed class Settings : LabeledCommandSettings
    {
        [CommandOption("--scorer <NAME>")]
        [Description("Scorer to evaluate: embedded, lexicon or llm (then the LLM options below, as for `sentiment score`).")]
        [DefaultValue("embedded")]
        public string Scorer { get; init; } = "embedded";

        [CommandOption("--held-out")]
        [Description("Evaluate only the rows the shipped embedded head held out when it was trained (the split re-drawn with the seed and share in its training notes): pass the head's own file, data/sentiment/headlines.csv.")]
        public bool HeldOut { get; init; }

        [CommandOption("--dry-run")]
        [Description("Load and check everything, print the LLM's expected tokens and cost; score and send nothing, write nothing. Needs no API key.")]
        public bool DryRun { get; init; }

        [CommandOption("--json <FILE>")]
        [Description("Also write the metrics as JSON (accuracy, macroF1, n, perClass, confusion).")]
        public string? Json { get; init; }

        [CommandOption("--errors <FILE>")]
        [Description("Also write the misclassified rows as CSV (line,truth,predicted,score,text) for error analysis.")]
        public string? Errors { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Labeled)) return ValidationResult.Error("--labeled FILE is required");
            if (!IsLlm && !OfflineScorers.Names.Contains(Scorer.Trim().ToLowerInvariant()))
                return ValidationResult.Error($"--scorer must be llm or one of: {string.Join(", ", OfflineScorers.Names)}");
            return ValidationResult.Success();
        }

        internal bool IsLlm => Scorer.Trim().Equals("llm", StringComparison.OrdinalIgnoreCase);
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // The held-out rows sit in the head's training file but were never trained on, so no overlap warning applies.
        // Before any headline is scored: a user's file at --errors or --json is refused, never overwritten.
        foreach (var output in new[] { settings.Errors, settings.Json }.OfType<string>()) OutputFile.Check(output, "sentiment eval", [settings.Labeled]);
        var rows = settings.HeldOut
            ? HeadHoldout.Rows(LabeledHeadlines.Load(settings.Labeled), SentimentHead.Shipped())
            : settings.LoadLabeled(host.Error);

        var scorer = settings.CreateScorer(settings.Scorer, host.Environment, estimateOnly: settings.DryRun);
        using var owned = scorer as IDisposable;
        if (settings.DryRun)
        {
            host.Out.WriteLine(scorer is LlmSentimentScorer estimate
                ? estimate.Estimate(ScorerEvaluation.ItemsOf(rows)).ToString()
                : $"{rows.Count} items for the offline scorer {scorer.Name}: no requests, no cost");
            return 0;
        }
        if (scorer is LlmSentimentScorer llm) await llm.CheckEndpointAsync(ScorerEvaluation.ItemsOf(rows), cancellationToken);

        ScorerEvaluation? evaluation = null;
        await ConsoleProgress.RunAsync(console, async addTask =>
        {
            var task = addTask($"scoring with {scorer.Name}", rows.Count);
            var progress = new Progress<ScoringProgress>(p => task.Value = p.Completed);
            evaluation = await ScorerEvaluation.RunAsync(scorer, rows, progress, cancellationToken);
            task.Value = rows.Count;
        });

        // An item without an answer (an LLM that broke the protocol, a spent budget) is left out and counted, never scored neutral.
        var results = evaluation!.Results;
        if (evaluation.Metrics is not { } metrics) throw new InvalidOperationException($"none of the {results.Count} items scored; first: {evaluation.FirstError}");
        int unscored = rows.Count - metrics.N;
        if (unscored > 0)
            host.Error.WriteLine($"warning: {unscored} of {rows.Count} items did not score and are left out of the metrics; first: {evaluation.FirstError}");

        var scored = Enumerable.Range(0, rows.Count).Where(i => results[i].Status == ScoreStatus.Ok);
        SentimentMetricsView.Write(console, $"{scorer.Name} on {settings.Labeled}", metrics);
        if (settings.Errors is not null) WriteErrors(settings.Errors, scored.Select(i => (rows[i], results[i])));
        if (settings.Json is not null) SentimentMetricsView.WriteJson(settings.Json, scorer.Name, settings.Labeled, metrics, unscored);
        return 0;
    }

    private static void WriteErrors(string path, IEnumerable<(LabeledHeadline Row, SentimentResult Result)> scored)
    {
        OutputFile.WriteText(path, "sentiment eval", w =>
        {
            w.Write("line,truth,predicted,score,text\n");
            foreach (var (row, result) in scored)
            {
                if (result.Label == row.Label) continue;
                w.Write(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Line},{SentimentMetricsView.Name(row.Label)},{SentimentMetricsView.Name(result.Label)},{result.Score:0.000},{CsvText.Quote(row.Text)}\n"));
            }
        });
    }
}

/// <summary>How sentiment metrics are shown on the console and written as JSON (shared by eval and train).</summary>
internal static class SentimentMetricsView
{
    public static void Write(IAnsiConsole console, string title, SentimentMetrics m)
    {
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

    /// <param name="unscored">Items left out of the metrics because the scorer gave no answer.</param>
    public static void WriteJson(string path, string scorer, string labeled, SentimentMetrics m, int unscored = 0)
    {
        OutputFile.Write(path, "sentiment eval", (Stream stream) =>
        {
            using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            w.WriteStartObject();
            w.WriteString("scorer", scorer);
            w.WriteString("labeled", labeled);
            w.WriteNumber("n", m.N);
            w.WriteNumber("unscored", unscored);
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
        });
    }

    public static string Name(SentimentLabel label) => label.ToString().ToLowerInvariant();

    public static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
