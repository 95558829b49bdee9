using Signals.Data;

using Signals.Numerics;

namespace Signals.Backtesting.Costs;

/// <summary>
/// A weight portfolio run at a given size with <see cref="MarketCostModel"/> costs. Arrays are aligned with the panel's
/// days: element t is the day whose open the weights were traded at and held to the next open; the last day has no
/// next open and is NaN in the returns.
/// </summary>
/// <param name="Gross">Σ w·r: the return before costs.</param>
/// <param name="Net">Equity change after costs: (E·(1 + gross) − costs) / E − 1.</param>
/// <param name="Turnover">Traded notional / equity.</param>
/// <param name="DailyCosts">Each day's costs by kind as fractions of that day's equity.</param>
/// <param name="Costs">Totals over the run, in currency.</param>
/// <param name="Untradable">Orders not placed because the symbol had no price, σ or ADV yet (its weight is held as it was).</param>
public sealed record CostedRun(
    DateOnly[] Dates, double Capital, double[] Equity, double[] Gross, double[] Net, double[] Turnover,
    CostSplit[] DailyCosts, CostSplit Costs, int Untradable)
{
    /// <summary>Annualised Sharpe of the gross returns (before costs, 252 periods a year, NaN days skipped).</summary>
    public double GrossSharpe => Returns.Sharpe(Gross);
    /// <summary>Annualised Sharpe of the net returns (after costs).</summary>
    public double NetSharpe => Returns.Sharpe(Net);

    /// <summary>Mean annual cost of each kind as a fraction of equity (Σ daily fractions / years).</summary>
    public CostSplit AnnualCostFraction(int periodsPerYear = 252)
    {
        var sum = new CostSplit();
        foreach (var c in DailyCosts) sum += c;
        double years = Math.Max(1, Dates.Length - 1) / (double)periodsPerYear;
        return new CostSplit(sum.Commission / years, sum.Spread / years, sum.Impact / years, sum.Borrow / years);
    }
}

/// <summary>
/// Runs target weights through <see cref="MarketCostModel"/> at a portfolio size. Weights on row t are the targets
/// traded at the open of t (so row t may use only what was known before that open — news aligned with
/// <see cref="DecisionTiming.Open"/>) and held to the open of t+1; between rebalances positions drift with prices,
/// and only the difference to the drifted weights is traded. A weight-level research engine for size-dependent costs:
/// fractional shares, fills at the open, no cash interest; <see cref="Backtester"/> is the share-level engine.
/// </summary>
public static class CostedPortfolio
{
    /// <summary>Runs <paramref name="weights"/> (rows aligned with <paramref name="prices"/>) at <paramref name="capital"/> in currency units.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capital"/> is not a positive finite number.</exception>
    /// <exception cref="ArgumentException">The weights' shape differs from the prices'.</exception>
    public static CostedRun Run(BarPanel prices, Panel weights, double capital, MarketCostModel? costs = null) =>
        Run(prices, weights, capital, costs, liquidity: null);

    /// <summary>As the public overload, with σ and ADV already estimated from the same prices and window (several runs share them).</summary>
    internal static CostedRun Run(BarPanel prices, Panel weights, double capital, MarketCostModel? costs, LiquidityEstimates? liquidity)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(weights);
        costs ??= new MarketCostModel();
        costs.Validate();
        if (!(capital > 0) || !double.IsFinite(capital)) throw new ArgumentOutOfRangeException(nameof(capital), capital, "Capital must be positive.");
        if (weights.DayCount != prices.DayCount || weights.SymbolCount != prices.SymbolCount)
            throw new ArgumentException($"Weights are {weights.DayCount}×{weights.SymbolCount}, prices {prices.DayCount}×{prices.SymbolCount}.", nameof(weights));
        return Simulate(prices, weights, capital, costs, liquidity ?? LiquidityEstimates.Compute(prices, costs.EstimationDays));
    }

    internal static CostedRun Simulate(BarPanel prices, Panel weights, double capital, MarketCostModel costs, LiquidityEstimates liquidity)
    {
        int days = prices.DayCount, symbols = prices.SymbolCount;
        var open = prices.Open.Values;
        var equity = new double[days];
        var gross = new double[days];
        var net = new double[days];
        var turnover = new double[days];
        var daily = new CostSplit[days];
        var held = new double[symbols];     // weights after the last rebalance, drifted to this open
        var target = new double[symbols];
        var total = new CostSplit();
        double e = capital, borrowPerDay = costs.BorrowBpsPerYear * 1e-4 / costs.PeriodsPerYear;
        int untradable = 0;
        for (int d = 0; d < days; d++)
        {
            equity[d] = e;
            double commission = 0, spread = 0, impact = 0, traded = 0;
            for (int s = 0; s < symbols; s++)
            {
                int i = d * symbols + s;
                double w = weights.Values[i];
                target[s] = double.IsFinite(w) ? w : 0;
                double delta = target[s] - held[s];
                if (delta == 0) continue;
                double price = open[i], sigma = liquidity.Sigma[i], adv = liquidity.Adv[i];
                if (!(price > 0) || !double.IsFinite(sigma) || !(adv > 0)) { untradable++; target[s] = held[s]; continue; }
                double notional = Math.Abs(delta) * e;
                traded += notional;
                commission += Math.Max(costs.MinCommission, costs.CommissionBps * 1e-4 * notional);
                double halfSpread = costs.HalfSpreadBpsPanel is { } panel && double.IsFinite(panel.Values[i]) ? panel.Values[i] : costs.HalfSpreadBps;
                spread += halfSpread * 1e-4 * notional;
                impact += costs.ImpactK * sigma * Math.Sqrt(notional / price / adv) * notional;
            }
            double shortNotional = 0;
            for (int s = 0; s < symbols; s++) if (target[s] < 0) shortNotional -= target[s] * e;
            var cost = new CostSplit(commission, spread, impact, shortNotional * borrowPerDay);
            total += cost;
            daily[d] = new CostSplit(commission / e, spread / e, impact / e, cost.Borrow / e);
            turnover[d] = traded / e;
            if (d + 1 >= days) { gross[d] = net[d] = double.NaN; break; }

            double g = 0;
            for (int s = 0; s < symbols; s++)
            {
                double a = open[d * symbols + s], b = open[(d + 1) * symbols + s];
                double r = a > 0 && b > 0 ? b / a - 1 : 0;      // a missing price holds the position flat
                g += target[s] * r;
                held[s] = target[s] * (1 + r);
            }
            double next = e * (1 + g) - cost.Total;
            for (int s = 0; s < symbols; s++) held[s] = next > 0 ? held[s] * e / next : 0;
            gross[d] = g;
            net[d] = next / e - 1;
            e = next;
            if (!(e > 0)) { for (int k = d + 1; k < days; k++) { equity[k] = 0; gross[k] = net[k] = double.NaN; } break; }
        }
        return new CostedRun(prices.Dates, capital, equity, gross, net, turnover, daily, total, untradable);
    }
}
