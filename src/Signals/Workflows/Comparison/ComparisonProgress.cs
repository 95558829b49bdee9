using Signals.Sentiment;

namespace Signals.Workflows.Comparison;

/// <summary>Where a comparison is: which scorer, which part, and how far its scoring got.</summary>
/// <param name="Scorer">The scorer's label.</param>
/// <param name="Part">"labels" or "news".</param>
/// <param name="Scoring">Headlines scored so far in that part.</param>
public readonly record struct ComparisonProgress(string Scorer, string Part, ScoringProgress Scoring);
