using Signals.Data;

namespace Signals.Backtesting;

/// <summary>Total trading costs of a run, in currency units.</summary>
/// <param name="Commission">Commissions paid.</param>
/// <param name="Slippage">Slippage paid (the fill worse than the reference price).</param>
/// <param name="Borrow">Borrow fees paid on short positions.</param>
public readonly record struct CostBreakdown(double Commission, double Slippage, double Borrow)
{
    /// <summary>All costs of the run, in currency units.</summary>
    public double Total => Commission + Slippage + Borrow;
}

/// <summary>
/// What a backtest produced, one entry per trading day (valued at the close): equity, returns, positions,
/// weights, turnover and exposure, plus the round-trip trades and the costs paid.
/// </summary>
public sealed class BacktestResult
{
    /// <summary>Name of the strategy that ran.</summary>
    public required string Strategy { get; init; }
    /// <summary>The strategy's parameters as it reports them, for the record.</summary>
    public required IReadOnlyDictionary<string, object> StrategyParameters { get; init; }
    /// <summary>The options the run used.</summary>
    public required BacktestOptions Options { get; init; }
    /// <summary>Trading days of the run, ascending; every per-day array is aligned with them.</summary>
    public required DateOnly[] Dates { get; init; }
    /// <summary>Cash plus position value at each close, in currency units.</summary>
    public required double[] Equity { get; init; }
    /// <summary>Cash at each close, in currency units (short-sale proceeds included).</summary>
    public required double[] Cash { get; init; }
    /// <summary>Simple daily returns of equity aligned to <see cref="Dates"/> (<see cref="Numerics.Returns.FromEquity(ReadOnlySpan{double})"/>): the first day's is NaN.</summary>
    public required double[] Returns { get; init; }
    /// <summary>Shares held at each close.</summary>
    public required Panel Positions { get; init; }
    /// <summary>Position value / equity at each close.</summary>
    public required Panel Weights { get; init; }
    /// <summary>The round trips; a position still held at the end is an open trade.</summary>
    public required IReadOnlyList<Trade> Trades { get; init; }
    /// <summary>Traded notional / equity before the trades, per day.</summary>
    public required double[] Turnover { get; init; }
    /// <summary>Σ |position value| / equity at each close.</summary>
    public required double[] GrossExposure { get; init; }
    /// <summary>Costs paid over the run, by kind.</summary>
    public required CostBreakdown Costs { get; init; }

    /// <summary>Equity at the last close.</summary>
    public double FinalEquity => Equity[^1];

    /// <summary>Days on which anything was traded (turnover above 0): a strategy that trades on a handful of days has no result worth a Sharpe ratio.</summary>
    public int DaysTraded => Turnover.Count(t => t > 0);

    /// <summary>Days that closed with a position (gross exposure above 0).</summary>
    public int DaysInMarket => GrossExposure.Count(g => g > 0);

    /// <summary>Equity / running peak − 1 per day: 0 at a new high, −0.2 twenty percent below it.</summary>
    public double[] Drawdown() => Numerics.Drawdown.Series(Equity);
}
