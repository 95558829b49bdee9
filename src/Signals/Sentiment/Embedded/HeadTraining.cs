using System.Globalization;
using Signals.Sentiment.Evaluation;
using Signals.Sentiment.Lexicon;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// The embedded scorer's head trained end to end on a labelled file, as `signals sentiment train` and notebooks run
/// it: a stratified held-out split, embeddings and lexicon cues for every text, regularisation chosen by k-fold CV on
/// the training split only, the head fitted on that split, and its held-out figures (so they stay out-of-sample).
/// </summary>
public static class HeadTraining
{
    /// <param name="rows">The labelled rows.</param>
    /// <param name="holdout">Stratified share held out for the final test, in [0, 0.9); 0 trains on everything and reports CV only.</param>
    /// <param name="labeledName">The file's name, recorded in the head's training notes.</param>
    /// <param name="options">Seed (of the split and the folds), folds, L2 grid, neutral prior.</param>
    /// <param name="progress">Each stage's (done, total) as it advances.</param>
    public static HeadTrainingResult Run(
        IReadOnlyList<LabeledHeadline> rows, double holdout, string labeledName, HeadTrainingOptions options,
        IProgress<(HeadTrainingStage Stage, int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        if (holdout is < 0 or >= 0.9) throw new ArgumentOutOfRangeException(nameof(holdout), holdout, "the held-out share must be in [0, 0.9)");
        var texts = rows.Select(r => r.Text).ToArray();
        var classes = rows.Select(r => SentimentHead.ClassOf(r.Label)).ToArray();
        var (train, held) = StratifiedSplit.TrainHoldout(classes, holdout, options.Seed);

        var vectors = MiniLmEmbedder.Shared.Embed(texts,
            progress is null ? null : new SyncProgress<int>(n => progress.Report((HeadTrainingStage.Embedding, n, texts.Length))), cancellationToken);
        progress?.Report((HeadTrainingStage.Embedding, texts.Length, texts.Length));
        var embeddings = new double[texts.Length][];
        var lexicon = new double[texts.Length][];
        for (int i = 0; i < texts.Length; i++)
        {
            embeddings[i] = Array.ConvertAll(vectors[i], v => (double)v);
            lexicon[i] = LexiconSentimentScorer.Features(texts[i]).ToVector();
        }

        int cvSteps = 2 * options.L2Grid.Length + options.Folds, cvDone = 0;
        progress?.Report((HeadTrainingStage.CrossValidation, 0, cvSteps));
        var cv = SentimentHeadTrainer.CrossValidate(Pick(embeddings, train), Pick(lexicon, train), Pick(classes, train), options,
            progress is null ? null : new SyncProgress<string>(_ => progress.Report((HeadTrainingStage.CrossValidation, Math.Min(++cvDone, cvSteps), cvSteps))));
        progress?.Report((HeadTrainingStage.CrossValidation, cvSteps, cvSteps));

        var head = SentimentHeadTrainer.Fit(Pick(embeddings, train), Pick(lexicon, train), Pick(classes, train), cv.EmbeddingL2, cv.LexiconL2, options);
        head.Training["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture);
        head.Training["holdout"] = holdout.ToString("R", CultureInfo.InvariantCulture);
        head.Training["trainedOn"] = held.Length > 0 ? "training split only (held-out rows never seen)" : "all rows";
        head.Training["labeled"] = Path.GetFileName(labeledName);
        head.Training["cvAccuracy"] = F(cv.Combined.Accuracy);
        head.Training["cvMacroF1"] = F(cv.Combined.MacroF1);
        if (held.Length == 0) return new HeadTrainingResult(rows.Count, train.Length, 0, cv, head, null, null, null);

        var truth = Array.ConvertAll(held, i => SentimentHead.LabelOf(classes[i]));
        var predicted = new SentimentLabel[held.Length];
        var embOnly = new SentimentLabel[held.Length];
        var lexRule = new SentimentLabel[held.Length];
        Span<double> p = stackalloc double[SentimentHead.Classes];
        for (int h = 0; h < held.Length; h++)
        {
            int i = held[h];
            head.Probabilities(embeddings[i], lexicon[i], p);
            predicted[h] = SentimentPrediction.FromProbabilities(p).Label;
            head.Embedding.LogProbabilities(embeddings[i], p);
            embOnly[h] = SentimentHead.LabelOf(SentimentHeadTrainer.ArgMax(p));
            lexRule[h] = LexiconSentimentScorer.ScoreText(texts[i]).Label;
        }
        var heldOut = SentimentEvaluation.Evaluate(truth, predicted);
        head.Training["holdoutAccuracy"] = F(heldOut.Accuracy);
        head.Training["holdoutMacroF1"] = F(heldOut.MacroF1);
        return new HeadTrainingResult(rows.Count, train.Length, held.Length, cv, head, heldOut,
            SentimentEvaluation.Evaluate(truth, embOnly), SentimentEvaluation.Evaluate(truth, lexRule));
    }

    /// <summary>Reports on the calling thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    private static T[] Pick<T>(T[] items, int[] indices) => Array.ConvertAll(indices, i => items[i]);

    /// <summary>Three decimals, as the training notes have always recorded them.</summary>
    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
