namespace Signals.Backtesting;

/// <summary>
/// What a quantile long-short met in its daily cross-sections: the evidence a health check needs to say that the
/// signal had nothing to rank on some days (market-wide news gives every name the same score) or that many names
/// shared a quantile boundary.
/// </summary>
/// <param name="Days">Decision days a selection was asked for.</param>
/// <param name="NoSpreadDays">Days every name with a value had the same value: no position was held.</param>
/// <param name="TiedBoundaryDays">Days a boundary value was shared by more names than the side had room for: the tied names shared it equally.</param>
/// <param name="ThinDays">Days with too few names a side to trade (fewer than the strategy's minimum, or none).</param>
public readonly record struct CrossSectionCounts(int Days, int NoSpreadDays, int TiedBoundaryDays, int ThinDays)
{
    /// <summary>Days a book was built: neither thin nor without spread.</summary>
    public int TradableDays => Days - NoSpreadDays - ThinDays;
}
