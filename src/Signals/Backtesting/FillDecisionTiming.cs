using Signals.Data;

namespace Signals.Backtesting;

/// <summary>
/// When news must be known for an order that fills at a given time: orders filled at the next open are decided on
/// what was published before that open; market-on-close orders on what was published before the close's cutoff.
/// </summary>
public static class FillDecisionTiming
{
    /// <summary>The decision timing news is aligned to for orders filled at <paramref name="fill"/>.</summary>
    public static DecisionTiming Of(FillTiming fill) => fill == FillTiming.Close ? DecisionTiming.Close : DecisionTiming.Open;
}
