using Signals.Sentiment;

namespace Signals.Workflows;

/// <summary>Where a study is: the stage, and within scoring how many headlines are done.</summary>
/// <param name="Stage">The stage the study has reached.</param>
/// <param name="Scoring">Headlines scored so far (meaningful during <see cref="StudyStage.Scoring"/>).</param>
public readonly record struct StudyProgress(StudyStage Stage, ScoringProgress Scoring = default);
