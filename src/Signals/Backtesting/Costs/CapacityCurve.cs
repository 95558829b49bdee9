using Signals.Data;

namespace Signals.Backtesting.Costs;

/// <summary>One portfolio size of a capacity curve.</summary>
/// <param name="AnnualCost">Mean annual cost as a fraction of equity, by kind.</param>
/// <param name="Capital">Portfolio size, in currency units.</param>
/// <param name="NetSharpe">Annualised Sharpe after costs at that size.</param>
/// <param name="GrossSharpe">Annualised Sharpe before costs.</param>
public sealed record CapacityPoint(double Capital, double NetSharpe, double GrossSharpe, CostSplit AnnualCost);

/// <summary>
/// Net Sharpe against portfolio size: the same weights run at each capital, so only the size-dependent costs (square-root
/// impact, minimum commissions) move it. Where the curve crosses zero is the strategy's capacity under the model.
/// </summary>
public static class CapacityCurve
{
    /// <summary>Ten sizes from $100k to $10bn (half-decades).</summary>
    public static readonly double[] DefaultCapitals = [1e5, 3e5, 1e6, 3e6, 1e7, 3e7, 1e8, 3e8, 1e9, 1e10];

    /// <summary>The costed run of <paramref name="weights"/> at each capital (default <see cref="DefaultCapitals"/>), net and gross Sharpe and annual cost by kind.</summary>
    /// <param name="weights">Target weights per day, aligned with <paramref name="prices"/>, traded at each day's open.</param>
    /// <param name="costs">The cost model; default <c>new MarketCostModel()</c> (1 bps commission, 2 bps half-spread, square-root impact, 50 bps a year borrow).</param>
    public static IReadOnlyList<CapacityPoint> Compute(BarPanel prices, Panel weights, MarketCostModel? costs = null, IReadOnlyList<double>? capitals = null) =>
        Compute(prices, weights, costs, capitals, liquidity: null);

    internal static IReadOnlyList<CapacityPoint> Compute(BarPanel prices, Panel weights, MarketCostModel? costs, IReadOnlyList<double>? capitals, LiquidityEstimates? liquidity)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(weights);
        costs ??= new MarketCostModel();
        costs.Validate();
        capitals ??= DefaultCapitals;
        liquidity ??= LiquidityEstimates.Compute(prices, costs.EstimationDays);
        var points = new CapacityPoint[capitals.Count];
        for (int i = 0; i < capitals.Count; i++)
        {
            var run = CostedPortfolio.Simulate(prices, weights, capitals[i], costs, liquidity);
            points[i] = new CapacityPoint(capitals[i], run.NetSharpe, run.GrossSharpe, run.AnnualCostFraction(costs.PeriodsPerYear));
        }
        return points;
    }
}

/// <summary>Everything the report's cost section needs: the run at the chosen size (costs split by kind) and the capacity curve.</summary>
public sealed record RealisticCostResult(CostedRun Run, IReadOnlyList<CapacityPoint> Capacity, MarketCostModel Costs);

/// <summary>The cost section in one call.</summary>
public static class RealisticCosts
{
    /// <summary>The costed run of <paramref name="weights"/> at <paramref name="capital"/> (currency units) and the capacity curve over <paramref name="capitals"/>, under one cost model.</summary>
    public static RealisticCostResult Evaluate(BarPanel prices, Panel weights, double capital = 1e7, MarketCostModel? costs = null, IReadOnlyList<double>? capitals = null) =>
        Evaluate(prices, weights, capital, costs, capitals, liquidity: null);

    /// <summary>As the public overload, with σ and ADV estimated once by the caller for the same prices and window.</summary>
    internal static RealisticCostResult Evaluate(BarPanel prices, Panel weights, double capital, MarketCostModel? costs, IReadOnlyList<double>? capitals, LiquidityEstimates? liquidity)
    {
        costs ??= new MarketCostModel();
        costs.Validate();
        liquidity ??= LiquidityEstimates.Compute(prices, costs.EstimationDays);
        var run = CostedPortfolio.Run(prices, weights, capital, costs, liquidity);
        return new RealisticCostResult(run, CapacityCurve.Compute(prices, weights, costs, capitals, liquidity), costs);
    }
}
