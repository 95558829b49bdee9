namespace Signals.Workflows;

/// <summary>The stages of a <see cref="SentimentStudy"/>, for progress displays.</summary>
public enum StudyStage
{
    /// <summary>Scoring the headlines (the <see cref="StudyProgress.Scoring"/> counts say how far).</summary>
    Scoring,
    /// <summary>Aligning scores to decision points and decaying them into the daily signal.</summary>
    Signal,
    /// <summary>Trading the strategy and the benchmark.</summary>
    Backtest,
    /// <summary>Statistics, IC, protocols, research sections and health checks.</summary>
    Analytics,
    /// <summary>The result is complete.</summary>
    Done,
}
