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
        var held = new Panel(targets.Dates, targets.Symbols, (double[])targets.Values.Clone());
        ApplyInPlace(held, band);
        return held;
    }

    /// <summary>As <see cref="Apply"/>, overwriting the targets with the held weights: row d reads its own targets and the
    /// held row d − 1, already written, so no second panel is needed.</summary>
    internal static void ApplyInPlace(Panel targets, double band)
    {
        if (!(band >= 0)) throw new ArgumentOutOfRangeException(nameof(band), band, "The band cannot be negative.");
        int symbols = targets.SymbolCount;
        for (int d = 0; d < targets.DayCount; d++)
            for (int s = 0; s < symbols; s++)
            {
                double target = targets[d, s], previous = d > 0 ? targets[d - 1, s] : 0;
                if (!double.IsFinite(target)) target = 0;
                targets[d, s] = Math.Abs(target - previous) > band ? target : previous;
            }
    }
}
