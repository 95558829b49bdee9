using System.Globalization;
using Signals.Backtesting;

namespace Signals.Workflows.Health;

/// <summary>
/// Rule "costs": the headline figures are the share-level backtest under its simple cost model (commission and
/// slippage in bps, borrow); the realistic-costs section runs the same long-short at the study's capital through
/// commission, half-spread, square-root impact and borrow. When the realistic net Sharpe is much lower, the headline
/// overstates what the signal earns at that size: warns when it is below half the headline Sharpe, fails when the
/// headline is positive and the realistic net is not.
/// </summary>
public static class CostRealism
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "costs";

    /// <summary>The headline cost model in words, as the report's cards state it.</summary>
    public static string Describe(CostModel costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        return string.Create(CultureInfo.InvariantCulture,
            $"simple costs: {costs.CommissionBps:0.##} bps commission{(costs.CommissionPerShare > 0 ? $" + {costs.CommissionPerShare:0.####} a share" : "")}, {costs.SlippageBps:0.##} bps slippage, {costs.BorrowBpsPerYear:0.##} bps a year borrow");
    }

    /// <summary>Why realistic costs are absent when the research sections were switched off.</summary>
    public const string ResearchOff = "research sections off";

    /// <summary>Why realistic costs are absent from a time-series (market-news) study: the section prices a book it never builds.</summary>
    public const string TimeSeriesStudy = "a time-series study times one target; the realistic-costs section prices the cross-sectional long-short, which it does not run";

    /// <summary>
    /// The verdict from the headline Sharpe and the realistic net Sharpe at <paramref name="capital"/> (null when not
    /// computed, <paramref name="notComputedBecause"/> saying why: <see cref="ResearchOff"/> or <see cref="TimeSeriesStudy"/>).
    /// </summary>
    public static HealthCheck Check(double headlineSharpe, CostModel headlineCosts, double? realisticNetSharpe, double capital, string notComputedBecause = ResearchOff)
    {
        ArgumentNullException.ThrowIfNull(headlineCosts);
        string headline = string.Create(CultureInfo.InvariantCulture, $"headline Sharpe {Num(headlineSharpe)} under {Describe(headlineCosts)}");
        if (realisticNetSharpe is not double net)
            return HealthCheck.Warn(Id, headline + $"; realistic costs were not computed ({notComputedBecause}), so nothing checks it at size");
        string message = string.Create(CultureInfo.InvariantCulture,
            $"{headline}; the same long-short at ${capital:#,0} under commission, spread, impact and borrow: net Sharpe {Num(net)}");
        if (double.IsFinite(headlineSharpe) && headlineSharpe > 0 && !(net > 0))
            return HealthCheck.Fail(Id, message + ": the edge does not survive realistic costs at this size");
        if (double.IsFinite(headlineSharpe) && headlineSharpe > 0 && net < headlineSharpe / 2)
            return HealthCheck.Warn(Id, message + ": read the headline as gross of most real costs");
        return HealthCheck.Ok(Id, message);
    }

    private static string Num(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "not defined";
}
