using Signals.Analytics;
using Signals.Analytics.EventStudies;
using Signals.Analytics.Protocols;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;
using Signals.Workflows.Health;

namespace Signals.Workflows;

/// <summary>
/// The research loop of the kit in one call, on any prices and news: score headlines, align them point-in-time to
/// the next open they can affect, decay them into a daily signal that expires when news stops, filter the universe,
/// trade the strategy with costs over the window where news and prices both exist, compare it with a benchmark,
/// and measure IC, quantile returns, coverage and the health checks. `signals study`, `signals demo` and
/// `sentiment compare` run exactly this; notebooks 04 and 07 take the same steps one library call at a time to show each. The result is plain figures: <see cref="StudyReport.Of"/> makes the report
/// and study.json from it.
/// </summary>
public static class SentimentStudy
{
    /// <summary>The study's quantile-return section splits each day's names into this many buckets.</summary>
    private const int StudyQuantiles = 5;

    /// <summary>When a headline can first affect a trade, in words (the report prints it).</summary>
    public const string PointInTimeRule =
        "A headline counts from the first session open after it was published (New York time; before 09:30 on a " +
        "trading day: that day's open; later, on weekends and holidays: the next trading day's open). Orders decided " +
        "on that information fill at the next open; nothing published at or after a decision is visible to it.";

    /// <summary>The study on prices and news with a scorer (see the <see cref="StudyData"/> overload).</summary>
    public static Task<SentimentStudyResult> RunAsync(
        BarPanel prices,
        IReadOnlyList<NewsItem> news,
        ISentimentScorer scorer,
        SentimentStudyOptions? options = null,
        IProgress<StudyProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(new StudyData(prices, news), scorer, options, progress, cancellationToken);

    /// <summary>Scores (or reads scores), builds the signal, trades it and measures everything; no report is built.</summary>
    /// <param name="data">Prices, news and what the loaders know.</param>
    /// <param name="scorer">Scores the news; may be null when <see cref="StudyData.Scores"/> holds scores already.</param>
    /// <param name="options">Null: <see cref="SentimentStudyOptions.Study"/>.</param>
    /// <param name="progress">Stage and scoring progress, reported on the caller's thread.</param>
    /// <param name="cancellationToken">Cancels scoring.</param>
    public static async Task<SentimentStudyResult> RunAsync(
        StudyData data,
        ISentimentScorer? scorer,
        SentimentStudyOptions? options = null,
        IProgress<StudyProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= SentimentStudyOptions.Study;
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
            StudyPreflight.EnsureSomeScored(scorer, scores);
            ReleaseNewsTextIfAsked(news, options);
            headlines = ScoredHeadline.Join(news, scores);
            scorerName = scorer.Name;
        }
        ReleaseNewsTextIfAsked(news, options);

        progress?.Report(new StudyProgress(StudyStage.Signal));
        StudyMemory.StageDone();
        // Market-level news (no symbols, declared, identical across names) or one name's news: a time-series study instead.
        var crossSection = new StudyCrossSection(data.Prices, headlines, options);
        if (MarketNewsStudy.RouteOf(crossSection, options) is { } route)
        {
            var timeSeries = MarketNewsStudy.Run(data, route, scores, headlines, scorerName, options);
            // A time-series study is a trial like any other, and its scorer's look-ahead is audited the same way.
            timeSeries = timeSeries with
            {
                Trials = options.TrialsLog is { } tsLog ? Trials.StudyTrials.Record(tsLog, Trials.StudyTrials.Describe(scorerName, scores, options,
                    timeSeries.Backtest.Dates[0], timeSeries.Backtest.Dates[^1], data), timeSeries.Backtest, timeSeries.Stats.Sharpe, DateTimeOffset.UtcNow) : null,
                LookAhead = options.LookAheadAudit is { } tsAudit ? await LookAhead.LookAheadAudit.RunForStudyAsync(tsAudit, data, scores, scorerName, options, cancellationToken) : null,
            };
            progress?.Report(new StudyProgress(StudyStage.Done));
            return timeSeries;
        }
        var universe = crossSection.Universe;
        var prices = universe.Traded;
        if (options.Strategy == "sentiment-longshort" && prices.SymbolCount < 2)
            throw new ArgumentException("A long-short study ranks symbols against each other: it needs prices for several symbols.");
        var timing = FillDecisionTiming.Of(options.Backtest.Fill);
        var traded = crossSection.TradedSymbols;
        var matched = crossSection.Matched;
        DailySentiment? daily = crossSection.Daily;
        // Routing has read the signal already; from here the study owns it and filters it in place.
        var signal = crossSection.Signal;
        UniverseFilter.ApplyInPlace(signal, prices, options.Universe);

        var (start, count) = StudyWindow.Resolve(prices.Dates, daily.Count, options.From, options.To);
        var (usedInWindow, outsideWindow) = HeadlinesInWindow(daily.Count, start, count);
        int outsidePriceSpan = daily.Dropped;
        // The daily sums and counts have given the signal, the window and the counts: let them go before the backtest
        // and research, the study's peak (the local and the cross-section both hold them).
        daily = null;
        crossSection.ReleaseDaily();
        StudyMemory.StageDone();
        // A window over every day is the panels themselves: a copy would hold the prices twice through the whole study
        // (nothing below writes to them).
        bool whole = start == 0 && count == prices.DayCount;
        var windowPrices = whole ? prices : prices.Slice(start, count);
        var windowSignal = whole ? signal : signal.Slice(start, count);
        var windowBenchmark = (whole ? universe.Benchmark : universe.Benchmark?.Slice(start, count)) ?? windowPrices;

        progress?.Report(new StudyProgress(StudyStage.Backtest));
        var strategy = StrategyRegistry.Create(options.Strategy, options.StrategySettings, windowPrices.SymbolCount, windowSignal, timing);
        // Nothing below reads the position and weight panels unless asked to keep them: then they are never recorded
        // (four day × symbol panels, a gigabyte at 5,000 names × 25 years).
        var backtest = Backtester.Run(windowPrices, strategy, options.Backtest, progress: null, recordPanels: options.KeepBacktestPanels);
        var benchmark = Backtester.Run(windowBenchmark, new BuyAndHold(), options.Backtest, progress: null, recordPanels: options.KeepBacktestPanels);
        StudyMemory.StageDone();
        string benchmarkName = options.BenchmarkSymbol is { } b ? $"{b} buy-and-hold" : "equal-weight buy-and-hold";

        progress?.Report(new StudyProgress(StudyStage.Analytics));
        var stats = PerformanceStats.Of(backtest, benchmark.Equity);
        var benchmarkStats = PerformanceStats.Of(benchmark);
        var comparison = BenchmarkComparison.OfEquity(backtest.Equity, benchmark.Equity, options.Backtest.PeriodsPerYear);
        // Measure the signal's returns from where the backtest fills it, not a bar later.
        var basis = ForwardReturns.BasisFor(timing, options.Backtest.Fill);
        var research = options.Research.Enabled
            ? StudyResearch.Run(windowPrices, windowSignal, timing, options.Backtest.Fill, options, data.Sectors, data.HalfSpreadBps,
                StudyResearch.LongShortWeights(strategy, windowSignal, timing, options.Backtest.Fill, options, take: !options.KeepBacktestPanels))
            : null;

        // gives InformationCoefficient.Series' numbers to the bit): its IC is the study's, computed once.
        var ic = research is not null
            ? new IcAnalysis(IcMethod.Spearman, basis, windowSignal.Dates, research.Tearsheet.Ic)
            : InformationCoefficient.Of(windowSignal, windowPrices, options.IcHorizons, basis);
        // Likewise the quintile returns, when the tearsheet splits into the study's five; another count ranks again.
        var quantiles = research?.Tearsheet.OneDayQuantiles is { Quantiles: StudyQuantiles } shared
            ? shared
            : QuantileReturns.Compute(windowSignal, ForwardReturns.Compute(windowPrices, 1, basis), StudyQuantiles);
        var coverage = SignalStaleness.Coverage(windowSignal);
        int minNames = options.Strategy == "sentiment-longshort" ? options.StrategySettings.MinNamesPerSide : 1;
        // Fewer live names than two sides of the minimum: the book cannot be built that day, whatever the quantile.
        int thinDays = coverage.Count(live => live < 2 * minNames);

        var unmatchedTickers = UnmatchedTickers(headlines, traded);
        var counts = new StudyDataCounts(
            Headlines: news.Count,
            Scored: headlines.Count,
            FailedScores: data.Scores is null ? FailedScores(scores) : data.ScoresExcluded,
            UnmatchedTicker: headlines.Count - matched.Count,
            OutsidePriceSpan: outsidePriceSpan,
            OutsideWindow: outsideWindow,
            Used: usedInWindow,
            UnmatchedTickers: unmatchedTickers);
        StudyMemory.StageDone();

        // The research sections read the scored headlines of the traded names against the window's prices; each places
        // a headline at its own point in time (the event study and Lopez-Lira & Tang at the decision open, Kirtac &
        // Germano by their timing rule), so nothing here sees a price before the news could have been known.
        // The three read the same prices and headlines and write nothing shared: run side by side, they take the time of
        // the longest on two cores, and each result is the one it computes alone. Each also holds working arrays sized by
        // the headlines while it runs, so past options.SectionsSideBySideMaxHeadlines they run one after
        // another, a full collection after each: a whole market's 15 M headlines would hold all three sets at once.
        EventStudyResult eventStudy = null!;
        LopezLiraTangResult lopezLiraTang = null!;
        KirtacGermanoResult kirtacGermano = null!;
        Action[] sections =
        [
            () => eventStudy = EventStudy.Run(windowPrices, matched, new EventStudyOptions { Timing = timing }),
            () => lopezLiraTang = LopezLiraTang.Run(windowPrices, matched, new LopezLiraTangOptions()),
            () => kirtacGermano = KirtacGermano.Run(windowPrices, matched, new KirtacGermanoOptions()),
        ];
        if (matched.Count <= options.SectionsSideBySideMaxHeadlines) SideBySide.Run(sections);
        else
        {
            foreach (var section in sections)
            {
                section();
                StudyMemory.StageDone();
            }
        }

        var result = new SentimentStudyResult(scores, windowSignal, backtest, benchmark, stats, benchmarkStats, ic, quantiles)
        {
            ScorerName = scorerName,
            Options = options,
            Data = data,
            Strategy = strategy,
            BenchmarkName = benchmarkName,
            Comparison = comparison,
            Coverage = coverage,
            DaysTooThinToTrade = thinDays,
            Counts = counts,
            News = news,
            Headlines = headlines,
            NewsLoad = data.NewsLoad,
            PriceLoad = data.PriceLoad,
            EventStudy = eventStudy,
            LopezLiraTang = lopezLiraTang,
            KirtacGermano = kirtacGermano,
            Research = research,
            LookAheadWarnings = LookAheadWarnings(headlines, scores, scorerName),
            Trials = options.TrialsLog is { } log ? Trials.StudyTrials.Record(log, Trials.StudyTrials.Describe(scorerName, scores, options,
                windowPrices.Dates[0], windowPrices.Dates[^1], data), backtest, stats.Sharpe, DateTimeOffset.UtcNow) : null,
            LookAhead = options.LookAheadAudit is { } audit ? await LookAhead.LookAheadAudit.RunForStudyAsync(audit, data, scores, scorerName, options, cancellationToken) : null,
        };
        result = result with { Health = StudyHealth.Check(result) };
        progress?.Report(new StudyProgress(StudyStage.Done));
        return result;
    }

    /// <summary>How many results are not usable (<see cref="ScoredHeadline.IsUsable(SentimentResult)"/>); columns are read in place, without a record a row.</summary>
    private static int FailedScores(IReadOnlyList<SentimentResult> scores)
    {
        if (scores is not SentimentResultColumns columns) return scores.Count(s => !ScoredHeadline.IsUsable(s));
        int failed = 0;
        for (int i = 0; i < columns.Count; i++)
            if (!ScoredHeadline.IsUsable(columns.StatusAt(i), columns.ScoreAt(i))) failed++;
        return failed;
    }

    /// <summary>The tickers of the headlines naming no traded symbol, distinct, in ordinal order; a table is read by column.</summary>
    private static List<string> UnmatchedTickers(IReadOnlyList<ScoredHeadline> headlines, HashSet<string> traded)
    {
        var table = headlines as ScoredHeadlineTable;
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < headlines.Count; i++)
        {
            var symbols = table?.Symbols(i) ?? headlines[i].Symbols;
            if (!symbols.Any(traded.Contains)) found.UnionWith(symbols);
        }
        return [.. found.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A warning for each LLM whose training cut-off does not precede the headlines it scored (its scores may know
    /// what happened next); none for the offline scorers. An anonymised LLM scorer's name ends in "/anon".
    /// </summary>
    public static IReadOnlyList<string> LookAheadWarnings(IReadOnlyList<ScoredHeadline> headlines, IReadOnlyList<SentimentResult> scores, string scorerName)
    {
        ArgumentNullException.ThrowIfNull(headlines);
        ArgumentNullException.ThrowIfNull(scores);
        if (headlines.Count == 0) return [];
        // Of columns, one result per shared kind and each irregular one carry every model there is.
        var carriers = scores is SentimentResultColumns columns ? columns.Representatives : scores;
        var models = carriers.Select(r => r.Model).Where(m => !string.IsNullOrEmpty(m) && !OfflineScorers.IsOfflineModel(m) && !m.StartsWith(Embeddings.EmbeddingRidgeScorer.ScorerName, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        // Only an LLM has a training cut-off: the headlines' span is read (a pass over all of them) only for one.
        if (models.Count == 0) return [];
        var table = headlines as ScoredHeadlineTable;
        long firstTicks = long.MaxValue, lastTicks = long.MinValue;
        for (int i = 0; i < headlines.Count; i++)
        {
            long ticks = (table?.Published(i) ?? headlines[i].Published).UtcTicks;
            (firstTicks, lastTicks) = (Math.Min(firstTicks, ticks), Math.Max(lastTicks, ticks));
        }
        var first = DateOnly.FromDateTime(new DateTime(firstTicks, DateTimeKind.Utc));
        var last = DateOnly.FromDateTime(new DateTime(lastTicks, DateTimeKind.Utc));
        bool anonymized = scorerName.EndsWith("/anon", StringComparison.Ordinal);
        return [.. models.Select(m => Sentiment.Llm.ModelCutoffs.LookAheadWarning(m!, first, last, anonymized)).OfType<string>()];
    }

    /// <summary>
    /// Lets the headline text go once scored, when the options ask and nothing later reads it: the trials log hashes the
    /// headlines and the audit scores them again, both after scoring. Before the join, so its peak is not on top of the text.
    /// </summary>
    private static void ReleaseNewsTextIfAsked(IReadOnlyList<NewsItem> news, SentimentStudyOptions options)
    {
        if (options.ReleaseNewsText && news is NewsTable { HasHeadlineText: true } table && options.TrialsLog is null && options.LookAheadAudit is null)
            table.ReleaseHeadlineText();
    }

    /// <summary>Headlines counted on the window's days, and on the price days outside it.</summary>
    private static (int Used, int Outside) HeadlinesInWindow(Panel newsCount, int start, int count)
    {
        int used = 0, outside = 0;
        for (int d = 0; d < newsCount.DayCount; d++)
        {
            int n = 0;
            foreach (double c in newsCount.Row(d)) n += (int)c;
            if (d >= start && d < start + count) used += n; else outside += n;
        }
        return (used, outside);
    }

    /// <summary>Reports on the caller's thread at once: <see cref="Progress{T}"/> would post to the thread pool and reorder reports.</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
