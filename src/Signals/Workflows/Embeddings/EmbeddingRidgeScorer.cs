using Signals.Backtesting;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Embedded;

namespace Signals.Workflows.Embeddings;

/// <summary>
/// `--scorer embedding-ridge`: each headline's score is the out-of-sample prediction of <see cref="EmbeddingRegression"/>
/// (MiniLM embeddings, cached beside the scores, regressed walk-forward on the prices' forward returns). A headline
/// decided before the first fit is returned as skipped, with the reason, never as 0.
/// </summary>
public sealed class EmbeddingRidgeScorer(BarPanel prices, EmbeddingRegressionOptions? options = null,
    EmbeddingPrecision precision = EmbeddingPrecisions.Default, string? cachePath = null) : ISentimentScorer
{
    /// <summary>Stem of <see cref="Name"/> and the <c>--scorer</c> value.</summary>
    public const string ScorerName = "embedding-ridge";
    private readonly EmbeddingRegressionOptions _options = options ?? new();

    /// <summary>Stem, embedding identity (model and precision), horizon and window, e.g. "embedding-ridge-all-MiniLM-L6-v2-int8q1-h1-expanding": scores of different settings never share a cache entry.</summary>
    public string Name => $"{ScorerName}-{HeadlineEmbeddings.Identity(precision)}-h{_options.Horizon}-{_options.Window.ToString().ToLowerInvariant()}";

    /// <summary>
    /// The ridge scorer decided on the same clock as a study with <paramref name="study"/>'s settings: its decision
    /// timing (from the fill), fill and close cut-off, so the returns it is fitted on are the ones the study trades.
    /// </summary>
    public static EmbeddingRidgeScorer Create(BarPanel prices, SentimentStudyOptions study, EmbeddingRegressionOptions? options = null,
        EmbeddingPrecision precision = EmbeddingPrecisions.Default, string? cachePath = null) =>
        new(prices, (options ?? new()) with { Timing = FillDecisionTiming.Of(study.Backtest.Fill), Fill = study.Backtest.Fill, CloseCutoff = study.CloseCutoff },
            precision, cachePath);

    /// <summary>The regression behind the last <see cref="ScoreAsync"/>: its fits and how many headlines had no model yet.</summary>
    public EmbeddingRegressionResult? LastRun { get; private set; }

    /// <summary>Embeds the items (reading and filling the embedding cache), runs the regression on the prices and returns each prediction as the score; headlines without a model yet come back Skipped with the reason.</summary>
    public Task<IReadOnlyList<SentimentResult>> ScoreAsync(IReadOnlyList<NewsItem> items, IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Run<IReadOnlyList<SentimentResult>>(() =>
        {
            var vectors = HeadlineEmbeddings.Compute(items, precision, cachePath,
                progress is null ? null : new Relay(done => progress.Report(new ScoringProgress(done, items.Count))), cancellationToken);
            var run = EmbeddingRegression.Run(prices, items, vectors, _options);
            LastRun = run;
            // Only the id, score, label and confidence differ between headlines of one kind: held by column, no object per headline.
            var results = new SentimentResultColumnsBuilder(items.Count, new SentimentResult { Id = "", Model = Name });
            byte skipped = results.AddKind(new SentimentResult
            {
                Id = "", Status = ScoreStatus.Skipped, Model = Name,
                Error = "no out-of-sample model yet: decided before the first walk-forward fit (or outside the prices)",
            });
            for (int i = 0; i < items.Count; i++)
            {
                double score = run.Scores[i];
                if (double.IsFinite(score)) results.Set(i, SentimentResultColumnsBuilder.Scored, items[i].Id, score, Label(score), 1);
                // A skip keeps a result's defaults: no score (NaN), no label, no confidence.
                else results.Set(i, skipped, items[i].Id, double.NaN, default, 0);
            }
            progress?.Report(new ScoringProgress(items.Count, items.Count));
            return results.Build();
        }, cancellationToken);

    private static SentimentLabel Label(double score) => score > 0 ? SentimentLabel.Positive : score < 0 ? SentimentLabel.Negative : SentimentLabel.Neutral;

    private sealed class Relay(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
