namespace Signals.Backtesting;

/// <summary>
/// What trading costs. Commission is charged on the notional at the fill price plus a fee per share;
/// slippage moves the fill price against the trade (buys fill higher, sells lower); borrow is an annual
/// rate on short notional, charged every day a short is held at the close.
/// </summary>
/// <param name="CommissionBps">Commission in basis points of traded notional.</param>
/// <param name="CommissionPerShare">Commission per share traded, in currency units.</param>
/// <param name="SlippageBps">Adverse price move per fill, in basis points of the reference price.</param>
/// <param name="BorrowBpsPerYear">Short borrow fee in basis points a year on short notional.</param>
public sealed record CostModel(
    double CommissionBps = 1,
    double CommissionPerShare = 0,
    double SlippageBps = 2,
    double BorrowBpsPerYear = 50)
{
    /// <summary>Realistic defaults for liquid US equities: 1 bp commission, 2 bps slippage, 50 bps/yr borrow.</summary>
    public static CostModel Default { get; } = new();

    /// <summary>No costs at all, for studying a signal's raw edge (never the headline number of a report).</summary>
    public static CostModel Zero { get; } = new(0, 0, 0, 0);
}
