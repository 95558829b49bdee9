using Signals.Backtesting.Strategies;
using Signals.Data;

namespace Signals.Backtesting;

/// <summary>The knobs of the built-in strategies, by name; each strategy reads only its own.</summary>
public sealed record StrategySettings
{
    /// <summary>sma-cross: bars in the fast SMA.</summary>
    public int Fast { get; init; } = 10;
    /// <summary>sma-cross: bars in the slow SMA.</summary>
    public int Slow { get; init; } = 20;
    /// <summary>sma-cross and sentiment-threshold: whether the bearish side goes short (otherwise flat).</summary>
    public bool AllowShort { get; init; } = true;
    /// <summary>sentiment-threshold: long above this, in <see cref="ThresholdUnits"/> (default +1 z).</summary>
    public double LongThreshold { get; init; } = 1.0;
    /// <summary>sentiment-threshold: short below this (default −1 z).</summary>
    public double ShortThreshold { get; init; } = -1.0;
    /// <summary>sentiment-threshold: z-scores over a trailing window (default) or the signal's own units.</summary>
    public ThresholdUnits ThresholdUnits { get; init; } = ThresholdUnits.ZScore;
    /// <summary>sentiment-threshold: trading days in the z-score's trailing window.</summary>
    public int ThresholdWindow { get; init; } = 63;
    /// <summary>sentiment-longshort: fraction of the ranked names held on each side, in (0, 0.5].</summary>
    public double Quantile { get; init; } = 0.2;
    /// <summary>sentiment-longshort: gross exposure Σ|w| as a multiple of equity.</summary>
    public double GrossLeverage { get; init; } = 1.0;
    /// <summary>sentiment-longshort: fewest names a side for the book to trade that day.</summary>
    public int MinNamesPerSide { get; init; } = 1;
}

/// <summary>
/// The built-in strategies by the names the command line, the run folders and the notebooks use, so that a name
/// means the same strategy everywhere and a new strategy is added in one place.
/// </summary>
public static class StrategyRegistry
{
    /// <summary>Every built-in strategy's name.</summary>
    public static IReadOnlyList<string> Names { get; } = ["buy-and-hold", "sma-cross", "sentiment-threshold", "sentiment-longshort"];

    /// <summary>The strategies that trade a signal panel (the rest read prices only).</summary>
    public static IReadOnlyList<string> SignalNames { get; } = ["sentiment-threshold", "sentiment-longshort"];

    /// <summary>Whether <paramref name="name"/> is a built-in strategy (exact, case-sensitive).</summary>
    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>Whether the strategy <paramref name="name"/> trades a signal panel.</summary>
    public static bool NeedsSignal(string name) => SignalNames.Contains(name, StringComparer.Ordinal);

    /// <summary>The strategy <paramref name="name"/> with its knobs from <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentException">Unknown name, a signal strategy without a signal, or the long-short with fewer than two symbols.</exception>
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
