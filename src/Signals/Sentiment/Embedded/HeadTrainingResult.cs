using Signals.Sentiment.Evaluation;

namespace Signals.Sentiment.Embedded;

/// <summary>What <see cref="HeadTraining.Run"/> did: the split, what cross-validation chose, the head, and its held-out figures.</summary>
/// <param name="Rows">Labelled rows read.</param>
/// <param name="TrainCount">Rows of the training split (the only ones the head saw).</param>
/// <param name="HoldoutCount">Rows held out for the final test; 0 when everything was trained on.</param>
/// <param name="CrossValidation">The L2 grid and the chosen strengths, with out-of-fold metrics.</param>
/// <param name="Head">The trained head, its training notes filled in; save it with <see cref="SentimentHead.Save"/>.</param>
/// <param name="HeldOut">The shipped combination (embedding + lexicon head) on the held-out rows; null without a holdout.</param>
/// <param name="HeldOutEmbeddingOnly">The embedding head alone on the held-out rows; null without a holdout.</param>
/// <param name="HeldOutLexiconRules">The untrained lexicon scorer on the held-out rows, for comparison; null without a holdout.</param>
public sealed record HeadTrainingResult(
    int Rows,
    int TrainCount,
    int HoldoutCount,
    HeadCrossValidation CrossValidation,
    SentimentHead Head,
    SentimentMetrics? HeldOut,
    SentimentMetrics? HeldOutEmbeddingOnly,
    SentimentMetrics? HeldOutLexiconRules);
