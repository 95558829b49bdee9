namespace Signals.Sentiment.Evaluation;

/// <summary>Precision, recall and F1 of one class, with its support (how many true items it has).</summary>
/// <param name="Label">The class.</param>
/// <param name="Precision">Of the items predicted this class, the share truly in it; 0 when none was predicted.</param>
/// <param name="Recall">Of the items truly in the class, the share predicted so; 0 when it has none.</param>
/// <param name="F1">Harmonic mean of precision and recall; 0 when both are 0.</param>
/// <param name="Support">Items truly in the class.</param>
public sealed record ClassMetrics(SentimentLabel Label, double Precision, double Recall, double F1, int Support);

/// <summary>
/// How well predicted labels match the truth. <see cref="Confusion"/> is indexed [truth, predicted] in the order of
/// <see cref="SentimentEvaluation.Labels"/> (negative, neutral, positive).
/// </summary>
/// <param name="N">Items compared.</param>
/// <param name="Accuracy">Share of items predicted right.</param>
/// <param name="MacroF1">Unweighted mean of the three classes' F1.</param>
/// <param name="PerClass">Per-class figures, negative, neutral, positive.</param>
/// <param name="Confusion">Counts, [truth, predicted].</param>
public sealed record SentimentMetrics(int N, double Accuracy, double MacroF1, IReadOnlyList<ClassMetrics> PerClass, int[,] Confusion);

/// <summary>Label metrics of a three-class sentiment scorer against hand labels.</summary>
public static class SentimentEvaluation
{
    /// <summary>The order of classes in every table: negative, neutral, positive.</summary>
    public static readonly SentimentLabel[] Labels = [SentimentLabel.Negative, SentimentLabel.Neutral, SentimentLabel.Positive];

    /// <summary>
    /// Accuracy, macro-F1 (unweighted mean of per-class F1 over the three classes), per-class numbers and the
    /// confusion matrix. A class never predicted has precision 0; a class absent from the truth has recall 0
    /// (scikit-learn's zero_division=0 convention).
    /// </summary>
    public static SentimentMetrics Evaluate(IReadOnlyList<SentimentLabel> truth, IReadOnlyList<SentimentLabel> predicted)
    {
        if (truth.Count != predicted.Count)
            throw new ArgumentException($"truth has {truth.Count} labels but predicted has {predicted.Count}");
        if (truth.Count == 0) throw new ArgumentException("nothing to evaluate: no labels");

        int k = Labels.Length;
        var confusion = new int[k, k];
        int correct = 0;
        for (int i = 0; i < truth.Count; i++)
        {
            int t = Index(truth[i]), p = Index(predicted[i]);
            confusion[t, p]++;
            if (t == p) correct++;
        }

        var perClass = new ClassMetrics[k];
        double f1Sum = 0;
        for (int c = 0; c < k; c++)
        {
            int tp = confusion[c, c], support = 0, predictedCount = 0;
            for (int j = 0; j < k; j++) { support += confusion[c, j]; predictedCount += confusion[j, c]; }
            double precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            double recall = support == 0 ? 0 : (double)tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass[c] = new ClassMetrics(Labels[c], precision, recall, f1, support);
            f1Sum += f1;
        }
        return new SentimentMetrics(truth.Count, (double)correct / truth.Count, f1Sum / k, perClass, confusion);
    }

    private static int Index(SentimentLabel label) => label switch
    {
        SentimentLabel.Negative => 0,
        SentimentLabel.Neutral => 1,
        SentimentLabel.Positive => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "not a sentiment label"),
    };
}
