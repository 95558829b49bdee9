using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Signals.Reporting;

namespace Signals.Workflows;

/// <summary>
/// The report sections of <see cref="StudyResearch"/>: the factor tearsheet, the risk portfolios and the realistic costs.
/// Each section's <see cref="ReportSection.Data"/> is also study.json's top-level <c>factorTearsheet</c>,
/// <c>riskPortfolios</c> and <c>costs</c> object.
/// </summary>
public static class StudyResearchSections
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The three sections in report order.</summary>
    /// <param name="research">The research results.</param>
    /// <param name="headlineCosts">The headline backtest's cost model in words, so the "plain" row can say how it differs; null = not said.</param>
    public static IReadOnlyList<ReportSection> All(StudyResearchResult research, string? headlineCosts = null) =>
        [FactorTearsheetSection(research), RiskPortfoliosSection(research, headlineCosts), CostsSection(research)];

    /// <summary>The alphalens-style factor tearsheet of the study's signal.</summary>
    public static ReportSection FactorTearsheetSection(StudyResearchResult research)
    {
        var r = research.Tearsheet;
        var rows = new List<KeyValuePair<string, string>>();
        foreach (var h in r.ByHorizon)
            rows.Add(new($"{h.Horizon}-day mean forward return, Q1 … Q{r.Quantiles}",
                string.Join(" · ", h.MeanReturn.Select((m, k) => $"{Bps(m)} ± {Bps(h.StdErr[k])}")) + " bps"));
        rows.Add(new("top minus bottom, one day: gross / net", $"{Bps(Mean(r.SpreadGross))} / {Bps(Mean(r.SpreadNet))} bps a day (net of {F(r.CostBps, "0.#")} bps per unit traded)"));
        rows.Add(new("daily turnover of the top / bottom quantile", $"{P(Mean(r.QuantileTurnover[^1]))} / {P(Mean(r.QuantileTurnover[0]))}"));
        rows.Add(new("mean factor rank autocorrelation (lag 1)", F(Mean(r.RankAutocorrelation), "0.000")));
        if (r.IcByGroup.Count > 0)
            rows.Add(new("mean one-day IC by sector", string.Join(" · ", r.IcByGroup.Select(p => $"{p.Key} {F(p.Value, "0.000")}"))));
        return new ReportSection("factorTearsheet", "Factor tearsheet of the study's signal")
        {
            Note = "Alphalens' tearsheet with trading-day horizons: each day's names are split into quantiles of the signal known at the decision "
                + "(ties kept together); h-day returns overlap, so the error bars use √(days / h) independent draws and the cumulative "
                + "curves average h daily cohorts. The IC charts use the one-day horizon."
                + (research.HasSectors ? "" : " No sectors were given (--universe FILE with a sector column), so there is no IC by sector."),
            Rows = rows,
            Figures = FactorTearsheetCharts.All(r),
            Data = ResearchJson.Of(r),
        };
    }

    /// <summary>The long-short built several ways, each net of the size-aware costs at the study's capital.</summary>
    /// <param name="research">The research results.</param>
    /// <param name="headlineCosts">The headline backtest's cost model in words; null = not said.</param>
    public static ReportSection RiskPortfoliosSection(StudyResearchResult research, string? headlineCosts = null)
    {
        var costs = research.Costs.Costs;
        var rows = new List<KeyValuePair<string, string>>();
        var table = new JsonArray();
        foreach (var p in research.Portfolios)
        {
            rows.Add(new(p.Name, $"net Sharpe {F(p.NetSharpe, "0.00")} (gross {F(p.GrossSharpe, "0.00")}), return {P(p.Annual)} a year, vol {P(p.Volatility)}, "
                + $"max drawdown {P(p.MaxDrawdown)}, turnover {P(p.Turnover)} a day"));
            table.Add(new JsonObject
            {
                ["name"] = p.Name,
                ["construction"] = p.Construction,
                ["netSharpe"] = Finite(p.NetSharpe),
                ["grossSharpe"] = Finite(p.GrossSharpe),
                ["annualReturn"] = Finite(p.Annual),
                ["volatility"] = Finite(p.Volatility),
                ["maxDrawdown"] = Finite(p.MaxDrawdown),
                ["turnover"] = Finite(p.Turnover),
                ["meanLeverage"] = Finite(p.Portfolio.Leverage.Average()),
                ["maxSectorExposure"] = Finite(p.Portfolio.MaxSectorExposure.Length == 0 ? double.NaN : p.Portfolio.MaxSectorExposure.Max()),
                ["maxAbsBetaExposure"] = Finite(MaxAbs(p.Portfolio.BetaExposure)),
            });
        }
        var run0 = research.Portfolios[0].Run;
        return new ReportSection("riskPortfolios", "Risk portfolios: the long-short built the ways a risk manager asks for")
        {
            Note = "Each row trades the study's top and bottom quantile on the same signal, built a different way, at "
                + $"${N(run0.Capital)} through the size-aware costs of the next section (weights traded at the open, positions drifting between "
                + "rebalances). Neutral books are fitted by least squares each day and scaled to gross 1; betas and volatilities use only closes "
                + "before the trade. The share-level backtest above is the study's headline; this table compares constructions."
                + (headlineCosts is null ? "" : $" The \"plain\" row is the headline's book under these size-aware costs, so its Sharpe differs from the headline cards', which use {headlineCosts}.")
                + string.Join("", research.Portfolios.Select(p => $" {p.Name}: {p.Construction}.")),
            Rows = rows,
            Figures = [ResearchCharts.EquityCurves("Net equity by construction", run0.Dates, [.. research.Portfolios.Select(p => (p.Name, p.Run.Equity))])],
            Data = new JsonObject
            {
                ["capital"] = run0.Capital,
                ["costsIncluded"] = costs != Backtesting.Costs.MarketCostModel.Zero,
                ["portfolios"] = table,
            },
        };
    }

    /// <summary>The plain long-short's costs by kind at the study's capital and its capacity curve.</summary>
    public static ReportSection CostsSection(StudyResearchResult research)
    {
        var c = research.Costs;
        var annual = c.Run.AnnualCostFraction(c.Costs.PeriodsPerYear);
        var rows = new List<KeyValuePair<string, string>>
        {
            new("cost model", $"commission {F(c.Costs.CommissionBps, "0.##")} bps (min {N(c.Costs.MinCommission)} an order), half-spread "
                + (research.SpreadColumn ? "from the spread column (flat " + F(c.Costs.HalfSpreadBps, "0.##") + " bps where missing)" : F(c.Costs.HalfSpreadBps, "0.##") + " bps")
                + $", impact {F(c.Costs.ImpactK, "0.##")}·σ·√(shares / ADV), σ and ADV over the {c.Costs.EstimationDays} sessions before, borrow {F(c.Costs.BorrowBpsPerYear, "0.##")} bps a year"),
            new($"annual cost at ${N(c.Run.Capital)}: commission / spread / impact / borrow", $"{P(annual.Commission)} / {P(annual.Spread)} / {P(annual.Impact)} / {P(annual.Borrow)} of equity"),
            new($"Sharpe at ${N(c.Run.Capital)}: gross / net", $"{F(c.Run.GrossSharpe, "0.00")} / {F(c.Run.NetSharpe, "0.00")}"),
        };
        var positive = c.Capacity.Where(p => p.NetSharpe > 0).Select(p => p.Capital).DefaultIfEmpty(double.NaN).Max();
        rows.Add(new("largest size tried with a positive net Sharpe", double.IsFinite(positive) ? "$" + N(positive) : "none"));
        return new ReportSection("costs", "Realistic costs: what size the signal can carry")
        {
            Note = "The plain long-short of the previous section, charged commission, half the spread and square-root market impact on every order, "
                + "and borrow on shorts. Impact grows with size, so the capacity curve runs the same weights at each portfolio size: where net "
                + "Sharpe crosses zero is the signal's capacity under this model.",
            Rows = rows,
            Figures = [ResearchCharts.CostSplit(c.Run, c.Costs.PeriodsPerYear), ResearchCharts.CapacityCurve(c.Capacity)],
            Data = ResearchJson.Of(c),
        };
    }


    private static double Mean(double[] values)
    {
        double sum = 0;
        int n = 0;
        foreach (var v in values) if (double.IsFinite(v)) { sum += v; n++; }
        return n == 0 ? double.NaN : sum / n;
    }

    private static double MaxAbs(double[] values)
    {
        double max = double.NaN;
        foreach (var v in values) if (double.IsFinite(v)) max = double.IsNaN(max) ? Math.Abs(v) : Math.Max(max, Math.Abs(v));
        return max;
    }

    private static string Bps(double v) => double.IsFinite(v) ? (v * 1e4).ToString("0.0", Inv) : "n/a";
    private static string N(double v) => v.ToString("#,0.###", Inv);
    private static string F(double v, string format) => double.IsFinite(v) ? v.ToString(format, Inv) : "n/a";
    private static string P(double v) => double.IsFinite(v) ? v.ToString("P2", Inv) : "n/a";
    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
