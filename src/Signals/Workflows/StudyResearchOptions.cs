using Signals.Backtesting.Costs;

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
    /// <summary>Quantiles of the factor tearsheet's split of each day's names.</summary>
    public int TearsheetQuantiles { get; init; } = 5;
    /// <summary>Target annual volatility of the vol-targeted portfolio (60-day estimate, leverage capped at 2).</summary>
    public double TargetAnnualVolatility { get; init; } = 0.10;
    /// <summary>The banded portfolio trades a name only when its target moves by more than this share of equity.</summary>
    public double TurnoverBand { get; init; } = 0.01;
    /// <summary>The size-aware cost model (commission, half-spread, square-root impact, borrow) of the research sections.</summary>
    public MarketCostModel Costs { get; init; } = new();
    /// <summary>Portfolio size of the table and the cost split.</summary>
    public double Capital { get; init; } = 1e7;
    /// <summary>Portfolio sizes of the capacity curve.</summary>
    public IReadOnlyList<double> CapacityCapitals { get; init; } = CapacityCurve.DefaultCapitals;
    /// <summary>
    /// Keep each risk portfolio's day × symbol weight and beta panels in <see cref="RiskPortfolioRun.Portfolio"/>. Off
    /// by default: no section reads them after the runs, and at a full market they are the largest thing a study holds
    /// (8 bytes a day and name each, up to eleven of them); off, they are zero-day panels.
    /// </summary>
    public bool KeepPortfolioWeights { get; init; }
}
