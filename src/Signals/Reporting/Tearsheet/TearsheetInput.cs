using Signals.Analytics;
using Signals.Backtesting;

namespace Signals.Reporting;

/// <summary>
/// Everything a tearsheet shows. Only <see cref="Title"/>, <see cref="Dates"/> and <see cref="Equity"/> are required;
/// drawdown, rolling Sharpe and monthly returns are derived from the equity curve when not given, and sections
/// without data (benchmark, IC, quantiles, trades) are left out. Nothing time-dependent is embedded unless
/// <see cref="GeneratedAt"/> is set, so the same input renders to the same bytes.
/// </summary>
public sealed record TearsheetInput
{
    /// <summary>The page title.</summary>
    public required string Title { get; init; }
    /// <summary>The strategy's name for the header; null leaves it out.</summary>
    public string? StrategyName { get; init; }
    /// <summary>Shown in the header when set; left null the page carries no wall-clock time (reproducible bytes).</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>Strategy parameters in the order to show them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];
    /// <summary>The input files behind the run, with row counts, date ranges and SHA-256 hashes.</summary>
    public IReadOnlyList<DataProvenance> Provenance { get; init; } = [];
    /// <summary>Headline statistics in the order to show them; the first six also form the summary strip.</summary>
    public IReadOnlyList<TearsheetStat> Stats { get; init; } = [];
    /// <summary>The benchmark's statistics, shown beside the strategy's where the names match.</summary>
    public IReadOnlyList<TearsheetStat> BenchmarkStats { get; init; } = [];

    /// <summary>Trading days of the equity curve, ascending.</summary>
    public required DateOnly[] Dates { get; init; }
    /// <summary>Equity at each close, in currency units, aligned with <see cref="Dates"/>.</summary>
    public required double[] Equity { get; init; }
    /// <summary>Benchmark equity on the same dates (rescaled on the chart to start at the strategy's capital).</summary>
    public double[]? BenchmarkEquity { get; init; }
    /// <summary>The benchmark's name in the legend and the statistics table.</summary>
    public string BenchmarkName { get; init; } = "Benchmark";
    /// <summary>Drawdown fractions (0 or below); computed from <see cref="Equity"/> when null.</summary>
    public double[]? Drawdown { get; init; }
    /// <summary>Rolling annualised Sharpe; computed from <see cref="Equity"/> over <see cref="RollingSharpeWindow"/> days when null.</summary>
    public double[]? RollingSharpe { get; init; }
    /// <summary>The window of <see cref="RollingSharpe"/> in trading days (given or computed), named on the chart.</summary>
    public int RollingSharpeWindow { get; init; } = 126;
    /// <summary>Year × month returns; computed from <see cref="Equity"/> when null.</summary>
    public MonthlyReturns? MonthlyReturns { get; init; }

    /// <summary>The round trips for the trade log; empty leaves the log out.</summary>
    public IReadOnlyList<Trade> Trades { get; init; } = [];
    /// <summary>How many trades to list from each end of the trade log (the rest are counted, not listed).</summary>
    public int TradesShown { get; init; } = 10;

    /// <summary>Mean IC by forward horizon; null leaves the IC section out.</summary>
    public IcByHorizon? InformationCoefficient { get; init; }
    /// <summary>Mean forward return by signal quantile; null leaves the quantile section out.</summary>
    public QuantileReturnSummary? QuantileReturns { get; init; }
    /// <summary>Further charts (a parameter sweep heatmap, a candlestick with news) shown after the standard ones.</summary>
    public IReadOnlyList<Figure> ExtraFigures { get; init; } = [];
    /// <summary>Research sections (data counts, coverage, benchmark, …) shown after the charts, in order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; init; } = [];

    /// <summary>
    /// Cards shown after the headline statistics' cards (e.g. the net figure at the study's capital under realistic
    /// costs, beside the headline figures under the simple model).
    /// </summary>
    public IReadOnlyList<TearsheetStat> ExtraKpis { get; init; } = [];

    /// <summary>The health checks, shown first on the page (before the headline cards); null = none.</summary>
    public ReportSection? Health { get; init; }

    /// <summary>A line under the headline cards saying which cost model each card uses; null = none.</summary>
    public string? KpiNote { get; init; }

    /// <summary>Costs, fill timing and the point-in-time rule; items left null are flagged "not stated" on the page.</summary>
    public TearsheetAssumptions Assumptions { get; init; } = new();
}
