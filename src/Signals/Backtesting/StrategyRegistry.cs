using Signals.Backtesting.Strategies;
using Signals.Data;

namespace Signals.Backtesting;

/// <summary>The knobs of the built-in strategies, by name; each strategy reads only its own.</summary>
public sealed record StrategySettings
{
    public int Fast { get; init; } = 10;
    public int Slow { get; init; } = 20;
    public bool AllowShort { get; init; } = true;
    /// <summary>sentiment-threshold: long above this, in <see cref="ThresholdUnits"/> (default +1 z).</summary>
    public double LongThreshold { get; init; } = 1.0;
    /// <summary>sentiment-threshold: short below this (default −1 z).</summary>
    public double ShortThreshold { get; init; } = -1.0;
    /// <summary>sentiment-threshold: z-scores over a trailing window (default) or the signal's own units.</summary>
    public ThresholdUnits ThresholdUnits { get; init; } = ThresholdUnits.ZScore;
    /// <summary>sentiment-threshold: trading days in the z-score's trailing window.</summary>
    public int ThresholdWindow { get; init; } = 63;
    public double Quantile { get; init; } = 0.2;
    public double GrossLeverage { get; init; } = 1.0;
    public int MinNamesPerSide { get; init; } = 1;
}

/// <summary>
/// The built-in strategies by the names the command line, the run folders and the notebooks use, so that a name
/// means the same strategy everywhere and a new strategy is added in one place.
/// </summary>
public static class StrategyRegistry
{
    public static IReadOnlyList<string> Names { get; } = ["buy-and-hold", "sma-cross", "sentiment-threshold", "sentiment-longshort"];

    /// <summary>The strategies that trade a signal panel (the rest read prices only).</summary>
    public static IReadOnlyList<string> SignalNames { get; } = ["sentiment-threshold", "sentiment-longshort"];

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);

    public static bool NeedsSignal(string name) => SignalNames.Contains(name, StringComparer.Ordinal);

    /// <param name="signal">The signal panel for a signal strategy (aligned by decision point with <paramref name="timing"/>).</param>
    /// <param name="symbols">How many symbols the strategy will trade: the long-short ranks them and needs two.</param>
    public static Strategy Create(string name, StrategySettings settings, int symbols, Panel? signal = null, DecisionTiming timing = DecisionTiming.Open)
    {
        if (NeedsSignal(name) && signal is null) throw new ArgumentException($"{name} trades a signal: give one.");
        return name switch
        {
            "buy-and-hold" => new BuyAndHold(),
            "sma-cross" => new SmaCross(settings.Fast, settings.Slow, settings.AllowShort),
            "sentiment-threshold" => new SentimentThreshold(signal!, timing, settings.LongThreshold, settings.ShortThreshold, settings.AllowShort,
                settings.ThresholdUnits, settings.ThresholdWindow),
            "sentiment-longshort" => symbols >= 2
                ? new SentimentLongShort(signal!, timing, settings.Quantile, settings.GrossLeverage, settings.MinNamesPerSide)
                : throw new ArgumentException("sentiment-longshort ranks symbols against each other: give prices for several symbols"),
            _ => throw new ArgumentException($"unknown strategy '{name}' (known: {string.Join(", ", Names)})"),
        };
    }
}
