using Signals.Analytics;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;

namespace Signals.Workflows;

/// <summary>
/// The knobs of a sentiment study. Costs are on by default; so is the staleness rule. The kit's defaults live here
/// once: <see cref="Study"/> (what <c>signals study</c> and <c>new SentimentStudyOptions()</c> use) and
/// <see cref="Demo"/> (what <c>signals demo</c> uses on the sample data); the CLI and notebooks start from one of
/// them and change only what the user asked for.
/// </summary>
public sealed record SentimentStudyOptions
{
    /// <summary>The fewest names a side of the long-short in <see cref="Study"/>: fewer, and the book is flat that day.</summary>
    public const int DefaultMinNamesPerSide = 3;

    /// <summary>
    /// The study defaults, for data the kit has not seen: decay half-life 3 days, expiry after
    /// <see cref="DefaultMaxAgeDays"/> days without news, long and short the top and bottom 20 % with at least
    /// <see cref="DefaultMinNamesPerSide"/> names a side, fractional sizing, costs on, research sections on.
    /// </summary>
    public static SentimentStudyOptions Study { get; } = new();

    /// <summary>
    /// The demo's settings on the shipped sample: its news is dense and its documented figures (README) were measured
    /// without expiry, with one name a side at least, no universe filter, over every price day (its news spans them all).
    /// </summary>
    public static SentimentStudyOptions Demo { get; } = new()
    {
        MaxAgeDays = null,
        StrategySettings = new StrategySettings { MinNamesPerSide = 1 },
    };

    /// <summary>Half-life, in trading days, of the decay that carries a headline's score forward.</summary>
    public double HalfLifeDays { get; init; } = 3;

    /// <summary>
    /// A name's sentiment expires after this many trading days without a new headline (then it holds nothing);
    /// null keeps it for ever. The default, 10 days (two weeks), is where the 3-day half-life has already cut a
    /// headline's weight to a tenth (0.5^(10/3) ≈ 0.10): past it the "signal" is an old headline's echo.
    /// </summary>
    public int? MaxAgeDays { get; init; } = DefaultMaxAgeDays;

    /// <summary>The default of <see cref="MaxAgeDays"/>: two weeks of trading days.</summary>
    public const int DefaultMaxAgeDays = 10;

    /// <summary>The strategy by its <see cref="StrategyRegistry"/> name: sentiment-longshort or sentiment-threshold.</summary>
    public string Strategy { get; init; } = "sentiment-longshort";

    /// <summary>
    /// The strategy's own settings, and the one place for them: the long-short's <see cref="StrategySettings.Quantile"/>
    /// (fraction of the universe held long, and the same fraction short), its <see cref="StrategySettings.GrossLeverage"/>,
    /// the per-side minimum and the threshold strategy's thresholds. <see cref="BacktestOptions.MaxGrossLeverage"/> is
    /// only the backtester's cap on top of it.
    /// </summary>
    public StrategySettings StrategySettings { get; init; } = new() { MinNamesPerSide = DefaultMinNamesPerSide };

    /// <summary>Which names may trade each day (price, history and dollar-volume floors known at the previous close).</summary>
    public UniverseRules Universe { get; init; } = new();

    /// <summary>First day of the backtest and of every statistic; null: where both news and prices exist.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the backtest and of every statistic; null: where both news and prices exist.</summary>
    public DateOnly? To { get; init; }

    /// <summary>A symbol of the price data to compare against (it is then not traded); null: the equal-weight universe.</summary>
    public string? BenchmarkSymbol { get; init; }

    /// <summary>With close fills: news before this New York time counts for that day's close.</summary>
    public TimeOnly? CloseCutoff { get; init; }

    /// <summary>Fill timing, sizing and the headline cost model of the share-level backtest.</summary>
    public BacktestOptions Backtest { get; init; } = new() { Sizing = Sizing.Fractional };

    /// <summary>Forward horizons, in trading days, of the information coefficient.</summary>
    public IReadOnlyList<int> IcHorizons { get; init; } = InformationCoefficient.DefaultHorizons;

    /// <summary>The factor tearsheet, risk portfolios and realistic costs sections (on by default, costs included).</summary>
    public StudyResearchOptions Research { get; init; } = new();

    /// <summary>Thresholds of the health checks at the top of the report.</summary>
    public Health.HealthThresholds Health { get; init; } = new();
    /// <summary>Treat every headline as market news: a time-series study (<see cref="MarketNewsStudy"/>) instead of a long-short.</summary>
    public bool MarketNews { get; init; }
    /// <summary>How a time-series study (market news, or news on one name) times its benchmark.</summary>
    public TimeSeriesStudyOptions TimeSeries { get; init; } = new();
    /// <summary>The trials file this run is recorded in; null records nothing and the report has no trials section.</summary>
    public string? TrialsLog { get; init; }
    /// <summary>Audit the LLM's own look-ahead: named against anonymised headlines either side of its cut-off; null: no audit.</summary>
    public LookAhead.LookAheadAuditRequest? LookAheadAudit { get; init; }
    /// <summary>
    /// Keep the long-short and benchmark backtests' day × symbol position and weight panels (and the strategy's decided
    /// targets) in the result. Off by default: no section reads them, and at 2,000 names × 20 years each is 80 MB held
    /// through the research stage; without them the result's panels have the symbols and no days.
    /// </summary>
    public bool KeepBacktestPanels { get; init; }

    /// <summary>
    /// Once the news is scored, let a <see cref="NewsTable"/>'s headline text go (<see cref="NewsTable.ReleaseHeadlineText"/>;
    /// ≈ 75 bytes a headline) unless a trials log or a look-ahead audit will read it later in the study. For a caller
    /// that reads no headline text after the study, as `signals study` does; off by default, because a notebook may.
    /// </summary>
    public bool ReleaseNewsText { get; init; }

    /// <summary>
    /// The most matched headlines for which the event study, Lopez-Lira &amp; Tang and Kirtac &amp; Germano run side by side;
    /// past it they run one after another (each holds working arrays per headline: side by side, a whole market's
    /// 15 M headlines hold all three sets at once). The results are the same either way.
    /// </summary>
    internal int SectionsSideBySideMaxHeadlines { get; init; } = 4_000_000;
}
