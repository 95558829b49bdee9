using System.Globalization;
using Signals.Sentiment.Evaluation;
using Signals.Sentiment.Lexicon;

namespace Signals.Sentiment.Embedded;

/// <summary>Options for <see cref="SentimentHeadTrainer"/>. The defaults are the ones the shipped head was trained with.</summary>
public sealed record HeadTrainingOptions
{
    /// <summary>Seed of the stratified fold split; the same seed gives the same head.</summary>
    public int Seed { get; init; } = 42;
    /// <summary>Number of cross-validation folds.</summary>
    public int Folds { get; init; } = 5;
    /// <summary>Candidate L2 strengths (on standardised features), searched by k-fold cross-validation.</summary>
    public double[] L2Grid { get; init; } = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0];
    /// <summary>Weight of the embedding model in the combined head; the lexicon model gets 1 minus it.</summary>
    public double EmbeddingWeight { get; init; } = 0.5;
    /// <summary>
    /// Share of neutral news the scorer should expect in a real stream; the rest is split evenly between positive and
    /// negative. The training set is balanced, real feeds are mostly neutral, so the head's prior is moved this way.
    /// </summary>
    public double NeutralPrior { get; init; } = 0.5;
}

/// <summary>Cross-validated log-loss of one head at one L2 strength.</summary>
public sealed record RegularisationPoint(string Head, double L2, double MeanLogLoss, double StandardError, double Accuracy);

/// <summary>What cross-validation found and chose.</summary>
public sealed record HeadCrossValidation(
    double EmbeddingL2,
    double LexiconL2,
    IReadOnlyList<RegularisationPoint> Grid,
    SentimentMetrics Combined,
    SentimentMetrics EmbeddingOnly,
    SentimentMetrics LexiconOnly);

/// <summary>
/// Trains the embedded scorer's head: two softmax regressions (embedding, lexicon cues), each with its L2 strength
/// chosen by stratified k-fold CV under the one-standard-error rule towards stronger regularisation (CV on a
/// single author's set flatters weak regularisation; the stronger model transfers better to other text).
/// </summary>
public static class SentimentHeadTrainer
{
    /// <summary>
    /// Chooses each model's L2 strength by stratified k-fold CV (one-standard-error rule) and reports out-of-fold metrics of the
    /// combined head and of each model alone. Rows of the three lists are aligned; <paramref name="classes"/> holds indices 0–2.
    /// </summary>
    public static HeadCrossValidation CrossValidate(
        IReadOnlyList<double[]> embeddings, IReadOnlyList<double[]> lexicon, IReadOnlyList<int> classes,
        HeadTrainingOptions options, IProgress<string>? progress = null)
    {
        var folds = StratifiedSplit.Folds(classes, options.Folds, options.Seed);
        var grid = new List<RegularisationPoint>();
        double embL2 = ChooseL2("embedding", embeddings, classes, folds, options, grid, progress);
        double lexL2 = ChooseL2("lexicon", lexicon, classes, folds, options, grid, progress);

        // Out-of-fold predictions of the combined head with the chosen strengths.
        var combined = new SentimentLabel[classes.Count];
        var embOnly = new SentimentLabel[classes.Count];
        var lexOnly = new SentimentLabel[classes.Count];
        Span<double> p = stackalloc double[SentimentHead.Classes];
        for (int f = 0; f < options.Folds; f++)
        {
            progress?.Report($"combined fold {f + 1}/{options.Folds}");
            var (train, test) = FoldIndices(folds, f);
            var head = Fit(Pick(embeddings, train), Pick(lexicon, train), Pick(classes, train), embL2, lexL2, options);
            foreach (int i in test)
            {
                head.Probabilities(embeddings[i], lexicon[i], p);
                combined[i] = SentimentPrediction.FromProbabilities(p).Label;
                head.Embedding.LogProbabilities(embeddings[i], p);
                embOnly[i] = SentimentHead.LabelOf(ArgMax(p));
                head.Lexicon.LogProbabilities(lexicon[i], p);
                lexOnly[i] = SentimentHead.LabelOf(ArgMax(p));
            }
        }
        var truth = classes.Select(SentimentHead.LabelOf).ToArray();
        return new HeadCrossValidation(embL2, lexL2, grid,
            SentimentEvaluation.Evaluate(truth, combined),
            SentimentEvaluation.Evaluate(truth, embOnly),
            SentimentEvaluation.Evaluate(truth, lexOnly));
    }

    /// <summary>Fits both regressions and assembles the head with the neutral-leaning prior shift.</summary>
    public static SentimentHead Fit(
        IReadOnlyList<double[]> embeddings, IReadOnlyList<double[]> lexicon, IReadOnlyList<int> classes,
        double embeddingL2, double lexiconL2, HeadTrainingOptions options)
    {
        var embedding = SoftmaxRegression.Fit(embeddings, classes, SentimentHead.Classes, embeddingL2);
        var lex = SoftmaxRegression.Fit(lexicon, classes, SentimentHead.Classes, lexiconL2);
        var counts = new double[SentimentHead.Classes];
        foreach (int c in classes) counts[c]++;
        double side = (1 - options.NeutralPrior) / 2;
        double[] target = [side, options.NeutralPrior, side];
        var shift = new double[SentimentHead.Classes];
        for (int k = 0; k < shift.Length; k++) shift[k] = Math.Log(target[k]) - Math.Log(counts[k] / classes.Count);
        return new SentimentHead
        {
            Embedding = embedding,
            Lexicon = lex,
            EmbeddingWeight = options.EmbeddingWeight,
            LexiconWeight = 1 - options.EmbeddingWeight,
            PriorShift = shift,
            Training = new Dictionary<string, string>
            {
                ["rows"] = classes.Count.ToString(CultureInfo.InvariantCulture),
                ["negative"] = counts[0].ToString(CultureInfo.InvariantCulture),
                ["neutral"] = counts[1].ToString(CultureInfo.InvariantCulture),
                ["positive"] = counts[2].ToString(CultureInfo.InvariantCulture),
                ["embeddingL2"] = embeddingL2.ToString("R", CultureInfo.InvariantCulture),
                ["lexiconL2"] = lexiconL2.ToString("R", CultureInfo.InvariantCulture),
                ["neutralPrior"] = options.NeutralPrior.ToString("R", CultureInfo.InvariantCulture),
                ["lexiconFeatures"] = string.Join(' ', LexiconFeatures.Names),
            },
        };
    }

    private static double ChooseL2(string name, IReadOnlyList<double[]> x, IReadOnlyList<int> classes, int[] folds,
        HeadTrainingOptions options, List<RegularisationPoint> grid, IProgress<string>? progress)
    {
        var points = new List<RegularisationPoint>();
        Span<double> logp = stackalloc double[SentimentHead.Classes];
        foreach (double l2 in options.L2Grid)
        {
            progress?.Report($"{name} head, L2 {l2.ToString(CultureInfo.InvariantCulture)}");
            var foldLoss = new double[options.Folds];
            int correct = 0;
            for (int f = 0; f < options.Folds; f++)
            {
                var (train, test) = FoldIndices(folds, f);
                var model = SoftmaxRegression.Fit(Pick(x, train), Pick(classes, train), SentimentHead.Classes, l2);
                double loss = 0;
                foreach (int i in test)
                {
                    model.LogProbabilities(x[i], logp);
                    loss -= logp[classes[i]];
                    if (ArgMax(logp) == classes[i]) correct++;
                }
                foldLoss[f] = loss / test.Length;
            }
            double mean = foldLoss.Average();
            double se = Math.Sqrt(foldLoss.Sum(v => (v - mean) * (v - mean)) / (options.Folds - 1) / options.Folds);
            points.Add(new RegularisationPoint(name, l2, mean, se, (double)correct / classes.Count));
        }
        grid.AddRange(points);
        var best = points.MinBy(pt => pt.MeanLogLoss)!;
        // One-standard-error rule: the strongest penalty still within one SE of the best.
        return points.Where(pt => pt.MeanLogLoss <= best.MeanLogLoss + best.StandardError).Max(pt => pt.L2);
    }

    private static (int[] Train, int[] Test) FoldIndices(int[] folds, int fold)
    {
        var train = new List<int>();
        var test = new List<int>();
        for (int i = 0; i < folds.Length; i++) (folds[i] == fold ? test : train).Add(i);
        return (train.ToArray(), test.ToArray());
    }

    private static T[] Pick<T>(IReadOnlyList<T> items, int[] indices)
    {
        var result = new T[indices.Length];
        for (int i = 0; i < indices.Length; i++) result[i] = items[indices[i]];
        return result;
    }

    /// <summary>Index of the largest value (the first on ties).</summary>
    public static int ArgMax(ReadOnlySpan<double> v)
    {
        int best = 0;
        for (int i = 1; i < v.Length; i++) if (v[i] > v[best]) best = i;
        return best;
    }
}
