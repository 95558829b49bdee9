using Signals.Analytics;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;
using Signals.Reporting;
using Signals.Sentiment;

namespace Signals.Workflows;

/// <summary>The stages of a <see cref="SentimentStudy"/>, for progress displays.</summary>
public enum StudyStage { Scoring, Signal, Backtest, Analytics, Done }

/// <summary>Where a study is: the stage, and within scoring how many headlines are done.</summary>
public readonly record struct StudyProgress(StudyStage Stage, ScoringProgress Scoring = default);

/// <summary>The knobs of a sentiment long-short study. Costs are on by default.</summary>
public sealed record SentimentStudyOptions
{
    /// <summary>Half-life, in trading days, of the decay that carries a headline's score forward.</summary>
    public double HalfLifeDays { get; init; } = 3;
    /// <summary>Fraction of the universe held long, and the same fraction short, each day.</summary>
    public double Quantile { get; init; } = 0.2;
    public BacktestOptions Backtest { get; init; } = new() { Sizing = Sizing.Fractional };
    public IReadOnlyList<int> IcHorizons { get; init; } = InformationCoefficient.DefaultHorizons;
}

/// <summary>Everything a study produced, from scores to the tearsheet's input.</summary>
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
}

/// <summary>
/// The research loop of the kit in one call: score headlines, align them point-in-time to the next open they can
/// affect, decay them into a daily signal, trade the cross-sectional long-short with costs against an equal-weight
/// buy-and-hold, and measure IC and quantile returns. The CLI's demo and the notebooks run exactly this.
/// </summary>
public static class SentimentStudy
{
    public const string PointInTimeRule =
        "A headline counts from the first session open after it was published (New York time; before 09:30 on a " +
        "trading day: that day's open; later, on weekends and holidays: the next trading day's open). Orders decided " +
        "on that information fill at the next open; nothing published at or after a decision is visible to it.";

    public static async Task<SentimentStudyResult> RunAsync(
        BarPanel prices,
        IReadOnlyList<NewsItem> news,
        ISentimentScorer scorer,
        SentimentStudyOptions? options = null,
        IProgress<StudyProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new SentimentStudyOptions();
        if (prices.SymbolCount < 2) throw new ArgumentException("A long-short study ranks symbols against each other: it needs prices for several symbols.");

        progress?.Report(new StudyProgress(StudyStage.Scoring, new ScoringProgress(0, news.Count)));
        var scoringProgress = progress is null ? null : new SyncProgress<ScoringProgress>(p => progress.Report(new StudyProgress(StudyStage.Scoring, p)));
        var scores = await scorer.ScoreAsync(news, scoringProgress, cancellationToken);

        progress?.Report(new StudyProgress(StudyStage.Signal));
        var timing = options.Backtest.Fill == FillTiming.Close ? DecisionTiming.Close : DecisionTiming.Open;
        var daily = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols, timing);
        var signal = daily.DecayedMean(options.HalfLifeDays);

        progress?.Report(new StudyProgress(StudyStage.Backtest));
        var backtest = Backtester.Run(prices, new SentimentLongShort(signal, timing, options.Quantile, options.Backtest.MaxGrossLeverage), options.Backtest);
        var benchmark = Backtester.Run(prices, new BuyAndHold(), options.Backtest);

        progress?.Report(new StudyProgress(StudyStage.Analytics));
        var stats = PerformanceStats.Of(backtest, benchmark.Equity);
        var benchmarkStats = PerformanceStats.Of(benchmark);
        // Measure the signal's returns from where the backtest fills it, not a bar later.
        var basis = ForwardReturns.BasisFor(timing, options.Backtest.Fill);
        var ic = InformationCoefficient.Analyze(signal, prices, options.IcHorizons, basis);
        var quantiles = QuantileReturns.Compute(signal, ForwardReturns.Compute(prices, 1, basis));

        var tearsheet = BacktestTearsheet.From(backtest, benchmark, $"Sentiment long-short ({scorer.Name})", PointInTimeRule);
        tearsheet = tearsheet with
        {
            Parameters =
            [
                .. tearsheet.Parameters,
                new("scorer", scorer.Name),
                new("signal", $"decayed mean score, half-life {Text(options.HalfLifeDays)} trading days"),
                new("headlines scored", Text(news.Count)),
                new("headlines failed (excluded, never scored 0)", Text(scores.Count(s => s.Status != ScoreStatus.Ok))),
            ],
            InformationCoefficient = IcByHorizon.From(ic),
            QuantileReturns = QuantileReturnSummary.From(quantiles),
        };

        progress?.Report(new StudyProgress(StudyStage.Done));
        return new SentimentStudyResult(scores, signal, backtest, benchmark, stats, benchmarkStats, ic, quantiles, tearsheet);
    }

    private static string Text(double v) => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
    private static string Text(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reports on the caller's thread at once: <see cref="Progress{T}"/> would post to the thread pool and reorder reports.</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
