namespace Signals.Backtesting;

/// <summary>When an order decided on bar t is filled.</summary>
public enum FillTiming
{
    /// <summary>Signal from data up to the close of bar t, fill at the open of bar t+1 (the honest default).</summary>
    NextOpen,
    /// <summary>Fill at the close of bar t itself (market-on-close; the signal must be known before the close).</summary>
    Close,
}

/// <summary>How a target weight becomes a number of shares.</summary>
public enum Sizing
{
    /// <summary>Whole shares, truncated toward zero (never more than the budget).</summary>
    WholeShares,
    /// <summary>Fractional shares: the target weight exactly.</summary>
    Fractional,
}

/// <summary>Everything that shapes a backtest besides the prices and the strategy.</summary>
public sealed record BacktestOptions
{
    /// <summary>Starting cash, in the prices' currency.</summary>
    public double InitialCash { get; init; } = 100_000;
    /// <summary>When a decision on bar t fills: the next open (default) or bar t's own close.</summary>
    public FillTiming Fill { get; init; } = FillTiming.NextOpen;
    /// <summary>Whole or fractional shares.</summary>
    public Sizing Sizing { get; init; } = Sizing.WholeShares;
    /// <summary>Commission, slippage and borrow charged on every fill (on by default; <see cref="CostModel.Default"/>).</summary>
    public CostModel Costs { get; init; } = CostModel.Default;
    /// <summary>No short positions: negative targets become zero.</summary>
    public bool LongOnly { get; init; }
    /// <summary>Largest absolute weight in one name (1 = 100% of equity).</summary>
    public double MaxWeight { get; init; } = double.PositiveInfinity;
    /// <summary>Largest sum of absolute weights; targets are scaled down to fit.</summary>
    public double MaxGrossLeverage { get; init; } = 1.0;
    /// <summary>Trading days per year, for borrow accrual and annualised statistics.</summary>
    public int PeriodsPerYear { get; init; } = 252;
}
