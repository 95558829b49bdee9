namespace Signals.Sentiment.Embedded;

/// <summary>The two long stages of <see cref="HeadTraining.Run"/>, reported with their progress.</summary>
public enum HeadTrainingStage
{
    /// <summary>Embedding every labelled text with MiniLM; progress counts texts.</summary>
    Embedding,
    /// <summary>Choosing the L2 strengths by k-fold cross-validation; progress counts fits.</summary>
    CrossValidation,
}
