using Signals.Analytics;
using Signals.Analytics.EventStudies;
using Signals.Analytics.Protocols;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;
using Signals.Reporting;
using Signals.Sentiment;

namespace Signals.Workflows;

/// <summary>
/// The research loop of the kit in one call, on any prices and news: score headlines, align them point-in-time to
/// the next open they can affect, decay them into a daily signal that expires when news stops, filter the universe,
/// trade the strategy with costs over the window where news and prices both exist, compare it with a benchmark,
/// and measure IC, quantile returns and coverage. `signals study`, `signals demo` and the notebooks run exactly this.
/// </summary>
public static class SentimentStudy
{
    public const string PointInTimeRule =
        "A headline counts from the first session open after it was published (New York time; before 09:30 on a " +
        "trading day: that day's open; later, on weekends and holidays: the next trading day's open). Orders decided " +
        "on that information fill at the next open; nothing published at or after a decision is visible to it.";

    public static Task<SentimentStudyResult> RunAsync(
        BarPanel prices,
        IReadOnlyList<NewsItem> news,
        ISentimentScorer scorer,
        SentimentStudyOptions? options = null,
        IProgress<StudyProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(new StudyData(prices, news), scorer, options, progress, cancellationToken);

    /// <param name="scorer">Scores the news; may be null when <see cref="StudyData.Scores"/> holds scores already.</param>
    public static async Task<SentimentStudyResult> RunAsync(
        StudyData data,
        ISentimentScorer? scorer,
        SentimentStudyOptions? options = null,
        IProgress<StudyProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new SentimentStudyOptions();
        if (!StrategyRegistry.NeedsSignal(options.Strategy))
            throw new ArgumentException($"a study trades a sentiment signal: --strategy must be one of {string.Join(", ", StrategyRegistry.SignalNames)}");
        var news = data.News;
        IReadOnlyList<SentimentResult> scores = [];
        IReadOnlyList<ScoredHeadline> headlines;
        string scorerName;
        progress?.Report(new StudyProgress(StudyStage.Scoring, new ScoringProgress(0, news.Count)));
        if (data.Scores is { } given)
        {
            headlines = given;
            scorerName = "scores file";
        }
        else
        {
            if (scorer is null) throw new ArgumentException("give a scorer, or scores in the study data");
            var scoringProgress = progress is null ? null : new SyncProgress<ScoringProgress>(p => progress.Report(new StudyProgress(StudyStage.Scoring, p)));
            scores = await scorer.ScoreAsync(news, scoringProgress, cancellationToken);
            headlines = ScoredHeadline.Join(news, scores);
            scorerName = scorer.Name;
        }

        progress?.Report(new StudyProgress(StudyStage.Signal));
        var universe = Universe.Split(data.Prices, options.BenchmarkSymbol);
        var prices = universe.Traded;
        if (options.Strategy == "sentiment-longshort" && prices.SymbolCount < 2)
            throw new ArgumentException("A long-short study ranks symbols against each other: it needs prices for several symbols.");
        var timing = options.Backtest.Fill == FillTiming.Close ? DecisionTiming.Close : DecisionTiming.Open;
        var traded = new HashSet<string>(prices.Symbols, StringComparer.Ordinal);
        var matched = headlines.Where(h => h.Symbols.Any(traded.Contains)).ToList();
        var daily = DailySentiment.Build(matched, prices.Dates, prices.Symbols, timing, options.CloseCutoff);
        var signal = daily.DecayedMean(options.HalfLifeDays);
        if (options.MaxAgeDays is int maxAge) signal = SignalStaleness.Expire(signal, daily.Count, maxAge);
        signal = UniverseFilter.Apply(signal, prices, options.Universe);

        var (start, count) = StudyWindow.Resolve(prices.Dates, daily.Count, options.From, options.To);
        var windowPrices = prices.Slice(start, count);
        var windowSignal = signal.Slice(start, count);
        var windowBenchmark = universe.Benchmark?.Slice(start, count) ?? windowPrices;

        progress?.Report(new StudyProgress(StudyStage.Backtest));
        var settings = options.StrategySettings with { Quantile = options.Quantile, GrossLeverage = options.Backtest.MaxGrossLeverage };
        var strategy = StrategyRegistry.Create(options.Strategy, settings, windowPrices.SymbolCount, windowSignal, timing);
        var backtest = Backtester.Run(windowPrices, strategy, options.Backtest);
        var benchmark = Backtester.Run(windowBenchmark, new BuyAndHold(), options.Backtest);
        string benchmarkName = options.BenchmarkSymbol is { } b ? $"{b} buy-and-hold" : "equal-weight buy-and-hold";

        progress?.Report(new StudyProgress(StudyStage.Analytics));
        var stats = PerformanceStats.Of(backtest, benchmark.Equity);
        var benchmarkStats = PerformanceStats.Of(benchmark);
        var comparison = BenchmarkComparison.OfEquity(backtest.Equity, benchmark.Equity, options.Backtest.PeriodsPerYear);
        // Measure the signal's returns from where the backtest fills it, not a bar later.
        var basis = ForwardReturns.BasisFor(timing, options.Backtest.Fill);
        var ic = InformationCoefficient.Of(windowSignal, windowPrices, options.IcHorizons, basis);
        var quantiles = QuantileReturns.Compute(windowSignal, ForwardReturns.Compute(windowPrices, 1, basis));
        var coverage = SignalStaleness.Coverage(windowSignal);

        int usedInWindow = 0, outsideWindow = 0;
        for (int d = 0; d < daily.Count.DayCount; d++)
        {
            int n = 0;
            foreach (double c in daily.Count.Row(d)) n += (int)c;
            if (d >= start && d < start + count) usedInWindow += n; else outsideWindow += n;
        }
        var unmatchedTickers = headlines.Where(h => !h.Symbols.Any(traded.Contains)).SelectMany(h => h.Symbols).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var counts = new StudyDataCounts(
            Headlines: news.Count,
            Scored: headlines.Count,
            FailedScores: data.Scores is null ? scores.Count(s => !(s.Status == ScoreStatus.Ok && double.IsFinite(s.Score))) : data.ScoresExcluded,
            UnmatchedTicker: headlines.Count - matched.Count,
            OutsidePriceSpan: daily.Dropped,
            OutsideWindow: outsideWindow,
            Used: usedInWindow,
            UnmatchedTickers: unmatchedTickers);

        // The research sections read the scored headlines of the traded names against the window's prices; each places
        // a headline at its own point in time (the event study and Lopez-Lira & Tang at the decision open, Kirtac &
        // Germano by their timing rule), so nothing here sees a price before the news could have been known.
        var eventStudy = EventStudy.Run(windowPrices, matched, new EventStudyOptions { Timing = timing });
        var lopezLiraTang = LopezLiraTang.Run(windowPrices, matched, new LopezLiraTangOptions());
        var kirtacGermano = KirtacGermano.Run(windowPrices, matched, new KirtacGermanoOptions());
        var research = options.Research.Enabled
            ? StudyResearch.Run(windowPrices, windowSignal, timing, options.Backtest.Fill, options, data.Sectors, data.HalfSpreadBps)
            : null;

        var result = new SentimentStudyResult(scores, windowSignal, backtest, benchmark, stats, benchmarkStats, ic, quantiles, null!)
        {
            Strategy = strategy,
            BenchmarkName = benchmarkName,
            Comparison = comparison,
            Coverage = coverage,
            Counts = counts,
            News = news,
            Headlines = headlines,
            NewsLoad = data.NewsLoad,
            EventStudy = eventStudy,
            LopezLiraTang = lopezLiraTang,
            KirtacGermano = kirtacGermano,
            Research = research,
            Trials = options.TrialsLog is { } log ? Trials.StudyTrials.Record(log, Trials.StudyTrials.Describe(scorerName, scores, options,
                windowPrices.Dates[0], windowPrices.Dates[^1], data), backtest, stats.Sharpe, DateTimeOffset.UtcNow) : null,
            LookAhead = options.LookAheadAudit is { } audit ? await LookAhead.LookAheadAudit.RunForStudyAsync(audit, data, scores, scorerName, options, cancellationToken) : null,
        };
        result = result with { Tearsheet = StudyReport.Tearsheet(result, data, options, scorerName) };
        progress?.Report(new StudyProgress(StudyStage.Done));
        return result;
    }

    /// <summary>Reports on the caller's thread at once: <see cref="Progress{T}"/> would post to the thread pool and reorder reports.</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>The traded panel and, when a benchmark symbol is named, that symbol's own one-column panel.</summary>
    private sealed record Universe(BarPanel Traded, BarPanel? Benchmark)
    {
        public static Universe Split(BarPanel prices, string? benchmarkSymbol)
        {
            if (benchmarkSymbol is null) return new Universe(prices, null);
            int b = Array.IndexOf(prices.Symbols, benchmarkSymbol);
            if (b < 0) throw new ArgumentException($"benchmark '{benchmarkSymbol}' is not among the price symbols (add its prices, or use equal-weight)");
            var rest = Enumerable.Range(0, prices.SymbolCount).Where(s => s != b).ToArray();
            return new Universe(prices.Select(rest), prices.Select([b]));
        }
    }
}
