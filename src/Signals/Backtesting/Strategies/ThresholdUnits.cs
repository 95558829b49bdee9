namespace Signals.Backtesting.Strategies;

/// <summary>What the thresholds of <see cref="SentimentThreshold"/> are measured in.</summary>
public enum ThresholdUnits
{
    /// <summary>
    /// Standard deviations of the signal from its trailing mean, both taken over every name's value in the trailing
    /// window of rows up to and including the decision row (point in time: nothing later is read). A threshold of 1
    /// means "one standard deviation above what the signal has recently been", whatever the scorer's scale or how much
    /// averaging over headlines has shrunk the scores.
    /// </summary>
    ZScore,
    /// <summary>The signal's own units (a score in [−1, 1] for the built-in scorers).</summary>
    Absolute,
}
