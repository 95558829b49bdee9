using System.ComponentModel;
using System.Globalization;
using Signals.Data;
using Signals.Sentiment.Embedded;
using Signals.Sentiment.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// `signals sentiment train`: embeds a labelled CSV, chooses regularisation by stratified k-fold CV on the training
/// split, reports CV and held-out metrics, and writes the head trained on the training split only (so the held-out
/// figure stays an honest out-of-sample number).
/// </summary>
public sealed class SentimentTrainCommand(IAnsiConsole console) : AsyncCommand<SentimentTrainCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--labeled <FILE>")]
        [Description("Labelled CSV with header text,label.")]
        public string Labeled { get; init; } = "";

        [CommandOption("--out <FILE>")]
        [Description("Where to write the trained head (JSON): a new file or a head file (signals never overwrites any other file).")]
        [DefaultValue("src/Signals/Sentiment/Embedded/head.json")]
        public string Out { get; init; } = "src/Signals/Sentiment/Embedded/head.json";

        [CommandOption("--seed <SEED>")]
        [Description("Seed of the held-out split and the CV folds.")]
        [DefaultValue(42)]
        public int Seed { get; init; } = 42;

        [CommandOption("--holdout <FRACTION>")]
        [Description("Stratified share held out for the final test (0 trains on everything and reports CV only).")]
        [DefaultValue(0.2)]
        public double Holdout { get; init; } = 0.2;

        [CommandOption("--folds <K>")]
        [Description("Cross-validation folds for choosing regularisation.")]
        [DefaultValue(5)]
        public int Folds { get; init; } = 5;

        [CommandOption("--neutral-prior <SHARE>")]
        [Description("Share of neutral news expected in real feeds; moves the balanced training prior towards it.")]
        [DefaultValue(0.5)]
        public double NeutralPrior { get; init; } = 0.5;

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Labeled)) return ValidationResult.Error("--labeled FILE is required");
            if (Holdout is < 0 or >= 0.9) return ValidationResult.Error("--holdout must be in [0, 0.9)");
            if (Folds < 2) return ValidationResult.Error("--folds must be at least 2");
            if (NeutralPrior is <= 0 or >= 1) return ValidationResult.Error("--neutral-prior must be in (0, 1)");
            return ValidationResult.Success();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // A head file (the shipped one by default) is the kit's by its content; any other existing file is refused before training.
        if (!SentimentHead.IsHeadFile(settings.Out)) OutputFile.Check(settings.Out, "sentiment train", [settings.Labeled]);
        var rows = LabeledHeadlines.Load(settings.Labeled);
        var options = new HeadTrainingOptions { Seed = settings.Seed, Folds = settings.Folds, NeutralPrior = settings.NeutralPrior };

        HeadTrainingResult run = null!;
        ConsoleProgress.Run(console, addTask =>
        {
            var tasks = new Dictionary<HeadTrainingStage, ProgressTask>();
            var progress = new StageProgress(p =>
            {
                if (!tasks.TryGetValue(p.Stage, out var task))
                    tasks[p.Stage] = task = addTask(p.Stage == HeadTrainingStage.Embedding ? "embedding" : "cross-validation", p.Total);
                task.Value = p.Done;
            });
            run = HeadTraining.Run(rows, settings.Holdout, settings.Labeled, options, progress, cancellationToken);
        });

        var cv = run.CrossValidation;
        console.WriteLine($"{run.Rows} labelled rows; training split {run.TrainCount}, held-out {run.HoldoutCount} (seed {settings.Seed})");
        var grid = new Table().AddColumns("head", "L2", "CV log-loss", "± SE", "CV accuracy");
        foreach (var p in cv.Grid)
            grid.AddRow(p.Head, G(p.L2), SentimentMetricsView.F(p.MeanLogLoss), SentimentMetricsView.F(p.StandardError), SentimentMetricsView.F(p.Accuracy));
        console.Write(grid);
        console.WriteLine($"chosen L2 (one-SE rule, stronger side): embedding {G(cv.EmbeddingL2)}, lexicon {G(cv.LexiconL2)}");
        SentimentMetricsView.Write(console, $"{settings.Folds}-fold CV, embedding + lexicon", cv.Combined);
        console.WriteLine($"{settings.Folds}-fold CV, embedding only: accuracy={SentimentMetricsView.F(cv.EmbeddingOnly.Accuracy)} macro-F1={SentimentMetricsView.F(cv.EmbeddingOnly.MacroF1)}");
        console.WriteLine($"{settings.Folds}-fold CV, lexicon head only: accuracy={SentimentMetricsView.F(cv.LexiconOnly.Accuracy)} macro-F1={SentimentMetricsView.F(cv.LexiconOnly.MacroF1)}");

        if (run is { HeldOut: { } heldOut, HeldOutEmbeddingOnly: { } emb, HeldOutLexiconRules: { } lexRule })
        {
            SentimentMetricsView.Write(console, "held-out, embedded (embedding + lexicon head, as shipped)", heldOut);
            console.WriteLine($"held-out, embedding head only: accuracy={SentimentMetricsView.F(emb.Accuracy)} macro-F1={SentimentMetricsView.F(emb.MacroF1)}");
            SentimentMetricsView.Write(console, "held-out, lexicon scorer (rules, untrained)", lexRule);
        }

        run.Head.Save(settings.Out);
        console.WriteLine($"wrote {settings.Out}");
        return Task.FromResult(0);
    }

    private sealed class StageProgress(Action<(HeadTrainingStage Stage, int Done, int Total)> report) : IProgress<(HeadTrainingStage Stage, int Done, int Total)>
    {
        public void Report((HeadTrainingStage Stage, int Done, int Total) value) => report(value);
    }

    private static string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}
