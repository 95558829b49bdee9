using Signals.Analytics;
using Signals.Analytics.FactorTearsheets;
using Signals.Backtesting;
using Signals.Backtesting.Costs;
using Signals.Backtesting.Portfolios;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Numerics;

namespace Signals.Workflows;

/// <summary>
/// Settings of the study report's factor tearsheet, risk-portfolio and cost sections. Costs are on by default: the
/// portfolio table and the capacity curve are net of <see cref="Costs"/>, and the tearsheet's net spread pays its
/// commission and half-spread on every unit traded.
/// </summary>
public sealed record StudyResearchOptions
{
    /// <summary>Off: the three sections are left out (the study's other figures do not depend on them).</summary>
    public bool Enabled { get; init; } = true;
    public int TearsheetQuantiles { get; init; } = 5;
    /// <summary>Target annual volatility of the vol-targeted portfolio (60-day estimate, leverage capped at 2).</summary>
    public double TargetAnnualVolatility { get; init; } = 0.10;
    /// <summary>The banded portfolio trades a name only when its target moves by more than this share of equity.</summary>
    public double TurnoverBand { get; init; } = 0.01;
    public MarketCostModel Costs { get; init; } = new();
    /// <summary>Portfolio size of the table and the cost split.</summary>
    public double Capital { get; init; } = 1e7;
    public IReadOnlyList<double> CapacityCapitals { get; init; } = CapacityCurve.DefaultCapitals;
}

/// <summary>One construction of the study's long-short, run through the size-aware costs.</summary>
/// <param name="Name">Short name (the table row and the chart's legend).</param>
/// <param name="Annual">Compound annual net return.</param>
/// <param name="Volatility">Annualised standard deviation of the daily net returns.</param>
/// <param name="MaxDrawdown">Deepest fall of net equity, as a negative fraction.</param>
/// <param name="Turnover">Mean traded notional per day as a share of equity.</param>
public sealed record RiskPortfolioRun(string Name, string Construction, RiskPortfolioResult Portfolio, CostedRun Run,
    double NetSharpe, double GrossSharpe, double Annual, double Volatility, double MaxDrawdown, double Turnover)
{
    public static RiskPortfolioRun Of(string name, string construction, RiskPortfolioResult portfolio, CostedRun run, int periodsPerYear)
    {
        int last = Array.FindLastIndex(run.Equity, e => e > 0);
        double years = Math.Max(1, run.Equity.Length - 1) / (double)periodsPerYear;
        double annual = last < 0 ? double.NaN : Math.Pow(run.Equity[^1] / run.Capital, 1 / years) - 1;
        var net = Moments.Of(run.Net);
        double turnover = run.Turnover.Length == 0 ? 0 : run.Turnover.Average();
        return new RiskPortfolioRun(name, construction, portfolio, run, run.NetSharpe, run.GrossSharpe, annual,
            net.SampleStd * Math.Sqrt(periodsPerYear), Drawdown.Max(run.Equity), turnover);
    }
}

/// <summary>The three research sections' results on the study's own signal and window.</summary>
/// <param name="Tearsheet">The alphalens-style factor tearsheet of the study's signal.</param>
/// <param name="Portfolios">The study's long-short built several ways, each run at <see cref="StudyResearchOptions.Capital"/> net of costs.</param>
/// <param name="Costs">The plain long-short's costs by kind at that size and its capacity curve.</param>
/// <param name="HasSectors">Whether sectors were known (else no sector-neutral portfolio and no IC by sector).</param>
/// <param name="SpreadColumn">Whether a half-spread column priced the spread (else the model's flat half-spread).</param>
public sealed record StudyResearchResult(
    FactorTearsheetResult Tearsheet, IReadOnlyList<RiskPortfolioRun> Portfolios, RealisticCostResult Costs, bool HasSectors, bool SpreadColumn);

/// <summary>
/// The factor tearsheet, risk portfolios and realistic costs of a study, from its window's prices and signal. Weights
/// for day t use only signal rows known before the open of t (the next-open fill's rule: open-timed rows of t,
/// close-timed rows of t − 1), and the costed runs trade at that open.
/// </summary>
public static class StudyResearch
{
    public const string UnknownSector = "(no sector)";

    /// <param name="sectors">Sector by symbol; null = none known. Symbols not in it fall in <see cref="UnknownSector"/>.</param>
    /// <param name="halfSpreadBps">A half-spread panel in bps (any days and symbols; matched by date and symbol), or null.</param>
    public static StudyResearchResult Run(BarPanel prices, Panel signal, DecisionTiming timing, FillTiming fill, SentimentStudyOptions options,
        IReadOnlyDictionary<string, string>? sectors, Panel? halfSpreadBps)
    {
        var research = options.Research;
        string[]? sectorOf = sectors is null ? null : Array.ConvertAll(prices.Symbols, s => sectors.TryGetValue(s, out var name) ? name : UnknownSector);
        var costs = halfSpreadBps is null ? research.Costs : research.Costs with { HalfSpreadBpsPanel = AlignedTo(halfSpreadBps, prices) };

        var tearsheet = FactorTearsheet.Compute(signal, prices, new FactorTearsheetOptions
        {
            Horizons = [.. options.IcHorizons],
            Quantiles = research.TearsheetQuantiles,
            Basis = ForwardReturns.BasisFor(timing, fill),
            Groups = sectorOf,
            CostBps = costs.CommissionBps + costs.HalfSpreadBps,
        });

        var longShort = LongShortWeights(signal, timing, options.Quantile, options.StrategySettings.MinNamesPerSide);
        var constructions = new List<(string Name, string Construction, RiskPortfolioOptions Options)>
        {
            ("plain", "the study's quantile long-short, equal weights, gross 1", new() { BetaNeutral = false }),
        };
        if (sectorOf is not null)
            constructions.Add(("sector-neutral", "demeaned within each sector", new() { Sectors = sectorOf, BetaNeutral = false }));
        constructions.Add(("beta-neutral", "hedged to zero 60-day market beta", new() { BetaNeutral = true }));
        if (sectorOf is not null)
            constructions.Add(("sector- and beta-neutral", "both at once", new() { Sectors = sectorOf, BetaNeutral = true }));
        constructions.Add(("vol-targeted", $"plain, scaled to {research.TargetAnnualVolatility:P0} annual volatility (60-day estimate, leverage ≤ 2)",
            new() { BetaNeutral = false, TargetAnnualVolatility = research.TargetAnnualVolatility }));
        constructions.Add(("inverse-vol", "each name divided by its 20-day volatility", new() { BetaNeutral = false, InverseVolatility = true }));
        constructions.Add(("inverse-vol, banded", $"inverse-vol, trading a name only when its target moves more than {research.TurnoverBand:P1} of equity",
            new() { BetaNeutral = false, InverseVolatility = true, TurnoverBand = research.TurnoverBand }));

        // σ and ADV depend only on the prices and the window: estimate them once for every run and the capacity curve.
        costs.Validate();
        var liquidity = LiquidityEstimates.Compute(prices, costs.EstimationDays);
        var runs = new List<RiskPortfolioRun>(constructions.Count);
        foreach (var (name, construction, portfolioOptions) in constructions)
        {
            var portfolio = RiskPortfolio.Build(prices, longShort, portfolioOptions);
            runs.Add(RiskPortfolioRun.Of(name, construction, portfolio, CostedPortfolio.Run(prices, portfolio.Weights, research.Capital, costs, liquidity), costs.PeriodsPerYear));
        }
        var realistic = RealisticCosts.Evaluate(prices, runs[0].Portfolio.Weights, research.Capital, costs, research.CapacityCapitals, liquidity);
        return new StudyResearchResult(tearsheet, runs, realistic, sectorOf is not null, halfSpreadBps is not null);
    }

    /// <summary>
    /// The sentiment long-short's targets (the strategy's own rule: top and bottom quantile, equal weights, gross 1, flat
    /// with fewer than <paramref name="minPerSide"/> names a side), row t from the signal row known at the open of t.
    /// </summary>
    public static Panel LongShortWeights(Panel signal, DecisionTiming timing, double quantile, int minPerSide)
    {
        var weights = new Panel(signal.Dates, signal.Symbols, new double[signal.Values.Length]);
        var selector = new QuantileSelector(signal.SymbolCount);
        int lag = timing == DecisionTiming.Open ? 0 : 1;
        for (int t = lag; t < signal.DayCount; t++)
            SentimentLongShort.Weights(signal.Row(t - lag), quantile, 1.0, weights.Row(t), selector, minPerSide);
        return weights;
    }

    /// <summary>The panel's values on the prices' days and symbols; NaN (the model's flat half-spread) where it has none.</summary>
    private static Panel AlignedTo(Panel source, BarPanel prices)
    {
        var result = new Panel(prices.Dates, prices.Symbols);
        Array.Fill(result.Values, double.NaN);
        var day = new Dictionary<DateOnly, int>();
        for (int d = 0; d < source.DayCount; d++) day[source.Dates[d]] = d;
        var column = Array.ConvertAll(prices.Symbols, s => Array.IndexOf(source.Symbols, s));
        for (int d = 0; d < prices.DayCount; d++)
        {
            if (!day.TryGetValue(prices.Dates[d], out int from)) continue;
            for (int s = 0; s < column.Length; s++) if (column[s] >= 0) result[d, s] = source[from, column[s]];
        }
        return result;
    }
}
