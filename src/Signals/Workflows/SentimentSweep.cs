using System.Globalization;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;

namespace Signals.Workflows;

/// <summary>
/// `signals sweep`: the study's inputs (loaded prices and news, a scorer) swept over half-life × quantile with the
/// fast long-short kernel — the daily mean headline score per name, decayed (the study's signal without its max-age
/// expiry and universe filter), traded with costs over the whole price history — for the whole grid or one shard.
/// The result is a <see cref="LongShortSweepFile"/> whose header records the grid, the inputs' SHA-256 and every
/// setting, so shards run on different machines merge only when they ran the same sweep.
/// </summary>
public static class SentimentSweep
{
    /// <param name="prices">The loaded prices (at least two symbols: the sweep ranks names against each other).</param>
    /// <param name="news">The loaded headlines.</param>
    /// <param name="scorer">Scores the headlines (behind its cache, as in a study).</param>
    /// <param name="halfLivesDays">The half-life axis, trading days.</param>
    /// <param name="quantiles">The quantile axis, each in (0, 0.5].</param>
    /// <param name="options">Costs, fill and sizing of every configuration.</param>
    /// <param name="closeCutoff">With a close fill: news before this New York time counts for that close.</param>
    /// <param name="shard">Only the configurations of this shard; null for the whole grid.</param>
    /// <param name="scoringProgress">Scoring progress, as the scorer reports it.</param>
    /// <param name="maxDegreeOfParallelism">Sweep workers; 0 = every core.</param>
    /// <param name="cancellationToken">Stops scoring and the sweep.</param>
    public static async Task<LongShortSweepFile> RunAsync(
        PriceLoad prices,
        NewsLoad news,
        ISentimentScorer scorer,
        IReadOnlyList<double> halfLivesDays,
        IReadOnlyList<double> quantiles,
        BacktestOptions options,
        TimeOnly? closeCutoff = null,
        BatchShard? shard = null,
        IProgress<ScoringProgress>? scoringProgress = null,
        int maxDegreeOfParallelism = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(halfLivesDays);
        ArgumentNullException.ThrowIfNull(quantiles);
        ArgumentNullException.ThrowIfNull(options);
        if (halfLivesDays.Count == 0 || halfLivesDays.Any(h => !(h > 0) || !double.IsFinite(h))) throw new ArgumentException("the half-lives must be positive numbers of trading days, at least one");
        if (quantiles.Count == 0 || quantiles.Any(q => !(q > 0 && q <= 0.5))) throw new ArgumentException("the quantiles must each be in (0, 0.5], at least one");
        var panel = prices.Panel;
        if (panel.SymbolCount < 2) throw new ArgumentException("a long-short sweep ranks symbols against each other: it needs prices for several symbols");

        var scores = await scorer.ScoreAsync(news.Items, scoringProgress, cancellationToken);
        StudyPreflight.EnsureSomeScored(scorer, scores);
        var headlines = ScoredHeadline.Join(news.Items, scores);
        var timing = FillDecisionTiming.Of(options.Fill);
        var signal = DailySentiment.Build(headlines, panel.Dates, panel.Symbols, timing, closeCutoff).DecayingMean();
        var grid = ParameterSweep.Grid(halfLivesDays, quantiles);
        var result = shard is { } s
            ? SweepShards.LongShort(panel, signal, grid, options, s, maxDegreeOfParallelism, cancellationToken)
            : LongShortSweep.Run(panel, signal, grid, options, null, maxDegreeOfParallelism, cancellationToken);

        var header = new LongShortSweepHeader
        {
            HalfLivesDays = [.. halfLivesDays],
            Quantiles = [.. quantiles],
            FirstDate = panel.Dates[0],
            LastDate = panel.Dates[^1],
            Inputs = [new("prices", prices.Sha256()), new("news", FileHash.Of(news.File))],
            Settings = Settings(scorer.Name, options, timing, closeCutoff),
            Shard = shard,
        };
        return new LongShortSweepFile(header, result);
    }

    /// <summary>Every setting a configuration's returns depend on, as the header records them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Settings(string scorerName, BacktestOptions options, DecisionTiming timing, TimeOnly? closeCutoff)
    {
        ArgumentNullException.ThrowIfNull(options);
        static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        return
        [
            new("signal", "decaying daily mean of headline scores"),
            new("scorer", scorerName),
            new("timing", timing.ToString().ToLowerInvariant()),
            new("closeCutoff", closeCutoff?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "none"),
            new("fill", options.Fill.ToString()),
            new("sizing", options.Sizing.ToString()),
            new("initialCash", N(options.InitialCash)),
            new("commissionBps", N(options.Costs.CommissionBps)),
            new("commissionPerShare", N(options.Costs.CommissionPerShare)),
            new("slippageBps", N(options.Costs.SlippageBps)),
            new("borrowBpsPerYear", N(options.Costs.BorrowBpsPerYear)),
            new("maxWeight", N(options.MaxWeight)),
            new("maxGrossLeverage", N(options.MaxGrossLeverage)),
            new("longOnly", options.LongOnly ? "true" : "false"),
            new("periodsPerYear", options.PeriodsPerYear.ToString(CultureInfo.InvariantCulture)),
        ];
    }
}
