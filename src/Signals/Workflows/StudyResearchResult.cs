using Signals.Analytics.FactorTearsheets;
using Signals.Backtesting.Costs;

namespace Signals.Workflows;

/// <summary>The three research sections' results on the study's own signal and window.</summary>
/// <param name="Tearsheet">The alphalens-style factor tearsheet of the study's signal.</param>
/// <param name="Portfolios">The study's long-short built several ways, each run at <see cref="StudyResearchOptions.Capital"/> net of costs.</param>
/// <param name="Costs">The plain long-short's costs by kind at that size and its capacity curve.</param>
/// <param name="HasSectors">Whether sectors were known (else no sector-neutral portfolio and no IC by sector).</param>
/// <param name="SpreadColumn">Whether a half-spread column priced the spread (else the model's flat half-spread).</param>
public sealed record StudyResearchResult(
    FactorTearsheetResult Tearsheet, IReadOnlyList<RiskPortfolioRun> Portfolios, RealisticCostResult Costs, bool HasSectors, bool SpreadColumn);
