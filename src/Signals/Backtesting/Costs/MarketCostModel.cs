using Signals.Data;

namespace Signals.Backtesting.Costs;

/// <summary>
/// Trading costs that grow with size: commission in bps with a minimum per order, half the bid-ask spread, square-root
/// market impact k · σ_daily · √(order shares / ADV) on the traded notional, and borrow on shorts. σ_daily and ADV are
/// estimated from the <see cref="EstimationDays"/> sessions before the trade (close-to-close returns, share volume), so
/// no cost uses a price the trader could not have seen.
/// </summary>
/// <param name="CommissionBps">Commission in bps of each order's notional.</param>
/// <param name="MinCommission">Smallest commission per order, in currency (a broker's ticket minimum).</param>
/// <param name="HalfSpreadBps">Half the quoted spread, in bps of the price, paid on every unit traded.</param>
/// <param name="ImpactK">
/// k of the square-root law. Empirical studies put the prefactor "of order one" (0.5–1 for liquid equities); the
/// default 1 is deliberately on the cautious side.
/// </param>
/// <param name="BorrowBpsPerYear">Annual fee on short notional, charged per trading day held.</param>
public sealed record MarketCostModel(
    double CommissionBps = 1,
    double MinCommission = 1,
    double HalfSpreadBps = 2,
    double ImpactK = 1,
    double BorrowBpsPerYear = 50)
{
    /// <summary>Sessions of history behind σ_daily and ADV.</summary>
    public int EstimationDays { get; init; } = 20;
    /// <summary>
    /// Half-spread per (day, symbol) in bps, overriding <see cref="HalfSpreadBps"/> where finite (a quoted-spread column,
    /// or a proxy such as a high-low estimator); aligned with the price panel.
    /// </summary>
    public Panel? HalfSpreadBpsPanel { get; init; }
    /// <summary>Periods per year for annualising borrow and reporting annual costs (252 trading days).</summary>
    public int PeriodsPerYear { get; init; } = 252;

    /// <summary>Nothing charged: the raw edge, never a report's headline number.</summary>
    public static MarketCostModel Zero { get; } = new(0, 0, 0, 0, 0);

    internal void Validate()
    {
        if (CommissionBps < 0 || MinCommission < 0 || HalfSpreadBps < 0 || ImpactK < 0 || BorrowBpsPerYear < 0)
            throw new ArgumentOutOfRangeException(nameof(MarketCostModel), "Cost parameters cannot be negative.");
        if (EstimationDays < 2) throw new ArgumentOutOfRangeException(nameof(EstimationDays), EstimationDays, "At least two sessions of history.");
    }
}
