using Signals.Analytics;
using Signals.Analytics.EventStudies;
using Signals.Analytics.Protocols;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Reporting;
using Signals.Sentiment;

namespace Signals.Workflows;

/// <summary>The stages of a <see cref="SentimentStudy"/>, for progress displays.</summary>
public enum StudyStage { Scoring, Signal, Backtest, Analytics, Done }

/// <summary>Where a study is: the stage, and within scoring how many headlines are done.</summary>
public readonly record struct StudyProgress(StudyStage Stage, ScoringProgress Scoring = default);

/// <summary>The knobs of a sentiment study. Costs are on by default; so is the staleness rule.</summary>
public sealed record SentimentStudyOptions
{
    /// <summary>Half-life, in trading days, of the decay that carries a headline's score forward.</summary>
    public double HalfLifeDays { get; init; } = 3;

    /// <summary>
    /// A name's sentiment expires after this many trading days without a new headline (then it holds nothing);
    /// null keeps it for ever. The default, 10 days (two weeks), is where the 3-day half-life has already cut a
    /// headline's weight to a tenth (0.5^(10/3) ≈ 0.10): past it the "signal" is an old headline's echo.
    /// </summary>
    public int? MaxAgeDays { get; init; } = DefaultMaxAgeDays;
    public const int DefaultMaxAgeDays = 10;

    /// <summary>Fraction of the universe held long, and the same fraction short, each day (sentiment-longshort).</summary>
    public double Quantile { get; init; } = 0.2;

    /// <summary>The strategy by its <see cref="StrategyRegistry"/> name: sentiment-longshort or sentiment-threshold.</summary>
    public string Strategy { get; init; } = "sentiment-longshort";

    /// <summary>Thresholds, shorting and the per-side minimum; <see cref="Quantile"/> and the leverage come from this record's own fields.</summary>
    public StrategySettings StrategySettings { get; init; } = new();

    public UniverseRules Universe { get; init; } = new();

    /// <summary>First and last day of the backtest and of every statistic; null: where both news and prices exist.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>A symbol of the price data to compare against (it is then not traded); null: the equal-weight universe.</summary>
    public string? BenchmarkSymbol { get; init; }

    /// <summary>With close fills: news before this New York time counts for that day's close.</summary>
    public TimeOnly? CloseCutoff { get; init; }

    public BacktestOptions Backtest { get; init; } = new() { Sizing = Sizing.Fractional };
    public IReadOnlyList<int> IcHorizons { get; init; } = InformationCoefficient.DefaultHorizons;

    /// <summary>The factor tearsheet, risk portfolios and realistic costs sections (on by default, costs included).</summary>
    public StudyResearchOptions Research { get; init; } = new();

    /// <summary>The trials file this run is recorded in (issue 23); null records nothing and the report has no trials section.</summary>
    public string? TrialsLog { get; init; }

    /// <summary>Audit the LLM's own look-ahead (issue 23): named against anonymised headlines either side of its cut-off; null: no audit.</summary>
    public LookAhead.LookAheadAuditRequest? LookAheadAudit { get; init; }
}

/// <summary>What a study reads: prices, news, and optionally scores already made and the loaders' counts.</summary>
public sealed record StudyData(BarPanel Prices, IReadOnlyList<NewsItem> News)
{
    /// <summary>The news loader's counts (rows read, skipped, duplicates), shown in the report's data section.</summary>
    public NewsLoad? NewsLoad { get; init; }
    /// <summary>Scores read from a file; when set, no scorer runs.</summary>
    public IReadOnlyList<ScoredHeadline>? Scores { get; init; }
    /// <summary>Rows of the scores file left out as failed.</summary>
    public int ScoresExcluded { get; init; }
    public IReadOnlyList<DataProvenance> Provenance { get; init; } = [];
    /// <summary>Sector by symbol (e.g. from <see cref="UniverseCsv.Load"/> of the sample's universe.csv): sector-neutral portfolios and IC by sector; null = none known.</summary>
    public IReadOnlyDictionary<string, string>? Sectors { get; init; }
    /// <summary>Half the quoted spread in bps by day and symbol, for the cost section; null = the cost model's flat half-spread.</summary>
    public Panel? HalfSpreadBps { get; init; }

    /// <summary>
    /// The study's data with what a universe file knows: sectors (when it has a sector column) and quoted half-spreads
    /// (when it has a half_spread_bps column), laid out on these prices.
    /// </summary>
    public StudyData WithUniverse(UniverseTable universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        return this with
        {
            Sectors = universe.SectorBySymbol(),
            HalfSpreadBps = universe.HasHalfSpreads ? universe.HalfSpreadBps(Prices) : null,
        };
    }
}

/// <summary>How the news met the prices: every headline is accounted for.</summary>
public sealed record StudyDataCounts(
    int Headlines, int Scored, int FailedScores, int UnmatchedTicker, int OutsidePriceSpan, int OutsideWindow, int Used,
    IReadOnlyList<string> UnmatchedTickers);

/// <summary>Everything a study produced, from scores to the report's sections.</summary>
public sealed record SentimentStudyResult(
    IReadOnlyList<SentimentResult> Scores,
    Panel Signal,
    BacktestResult Backtest,
    BacktestResult Benchmark,
    PerformanceStats Stats,
    PerformanceStats BenchmarkStats,
    IcAnalysis Ic,
    QuantileReturns Quantiles,
    TearsheetInput Tearsheet)
{
    public int FailedScores => Scores.Count(s => s.Status != ScoreStatus.Ok);
    public int CachedScores => Scores.Count(s => s.Cached);
    /// <summary>The strategy traded (its name and parameters go to the run folder).</summary>
    public required Strategy Strategy { get; init; }
    public required string BenchmarkName { get; init; }
    public required BenchmarkComparison Comparison { get; init; }
    /// <summary>Names with a live signal per day of the window.</summary>
    public required double[] Coverage { get; init; }
    public required StudyDataCounts Counts { get; init; }
    /// <summary>The news the study read, and those of its headlines that carry a usable score.</summary>
    public required IReadOnlyList<NewsItem> News { get; init; }
    public required IReadOnlyList<ScoredHeadline> Headlines { get; init; }
    public NewsLoad? NewsLoad { get; init; }
    /// <summary>What happened to prices around the headlines: cumulative abnormal returns by sentiment bucket.</summary>
    public EventStudyResult? EventStudy { get; init; }
    /// <summary>The two papers' protocols on the study's window (<see cref="Analytics.Protocols"/>).</summary>
    public LopezLiraTangResult? LopezLiraTang { get; init; }
    public KirtacGermanoResult? KirtacGermano { get; init; }
    /// <summary>The factor tearsheet, risk portfolios and costs of the study's signal (null when <see cref="StudyResearchOptions.Enabled"/> is off).</summary>
    public StudyResearchResult? Research { get; init; }
    /// <summary>The trials recorded for this study and its Deflated Sharpe (null without <see cref="SentimentStudyOptions.TrialsLog"/>).</summary>
    public Trials.StudyTrials? Trials { get; init; }
    /// <summary>The look-ahead audit (null without <see cref="SentimentStudyOptions.LookAheadAudit"/>).</summary>
    public LookAhead.LookAheadAuditResult? LookAhead { get; init; }
    /// <summary>The report's research sections in order; study.json holds each one's data under its id.</summary>
    public IReadOnlyList<ReportSection> Sections => Tearsheet.Sections;
}
