using Signals.Backtesting;
using Signals.Data;

namespace Signals.Workflows.Embeddings;

/// <summary>How the walk-forward ridge regression's training window grows.</summary>
public enum TrainingWindow
{
    /// <summary>Every realised observation so far.</summary>
    Expanding,
    /// <summary>Only observations decided in the last <see cref="EmbeddingRegressionOptions.RollingDays"/> trading days.</summary>
    Rolling,
}

/// <summary>The settings of <see cref="EmbeddingRegression"/>.</summary>
public sealed record EmbeddingRegressionOptions
{
    /// <summary>Forward-return horizon in trading days (the regression's target).</summary>
    public int Horizon { get; init; } = 1;
    /// <summary>Expanding (every realised observation so far, the default) or rolling training window.</summary>
    public TrainingWindow Window { get; init; } = TrainingWindow.Expanding;
    /// <summary>Length of the rolling window in trading days.</summary>
    public int RollingDays { get; init; } = 504;
    /// <summary>Trading days between refits.</summary>
    public int RefitEveryDays { get; init; } = 21;
    /// <summary>Extra trading days between the last realised training target and the first prediction (beyond the purge).</summary>
    public int EmbargoDays { get; init; } = 1;
    /// <summary>No model before this many realised headline-symbol observations.</summary>
    public int MinTrainingObservations { get; init; } = 1000;
    /// <summary>The latest share of each training window held out, in time order, to choose the penalty.</summary>
    public double ValidationFraction { get; init; } = 0.2;
    /// <summary>Ridge penalties tried, as multiples of the mean eigenvalue of the centred embedding covariance.</summary>
    public IReadOnlyList<double> Penalties { get; init; } = [0.1, 1, 10, 100, 1000];
    /// <summary>Decision point a headline is aligned to; the target runs from there.</summary>
    public DecisionTiming Timing { get; init; } = DecisionTiming.Open;
    /// <summary>Fill of the backtest the scores will feed, so the target return is the one the study trades.</summary>
    public FillTiming Fill { get; init; } = FillTiming.NextOpen;
    /// <summary>For close decisions: the exchange-local time after which news waits for the next close; null for 15 minutes before the close.</summary>
    public TimeOnly? CloseCutoff { get; init; }
}
