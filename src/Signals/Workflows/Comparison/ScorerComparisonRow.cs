using Signals.Sentiment.Evaluation;

namespace Signals.Workflows.Comparison;

/// <summary>One row of the comparison: the labelled evaluation, and the return side when prices and news were given.</summary>
/// <param name="Labels">Accuracy, F1, recall, cost and latency on the labelled file.</param>
/// <param name="Returns">The return side; null without prices and news.</param>
public sealed record ScorerComparisonRow(ScorerEvaluation Labels, ScorerReturns? Returns)
{
    /// <summary>The scorer's label in the comparison.</summary>
    public string Scorer => Labels.Scorer;
}
