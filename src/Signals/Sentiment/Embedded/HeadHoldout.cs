using System.Globalization;
using Signals.Sentiment.Evaluation;

namespace Signals.Sentiment.Embedded;

/// <summary>
/// The rows a head never saw: `sentiment train` holds out a stratified share of its labelled file (seed and fraction
/// recorded in the head's training notes) and fits on the rest. Re-drawing that split from the same file gives the
/// held-out rows again, so the shipped head can be re-measured out of sample — e.g. on int8 embeddings.
/// </summary>
public static class HeadHoldout
{
    /// <summary>The held-out rows of <paramref name="rows"/> (the head's own training file, in file order).</summary>
    public static IReadOnlyList<LabeledHeadline> Rows(IReadOnlyList<LabeledHeadline> rows, SentimentHead head)
    {
        if (!head.Training.TryGetValue("seed", out var seedText) || !head.Training.TryGetValue("holdout", out var fractionText)
            || !int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            || !double.TryParse(fractionText, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction))
            throw new InvalidDataException("the head records no held-out split (training notes 'seed' and 'holdout')");
        if (fraction <= 0) throw new InvalidDataException("the head was trained on every row (holdout 0): it has no held-out rows");
        var classes = rows.Select(r => SentimentHead.ClassOf(r.Label)).ToArray();
        var (_, holdout) = StratifiedSplit.TrainHoldout(classes, fraction, seed);
        return Array.ConvertAll(holdout, i => rows[i]);
    }
}
