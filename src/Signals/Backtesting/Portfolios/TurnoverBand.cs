using Signals.Data;

namespace Signals.Backtesting.Portfolios;

/// <summary>
/// Trades a name only when its target moves more than <c>band</c> (in weight) away from the weight held; otherwise
/// the held weight stays. Small rebalances that cost more than they earn are skipped. Price drift between days is
/// ignored here (the costed run trades the difference to drifted weights).
/// </summary>
public static class TurnoverBand
{
    /// <summary>The weights held after banding <paramref name="targets"/> (a non-finite target counts as 0; day 0 starts from flat).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is negative or NaN.</exception>
    public static Panel Apply(Panel targets, double band)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (!(band >= 0)) throw new ArgumentOutOfRangeException(nameof(band), band, "The band cannot be negative.");
        var held = new Panel(targets.Dates, targets.Symbols, new double[targets.Values.Length]);
        int symbols = targets.SymbolCount;
        for (int d = 0; d < targets.DayCount; d++)
            for (int s = 0; s < symbols; s++)
            {
                double target = targets[d, s], previous = d > 0 ? held[d - 1, s] : 0;
                if (!double.IsFinite(target)) target = 0;
                held[d, s] = Math.Abs(target - previous) > band ? target : previous;
            }
        return held;
    }
}
