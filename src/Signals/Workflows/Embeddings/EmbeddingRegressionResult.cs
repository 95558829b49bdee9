namespace Signals.Workflows.Embeddings;

/// <summary>One refit of the walk-forward ridge regression.</summary>
/// <param name="Day">The first decision day its predictions serve.</param>
/// <param name="TrainingObservations">Headline-symbol observations it was fitted on (all realised, purged and embargoed before <paramref name="Day"/>).</param>
/// <param name="ValidationObservations">The latest of them, held out to choose the penalty.</param>
/// <param name="Penalty">The chosen penalty (a multiple of the mean eigenvalue).</param>
/// <param name="ValidationCorrelation">Correlation of the held-out predictions with their returns at the chosen penalty.</param>
public sealed record EmbeddingFit(DateOnly Day, int TrainingObservations, int ValidationObservations, double Penalty, double ValidationCorrelation);

/// <summary>The out-of-sample predictions of <see cref="EmbeddingRegression"/>, one per news item.</summary>
/// <param name="Predictions">Predicted forward return of each item from the latest fit before its decision day; NaN before the first fit or when the item falls outside the prices.</param>
/// <param name="Scores">The same as a score in (−1, 1): tanh of the prediction standardised by the spread of that fit's in-sample predictions (order within a fit is kept).</param>
/// <param name="Fits">Every refit in time order.</param>
/// <param name="BeforeFirstFit">Items decided before the first fit: they have no score.</param>
/// <param name="OutsidePrices">Items whose decision point falls outside the prices or that name no priced symbol.</param>
public sealed record EmbeddingRegressionResult(double[] Predictions, double[] Scores, IReadOnlyList<EmbeddingFit> Fits, int BeforeFirstFit, int OutsidePrices);
