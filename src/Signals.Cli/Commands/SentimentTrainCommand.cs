using System.ComponentModel;
using System.Globalization;
using Signals.Sentiment;
using Signals.Sentiment.Embedded;
using Signals.Sentiment.Evaluation;
using Signals.Sentiment.Lexicon;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// `signals sentiment train`: embeds a labelled CSV, chooses regularisation by stratified k-fold CV on the training
/// split, reports CV and held-out metrics, and writes the head trained on the training split only (so the held-out
/// figure stays an honest out-of-sample number).
/// </summary>
public sealed class SentimentTrainCommand : AsyncCommand<SentimentTrainCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--labeled <FILE>")]
        [Description("Labelled CSV with header text,label.")]
        public string Labeled { get; init; } = "";

        [CommandOption("--out <FILE>")]
        [Description("Where to write the trained head (JSON).")]
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
        var rows = LabeledHeadlines.Load(settings.Labeled);
        var texts = rows.Select(r => r.Text).ToArray();
        var classes = rows.Select(r => SentimentHead.ClassOf(r.Label)).ToArray();
        var options = new HeadTrainingOptions { Seed = settings.Seed, Folds = settings.Folds, NeutralPrior = settings.NeutralPrior };

        HeadCrossValidation cv = null!;
        var (train, holdout) = StratifiedSplit.TrainHoldout(classes, settings.Holdout, settings.Seed);
        var embeddings = new double[texts.Length][];
        var lexicon = new double[texts.Length][];

        ConsoleProgress.Run(AnsiConsole.Console, addTask =>
        {
            var embed = addTask("embedding", texts.Length);
            var vectors = MiniLmEmbedder.Shared.Embed(texts, new Progress<int>(n => embed.Value = n), cancellationToken);
            embed.Value = texts.Length;
            for (int i = 0; i < texts.Length; i++)
            {
                embeddings[i] = Array.ConvertAll(vectors[i], v => (double)v);
                lexicon[i] = LexiconSentimentScorer.Features(texts[i]).ToVector();
            }
            var cvTask = addTask("cross-validation", 2 * options.L2Grid.Length + options.Folds);
            cv = SentimentHeadTrainer.CrossValidate(Pick(embeddings, train), Pick(lexicon, train), Pick(classes, train), options,
                new Progress<string>(_ => cvTask.Increment(1)));
            cvTask.Value = cvTask.MaxValue;
        });

        var console = AnsiConsole.Console;
        console.WriteLine($"{rows.Count} labelled rows; training split {train.Length}, held-out {holdout.Length} (seed {settings.Seed})");
        var grid = new Table().AddColumns("head", "L2", "CV log-loss", "± SE", "CV accuracy");
        foreach (var p in cv.Grid)
            grid.AddRow(p.Head, G(p.L2), SentimentMetricsView.F(p.MeanLogLoss), SentimentMetricsView.F(p.StandardError), SentimentMetricsView.F(p.Accuracy));
        console.Write(grid);
        console.WriteLine($"chosen L2 (one-SE rule, stronger side): embedding {G(cv.EmbeddingL2)}, lexicon {G(cv.LexiconL2)}");
        SentimentMetricsView.Write($"{settings.Folds}-fold CV, embedding + lexicon", cv.Combined);
        console.WriteLine($"{settings.Folds}-fold CV, embedding only: accuracy={SentimentMetricsView.F(cv.EmbeddingOnly.Accuracy)} macro-F1={SentimentMetricsView.F(cv.EmbeddingOnly.MacroF1)}");
        console.WriteLine($"{settings.Folds}-fold CV, lexicon head only: accuracy={SentimentMetricsView.F(cv.LexiconOnly.Accuracy)} macro-F1={SentimentMetricsView.F(cv.LexiconOnly.MacroF1)}");

        var head = SentimentHeadTrainer.Fit(Pick(embeddings, train), Pick(lexicon, train), Pick(classes, train), cv.EmbeddingL2, cv.LexiconL2, options);
        head.Training["seed"] = settings.Seed.ToString(CultureInfo.InvariantCulture);
        head.Training["holdout"] = settings.Holdout.ToString("R", CultureInfo.InvariantCulture);
        head.Training["trainedOn"] = holdout.Length > 0 ? "training split only (held-out rows never seen)" : "all rows";
        head.Training["labeled"] = Path.GetFileName(settings.Labeled);
        head.Training["cvAccuracy"] = SentimentMetricsView.F(cv.Combined.Accuracy);
        head.Training["cvMacroF1"] = SentimentMetricsView.F(cv.Combined.MacroF1);

        if (holdout.Length > 0)
        {
            var truth = Array.ConvertAll(holdout, i => SentimentHead.LabelOf(classes[i]));
            var predicted = new SentimentLabel[holdout.Length];
            var embOnly = new SentimentLabel[holdout.Length];
            var lexRule = new SentimentLabel[holdout.Length];
            Span<double> p = stackalloc double[SentimentHead.Classes];
            for (int h = 0; h < holdout.Length; h++)
            {
                int i = holdout[h];
                head.Probabilities(embeddings[i], lexicon[i], p);
                predicted[h] = SentimentPrediction.FromProbabilities(p).Label;
                head.Embedding.LogProbabilities(embeddings[i], p);
                embOnly[h] = SentimentHead.LabelOf(SentimentHeadTrainer.ArgMax(p));
                lexRule[h] = LexiconSentimentScorer.ScoreText(texts[i]).Label;
            }
            var heldOut = SentimentEvaluation.Evaluate(truth, predicted);
            SentimentMetricsView.Write("held-out, embedded (embedding + lexicon head, as shipped)", heldOut);
            var emb = SentimentEvaluation.Evaluate(truth, embOnly);
            console.WriteLine($"held-out, embedding head only: accuracy={SentimentMetricsView.F(emb.Accuracy)} macro-F1={SentimentMetricsView.F(emb.MacroF1)}");
            SentimentMetricsView.Write("held-out, lexicon scorer (rules, untrained)", SentimentEvaluation.Evaluate(truth, lexRule));
            head.Training["holdoutAccuracy"] = SentimentMetricsView.F(heldOut.Accuracy);
            head.Training["holdoutMacroF1"] = SentimentMetricsView.F(heldOut.MacroF1);
        }

        head.Save(settings.Out);
        console.WriteLine($"wrote {settings.Out}");
        return Task.FromResult(0);
    }

    private static T[] Pick<T>(T[] items, int[] indices) => Array.ConvertAll(indices, i => items[i]);

    private static string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}
