using Signals.Analytics;
using Signals.Analytics.EventStudies;
using Signals.Analytics.Protocols;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;
using Signals.Workflows.Health;

namespace Signals.Workflows;

/// <summary>
/// Everything a study computed: the figures, the scorer's identity, the inputs' accounting and the health checks.
/// A plain result, no report: <see cref="StudyReport.Of"/> turns it into the tearsheet and study.json, the CLI's
/// summary reads it directly, and comparisons and sweeps read their figures without reporting at all.
/// </summary>
/// <param name="Scores">The scorer's results, one per headline (empty when the scores came from a file).</param>
/// <param name="Signal">The window's daily signal, by decision day and traded symbol.</param>
/// <param name="Backtest">The strategy's share-level backtest over the window, under <see cref="SentimentStudyOptions.Backtest"/>'s costs.</param>
/// <param name="Benchmark">The benchmark's buy-and-hold over the same window and costs.</param>
/// <param name="Stats">The strategy's statistics (beta and alpha against the benchmark).</param>
/// <param name="BenchmarkStats">The benchmark's statistics.</param>
/// <param name="Ic">Rank IC of the signal at each horizon of <see cref="SentimentStudyOptions.IcHorizons"/>.</param>
/// <param name="Quantiles">Mean next-day return by signal quantile.</param>
public sealed record SentimentStudyResult(
    IReadOnlyList<SentimentResult> Scores,
    Panel Signal,
    BacktestResult Backtest,
    BacktestResult Benchmark,
    PerformanceStats Stats,
    PerformanceStats BenchmarkStats,
    IcAnalysis Ic,
    QuantileReturns Quantiles)
{
    /// <summary>The scorer's name (its identity in reports and comparisons), or "scores file" when the scores were read.</summary>
    public required string ScorerName { get; init; }
    /// <summary>The options the study ran with.</summary>
    public required SentimentStudyOptions Options { get; init; }
    /// <summary>The data the study read (prices, provenance, the loaders' information).</summary>
    public required StudyData Data { get; init; }
    /// <summary>Headlines whose score failed or was excluded: <see cref="StudyDataCounts.FailedScores"/>, the one count.</summary>
    public int FailedScores => Counts.FailedScores;
    /// <summary>Scores answered from the cache.</summary>
    public int CachedScores => Scores.Count(s => s.Cached);
    /// <summary>The strategy traded (its name and parameters go to the run folder).</summary>
    public required Strategy Strategy { get; init; }
    /// <summary>The benchmark's name as reports print it.</summary>
    public required string BenchmarkName { get; init; }
    /// <summary>The strategy against the benchmark: alpha, beta, tracking error, information ratio.</summary>
    public required BenchmarkComparison Comparison { get; init; }
    /// <summary>Names with a live signal per day of the window.</summary>
    public required double[] Coverage { get; init; }
    /// <summary>Window days on which the book could not be built: fewer live names than two sides of the minimum.</summary>
    public required int DaysTooThinToTrade { get; init; }
    /// <summary>How every headline was used or why not.</summary>
    public required StudyDataCounts Counts { get; init; }
    /// <summary>The news the study read.</summary>
    public required IReadOnlyList<NewsItem> News { get; init; }
    /// <summary>Those of its headlines that carry a usable score.</summary>
    public required IReadOnlyList<ScoredHeadline> Headlines { get; init; }
    /// <summary>The news loader's counts, when the news came through it.</summary>
    public NewsLoad? NewsLoad { get; init; }
    /// <summary>How the prices were loaded, when the study was given the loader's report.</summary>
    public PriceLoad? PriceLoad { get; init; }
    /// <summary>Set when the news was studied as one series through time (<see cref="MarketNewsStudy"/>): then no long-short was run and <see cref="Backtest"/> is the timing strategy.</summary>
    public MarketNewsStudyResult? TimeSeries { get; init; }
    /// <summary>The trials recorded for this study and its Deflated Sharpe (null without <see cref="SentimentStudyOptions.TrialsLog"/>).</summary>
    public Trials.StudyTrials? Trials { get; init; }
    /// <summary>The look-ahead audit (null without <see cref="SentimentStudyOptions.LookAheadAudit"/>).</summary>
    public LookAhead.LookAheadAuditResult? LookAhead { get; init; }
    /// <summary>What happened to prices around the headlines: cumulative abnormal returns by sentiment bucket.</summary>
    public EventStudyResult? EventStudy { get; init; }
    /// <summary>The Lopez-Lira &amp; Tang protocol on the study's window (<see cref="Analytics.Protocols"/>).</summary>
    public LopezLiraTangResult? LopezLiraTang { get; init; }
    /// <summary>The Kirtac &amp; Germano protocol on the study's window.</summary>
    public KirtacGermanoResult? KirtacGermano { get; init; }
    /// <summary>The factor tearsheet, risk portfolios and costs of the study's signal (null when <see cref="StudyResearchOptions.Enabled"/> is off).</summary>
    public StudyResearchResult? Research { get; init; }
    /// <summary>A warning for each LLM whose training cut-off does not precede the headlines it scored.</summary>
    public IReadOnlyList<string> LookAheadWarnings { get; init; } = [];
    /// <summary>The health checks, in report order (see <see cref="StudyHealth"/>); the CLI prints every one that is not ok.</summary>
    public IReadOnlyList<HealthCheck> Health { get; init; } = [];
}
