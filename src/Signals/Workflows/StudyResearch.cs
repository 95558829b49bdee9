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
/// The factor tearsheet, risk portfolios and realistic costs of a study, from its window's prices and signal. Weights
/// for day t use only signal rows known before the open of t (the next-open fill's rule: open-timed rows of t,
/// close-timed rows of t − 1), and the costed runs trade at that open.
/// </summary>
public static class StudyResearch
{
    /// <summary>The sector of a symbol the sector map does not name.</summary>
    public const string UnknownSector = "(no sector)";

    /// <summary>The three sections' results on the window's prices and signal.</summary>
    /// <param name="sectors">Sector by symbol; null = none known. Symbols not in it fall in <see cref="UnknownSector"/>.</param>
    /// <param name="halfSpreadBps">A half-spread panel in bps (any days and symbols; matched by date and symbol), or null.</param>
    /// <param name="longShortWeights">The long-short targets already decided for this signal (see <see cref="LongShortWeights(Strategy, Panel, DecisionTiming, FillTiming, SentimentStudyOptions)"/>),
    /// or null to rank the signal here.</param>
    public static StudyResearchResult Run(BarPanel prices, Panel signal, DecisionTiming timing, FillTiming fill, SentimentStudyOptions options,
        IReadOnlyDictionary<string, string>? sectors, Panel? halfSpreadBps, Panel? longShortWeights = null)
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

        var longShort = longShortWeights ?? LongShortWeights(signal, timing, options.StrategySettings.Quantile, options.StrategySettings.MinNamesPerSide);
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
        StudyMemory.StageDone();
        var runs = new List<RiskPortfolioRun>(constructions.Count);
        // What the sections read is the runs and the portfolios' daily exposures, not the panels behind them: unless
        // asked to keep them, each portfolio's panels are let go as soon as its run is costed (the plain one's once its
        // capacity curve is drawn), so the stage holds one or two day × symbol panels at a time, not a dozen.
        var none = new Panel([], prices.Symbols, []);
        RealisticCostResult? realistic = null;
        foreach (var (name, construction, portfolioOptions) in constructions)
        {
            runs.Add(Construct(name, construction, portfolioOptions, prices, longShort, costs, liquidity, research, none, ref realistic));
            StudyMemory.StageDone();
        }
        return new StudyResearchResult(tearsheet, runs, realistic!, sectorOf is not null, halfSpreadBps is not null);
    }

    /// <summary>
    /// One construction's book, built and costed; the plain book (the first) is also the one the realistic costs and the
    /// capacity curve read, evaluated while its weights are at hand. A method of its own, so the book's panels are
    /// unreachable once it returns (a loop body's locals could keep the last book alive across the next one).
    /// </summary>
    private static RiskPortfolioRun Construct(string name, string construction, RiskPortfolioOptions portfolioOptions, BarPanel prices, Panel longShort,
        MarketCostModel costs, LiquidityEstimates liquidity, StudyResearchOptions research, Panel none, ref RealisticCostResult? realistic)
    {
        // The inverse-volatility books divide by the same 20-session σ the costs estimate: one panel for all of them.
        // The betas are read a day at a time unless the book's panels are kept: no panel of them beside the book.
        var portfolio = RiskPortfolio.Build(prices, longShort, portfolioOptions,
            portfolioOptions.VolatilityWindow == costs.EstimationDays ? liquidity.Sigma : null, keepBeta: research.KeepPortfolioWeights);
        var costed = CostedPortfolio.Run(prices, portfolio.Weights, research.Capital, costs, liquidity);
        realistic ??= RealisticCosts.Evaluate(prices, portfolio.Weights, research.Capital, costs, research.CapacityCapitals, liquidity);
        if (!research.KeepPortfolioWeights) portfolio = portfolio with { Weights = none, Beta = null };
        return RiskPortfolioRun.Of(name, construction, portfolio, costed, costs.PeriodsPerYear);
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

    /// <summary>
    /// The research's long-short targets taken from a backtest that already ranked the signal by the same rule — the
    /// sentiment long-short at gross 1 with the study's quantile and minimum, filled at the next open, on the signal's
    /// days and symbols — bit-equal to <see cref="LongShortWeights(Panel, DecisionTiming, double, int)"/>; null when the
    /// backtest's rule differs (then rank the signal again). A next-open backtest never decides its first day, so an
    /// open-timed signal's first row is ranked here.
    /// </summary>
    public static Panel? LongShortWeights(Strategy strategy, Panel signal, DecisionTiming timing, FillTiming fill, SentimentStudyOptions options) =>
        LongShortWeights(strategy, signal, timing, fill, options, take: false);

    /// <summary>As the public overload; with <paramref name="take"/> the strategy's record is handed over instead of
    /// copied (<see cref="SentimentLongShort.DecidedTargets"/> is null afterwards: one panel less at the study's peak).</summary>
    internal static Panel? LongShortWeights(Strategy strategy, Panel signal, DecisionTiming timing, FillTiming fill, SentimentStudyOptions options, bool take)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(options);
        if (strategy is not SentimentLongShort { DecidedTargets: { } decided } longShort || fill != FillTiming.NextOpen || longShort.GrossLeverage != 1.0
            || longShort.Timing != timing || longShort.Quantile != options.StrategySettings.Quantile || longShort.MinNamesPerSide != options.StrategySettings.MinNamesPerSide
            || !decided.Dates.AsSpan().SequenceEqual(signal.Dates) || !decided.Symbols.AsSpan().SequenceEqual(signal.Symbols))
            return null;
        // A copy unless taken: then the strategy lets its record go, so nothing else sees the row ranked below.
        var weights = take ? new Panel(signal.Dates, signal.Symbols, decided.Values) : new Panel(signal.Dates, signal.Symbols, (double[])decided.Values.Clone());
        if (take) longShort.ReleaseRunState();
        if (timing == DecisionTiming.Open && signal.DayCount > 0)
            SentimentLongShort.Weights(signal.Row(0), longShort.Quantile, 1.0, weights.Row(0), new QuantileSelector(signal.SymbolCount), longShort.MinNamesPerSide);
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
