using Signals.Sentiment.Evaluation;

namespace Signals.Workflows.Comparison;

/// <summary>One row of the comparison: the labelled evaluation, and the return side when prices and news were given.</summary>
/// <param name="Scorer">The scorer's label in the comparison.</param>
/// <param name="Labels">Accuracy, F1, recall, cost and latency on the labelled file; null when they do not apply (see <see cref="LabelsNotApplicable"/>).</param>
/// <param name="Returns">The return side; null without prices and news.</param>
public sealed record ScorerComparisonRow(string Scorer, ScorerEvaluation? Labels, ScorerReturns? Returns)
{
    /// <summary>
    /// Why the scorer has no labelled-file figures (a scorer that predicts returns, not a sentiment class, has no
    /// accuracy to measure), or null when <see cref="Labels"/> is there.
    /// </summary>
    public string? LabelsNotApplicable { get; init; }
}
