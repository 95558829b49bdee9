namespace Signals.Backtesting.Costs;

/// <summary>Costs by kind, in currency (or, per day, in fractions of that day's equity).</summary>
/// <param name="Commission">Broker commissions.</param>
/// <param name="Spread">Half the bid-ask spread paid on each trade.</param>
/// <param name="Impact">Square-root market impact.</param>
/// <param name="Borrow">Borrow fees on shorts.</param>
public readonly record struct CostSplit(double Commission, double Spread, double Impact, double Borrow)
{
    /// <summary>The sum of all kinds.</summary>
    public double Total => Commission + Spread + Impact + Borrow;

    /// <summary>Kind-by-kind sum.</summary>
    public static CostSplit operator +(CostSplit a, CostSplit b) =>
        new(a.Commission + b.Commission, a.Spread + b.Spread, a.Impact + b.Impact, a.Borrow + b.Borrow);
}
