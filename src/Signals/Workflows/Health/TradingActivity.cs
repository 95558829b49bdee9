using System.Globalization;
using Signals.Backtesting;

namespace Signals.Workflows.Health;

/// <summary>
/// Rule "trading-activity": a strategy that never trades has the cash account's figures (its Sharpe and IR are not
/// defined); one that trades on a handful of days has figures drawn from a handful of bets. Fails on zero trading
/// days, warns below <see cref="HealthThresholds.MinTradingDays"/>.
/// </summary>
public static class TradingActivity
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "trading-activity";

    /// <summary>The verdict on a backtest: days it traded (turnover above zero) and days it held a position.</summary>
    public static HealthCheck Check(BacktestResult backtest, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(backtest);
        ArgumentNullException.ThrowIfNull(thresholds);
        int traded = backtest.Turnover.Count(t => t > 0), held = backtest.GrossExposure.Count(g => g > 0);
        int days = backtest.Dates.Length;
        if (traded == 0)
            return HealthCheck.Fail(Id, string.Create(CultureInfo.InvariantCulture,
                $"the strategy never traded in {days:N0} days: its return is the cash account's and its Sharpe and information ratio are not defined"));
        string message = string.Create(CultureInfo.InvariantCulture, $"traded on {traded:N0} of {days:N0} days, held a position on {held:N0}");
        return traded < thresholds.MinTradingDays
            ? HealthCheck.Warn(Id, message + ": figures from this few trades are anecdotes, not statistics")
            : HealthCheck.Ok(Id, message);
    }
}
