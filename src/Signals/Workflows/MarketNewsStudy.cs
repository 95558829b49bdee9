using Signals.Analytics;
using Signals.Analytics.EventStudies;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;

namespace Signals.Workflows;

/// <summary>
/// News that is about the market rather than a company — headlines that name no symbol, news the caller declares
/// market-wide, or news attached to every name alike — gives every name the same score each day, and a long-short
/// would only rank ties. This study treats it as what it is, one sentiment series through time: the day's aggregated
/// sentiment (each headline counted once, from its first decision point, decayed and expired as in every study)
/// against the equal-weight universe or the benchmark symbol — time-series IC by horizon, a long / flat / short timing
/// strategy through the same backtester and costs, the event study on the benchmark and the health checks. News on a
/// single traded name gets the same study on that name. <see cref="SentimentStudy"/> routes here by itself
/// (<see cref="RouteOf(IReadOnlyList{ScoredHeadline}, BarPanel, SentimentStudyOptions)"/>); the result's <see cref="SentimentStudyResult.TimeSeries"/> holds the figures.
/// </summary>
public static class MarketNewsStudy
{
    private const string MarketColumn = "market";

    /// <summary>
    /// Whether the study's scored headlines call for a time-series study, and why; null for a cross-sectional study.
    /// In order: no headline naming a symbol; declared market news; every headline naming the same one traded name;
    /// every traded name with the same signal on every day where two or more have one.
    /// </summary>
    public static MarketNewsRoute? RouteOf(IReadOnlyList<ScoredHeadline> headlines, BarPanel prices, SentimentStudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(headlines);
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(options);
        return RouteOf(new StudyCrossSection(prices, headlines, options), options);
    }

    /// <summary>As the public overload, on a cross-section the study goes on to trade: what routing builds, the study reuses.</summary>
    internal static MarketNewsRoute? RouteOf(StudyCrossSection crossSection, SentimentStudyOptions options)
    {
        var headlines = crossSection.Headlines;
        if (headlines.Count > 0 && headlines.All(h => h.Symbols.Count == 0))
            return new MarketNewsRoute(MarketNewsMode.NoSymbols, "no headline names a symbol: the news is about the market, not a company, so there is no cross-section to rank", headlines);
        if (options.MarketNews)
            return new MarketNewsRoute(MarketNewsMode.Declared,
                "the news was declared market-wide (--market-news): every headline counts once toward the day's market sentiment, whatever names it carries", headlines);
        if (headlines.Count == 0) return null;

        var matched = crossSection.Matched;
        if (matched.Count == 0) return null;
        if (OnlyNamedSymbol(matched, crossSection.TradedSymbols) is { } only)
            return new MarketNewsRoute(MarketNewsMode.SingleName,
                $"every headline names one traded symbol, {only}: a long-short ranks names against each other and cannot trade one, so {only} is timed on its own news instead",
                matched, only);

        if (!HasNoSpread(crossSection.Signal)) return null;
        return new MarketNewsRoute(MarketNewsMode.IdenticalScores,
            "every traded name has the same sentiment on every day (the news is attached to all names alike): the cross-section has no spread, and a long-short would only rank ties",
            matched);
    }

    /// <summary>The one traded symbol every matched headline names, or null as soon as a second one appears.</summary>
    private static string? OnlyNamedSymbol(IReadOnlyList<ScoredHeadline> matched, HashSet<string> traded)
    {
        string? only = null;
        foreach (var h in matched)
            foreach (var symbol in h.Symbols)
            {
                if (!traded.Contains(symbol)) continue;
                if (only is null) only = symbol;
                else if (!string.Equals(only, symbol, StringComparison.Ordinal)) return null;
            }
        return only;
    }

    /// <summary>
    /// The time-series study on the route's headlines, as a <see cref="SentimentStudyResult"/> whose backtest is the
    /// timing strategy and whose <see cref="SentimentStudyResult.TimeSeries"/> holds the time-series figures. No
    /// cross-sectional statistic (rank IC, quantiles, the papers' long-shorts, the factor tearsheet) is computed.
    /// </summary>
    public static SentimentStudyResult Run(
        StudyData data, MarketNewsRoute route, IReadOnlyList<SentimentResult> scores, IReadOnlyList<ScoredHeadline> headlines,
        string scorerName, SentimentStudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(options);
        var ts = options.TimeSeries;
        var traded = StudyUniverse.Split(data.Prices, options.BenchmarkSymbol).Traded;
        var (target, targetName) = route.Mode == MarketNewsMode.SingleName
            ? (traded.Select([Array.IndexOf(traded.Symbols, route.Name)]), route.Name!)
            : options.BenchmarkSymbol is { } b
                ? (data.Prices.Select([Array.IndexOf(data.Prices.Symbols, b)]), b)
                : (traded, $"equal-weight universe ({traded.SymbolCount} names)");

        // One column, "market": each headline counts once on its first decision day, however many names it carries.
        var timing = options.Backtest.Fill == FillTiming.Close ? DecisionTiming.Close : DecisionTiming.Open;
        var pooled = route.Headlines.Select(h => h with { Symbols = [MarketColumn] }).ToList();
        var daily = DailySentiment.Build(pooled, data.Prices.Dates, [MarketColumn], timing, options.CloseCutoff);
        var signal = daily.DecayedMean(options.HalfLifeDays);
        if (options.MaxAgeDays is int maxAge) signal = SignalStaleness.Expire(signal, daily.Count, maxAge);
        // The z-score reads the whole price span before the window too: it is trailing, so nothing later enters.
        var fullZ = TimeSeriesSignal.TrailingZScore(signal.Values, ts.ZWindow, ts.ZMinPeriods);

        var (start, count) = StudyWindow.Resolve(data.Prices.Dates, daily.Count, options.From, options.To);
        var dates = data.Prices.Dates[start..(start + count)];
        var sentiment = signal.Values[start..(start + count)];
        var z = fullZ[start..(start + count)];
        var newsCount = daily.Count.Values[start..(start + count)];
        var windowTarget = target.Slice(start, count);

        var strategy = new MarketTiming(dates, z, timing, ts.EntryZ, ts.AllowShort);
        var backtest = Backtester.Run(windowTarget, strategy, options.Backtest);
        var benchmark = Backtester.Run(windowTarget, new BuyAndHold(), options.Backtest);
        var stats = PerformanceStats.Of(backtest, benchmark.Equity);
        var benchmarkStats = PerformanceStats.Of(benchmark);
        var comparison = BenchmarkComparison.OfEquity(backtest.Equity, benchmark.Equity, options.Backtest.PeriodsPerYear);
        var position = Array.ConvertAll(z, v => MarketTiming.PositionOf(v, ts.EntryZ, ts.AllowShort));

        var basis = ForwardReturns.BasisFor(timing, options.Backtest.Fill);
        var ic = options.IcHorizons
            .Select(h => TimeSeriesSignal.Ic(sentiment, TimeSeriesSignal.CrossSectionMean(ForwardReturns.Compute(windowTarget, h, basis)), h, ts.MinIcObservations))
            .ToList();

        // The event study on what is timed: each day with news is one event per target name, raw returns (there is no
        // market to subtract from the market), bucketed by the day's mean score.
        var eventHeadlines = route.Headlines.Select(h => h with { Symbols = windowTarget.Symbols }).ToList();
        EventStudyResult? events = null;
        string? eventsUndefined = null;
        try
        {
            events = EventStudy.Run(windowTarget, eventHeadlines, new EventStudyOptions { Timing = timing, Model = AbnormalReturnModel.Raw, Unit = EventUnit.SymbolDay });
            if (events.EventsUsed == 0) { eventsUndefined = "no news day has a full event window inside the study's window"; events = null; }
        }
        catch (ArgumentException e)
        {
            eventsUndefined = e.Message;
        }

        int used = 0, outside = 0;
        for (int d = 0; d < daily.Count.DayCount; d++)
            if (d >= start && d < start + count) used += (int)daily.Count[d, 0]; else outside += (int)daily.Count[d, 0];
        var counts = new StudyDataCounts(
            Headlines: data.News.Count,
            Scored: headlines.Count,
            FailedScores: data.Scores is null ? scores.Count(s => !(s.Status == ScoreStatus.Ok && double.IsFinite(s.Score))) : data.ScoresExcluded,
            UnmatchedTicker: headlines.Count - route.Headlines.Count,
            OutsidePriceSpan: daily.Dropped,
            OutsideWindow: outside,
            Used: used,
            UnmatchedTickers: []);

        var series = new MarketNewsStudyResult
        {
            Mode = route.Mode,
            Reason = route.Reason,
            Target = targetName,
            TargetSymbols = windowTarget.Symbols,
            Options = ts,
            HeadlinesUsed = route.Headlines.Count,
            Dates = dates,
            Sentiment = sentiment,
            Headlines = newsCount,
            ZScore = z,
            Position = position,
            Basis = basis,
            Ic = ic,
            Timing = backtest,
            Benchmark = benchmark,
            TimingStats = stats,
            BenchmarkStats = benchmarkStats,
            Comparison = comparison,
            EventStudy = events,
            EventStudyUndefined = eventsUndefined,
            Health = [],
        };
        series = series with { Health = TimeSeriesHealth.Check(series, route.Headlines, counts) };

        var signalPanel = new Panel(dates, [MarketColumn], sentiment);
        var result = new SentimentStudyResult(scores, signalPanel, backtest, benchmark, stats, benchmarkStats,
            new IcAnalysis(IcMethod.Pearson, basis, dates, []),
            new QuantileReturns(5, dates, [], [], [], [], double.NaN, double.NaN))
        {
            ScorerName = scorerName,
            Options = options,
            Data = data,
            DaysTooThinToTrade = 0,
            LookAheadWarnings = SentimentStudy.LookAheadWarnings(headlines, scores, scorerName),
            PriceLoad = data.PriceLoad,
            Strategy = strategy,
            BenchmarkName = $"{targetName} buy-and-hold",
            Comparison = comparison,
            Coverage = Array.ConvertAll(sentiment, v => double.IsFinite(v) ? (double)windowTarget.SymbolCount : 0),
            Counts = counts,
            News = data.News,
            Headlines = headlines,
            NewsLoad = data.NewsLoad,
            EventStudy = events,
            TimeSeries = series,
        };
        return result with { Health = Health.StudyHealth.Check(result) };
    }

    /// <summary>True when at least one day has two or more names with a signal and no such day has any spread between them.</summary>
    private static bool HasNoSpread(Panel signal)
    {
        int comparable = 0;
        for (int d = 0; d < signal.DayCount; d++)
        {
            double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
            int live = 0;
            foreach (double v in signal.Row(d))
            {
                if (!double.IsFinite(v)) continue;
                live++; lo = Math.Min(lo, v); hi = Math.Max(hi, v);
            }
            if (live < 2) continue;
            comparable++;
            if (hi - lo > 1e-12 * Math.Max(1, Math.Abs(hi))) return false;
        }
        return comparable > 0;
    }
}
