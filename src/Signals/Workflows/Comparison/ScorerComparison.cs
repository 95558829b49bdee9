using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Evaluation;
using Signals.Workflows.Embeddings;

namespace Signals.Workflows.Comparison;

/// <summary>
/// Choosing a model by evidence: accuracy, macro-F1, per-class recall, cost per 1,000 headlines, latency and failures
/// of each scorer on one labelled file; with prices and news, each scorer's rank IC at one day and the Sharpe of its
/// long-short — which model's scores predict returns, and at what price. A scorer that predicts returns
/// (<see cref="EmbeddingRidgeScorer"/>) is compared on returns only: its labelled-file figures are absent, with
/// <see cref="PredictsReturns"/> as the reason.
/// </summary>
public static class ScorerComparison
{
    /// <summary>What the labelled-file columns say for a scorer that predicts returns (<see cref="EmbeddingRidgeScorer"/>).</summary>
    public const string PredictsReturns = "not applicable (predicts returns)";

    /// <summary>Evaluates every scorer on the labelled file and, with prices and news, on returns.</summary>
    public static async Task<ScorerComparisonResult> RunAsync(
        IReadOnlyList<(string Label, ISentimentScorer Scorer)> scorers,
        IReadOnlyList<LabeledHeadline> labeled, string labeledFile,
        BarPanel? prices = null, IReadOnlyList<NewsItem>? news = null, string? pricesFile = null, string? newsFile = null,
        IProgress<ComparisonProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (scorers.Count == 0) throw new ArgumentException("name at least one scorer to compare");
        if ((prices is null) != (news is null)) throw new ArgumentException("the return side needs both prices and news");
        var rows = new List<ScorerComparisonRow>(scorers.Count);
        foreach (var (label, scorer) in scorers)
        {
            if (scorer is EmbeddingRidgeScorer)
            {
                // It predicts returns, not a sentiment class: nothing to score on the labels, and it cannot run without prices.
                if (prices is null) throw new ArgumentException($"{label} predicts returns from the prices: it needs prices and news to compare (--prices and --news)");
                var ridgeProgress = progress is null ? null : new SyncProgress(p => progress.Report(new ComparisonProgress(label, "news", p)));
                var ridgeReturns = await ReturnsAsync(scorer, prices, news!, ridgeProgress, cancellationToken).ConfigureAwait(false);
                rows.Add(new ScorerComparisonRow(label, null, ridgeReturns) { LabelsNotApplicable = PredictsReturns });
                continue;
            }
            var labelsProgress = progress is null ? null : new SyncProgress(p => progress.Report(new ComparisonProgress(label, "labels", p)));
            var evaluation = await ScorerEvaluation.RunAsync(scorer, labeled, labelsProgress, cancellationToken).ConfigureAwait(false);
            evaluation = evaluation with { Scorer = label };
            ScorerReturns? returns = null;
            if (prices is not null)
            {
                var newsProgress = progress is null ? null : new SyncProgress(p => progress.Report(new ComparisonProgress(label, "news", p)));
                returns = await ReturnsAsync(scorer, prices, news!, newsProgress, cancellationToken).ConfigureAwait(false);
            }
            rows.Add(new ScorerComparisonRow(label, evaluation, returns));
        }
        return new ScorerComparisonResult(labeledFile, labeled.Count, LabeledHeadlines.DuplicateCount(labeled), newsFile, pricesFile, rows, DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// The one call into the study, with the demo's settings (<see cref="SentimentStudyOptions.Demo"/>): the same signal,
    /// backtest (costs on) and IC the demo reports. No report is built and the research sections are off: the
    /// comparison reads two figures of the plain result.
    /// </summary>
    private static async Task<ScorerReturns> ReturnsAsync(ISentimentScorer scorer, BarPanel prices, IReadOnlyList<NewsItem> news,
        IProgress<ScoringProgress>? progress, CancellationToken ct)
    {
        var study = await SentimentStudy.RunAsync(prices, news, scorer, SentimentStudyOptions.Demo with { IcHorizons = [1], Research = new StudyResearchOptions { Enabled = false } },
            progress is null ? null : new StudyScoringProgress(progress), ct).ConfigureAwait(false);
        var ic = study.Ic.ByHorizon[0];
        double cost = 0;
        foreach (var s in study.Scores)
            if (!s.Cached && s.Status != ScoreStatus.Skipped) cost += s.CostUsd;
        return new ScorerReturns(ic.Mean, ic.TStat, study.Stats.Sharpe, study.Stats.Cagr, study.Counts.Scored, study.FailedScores, cost)
        {
            IcUndefinedReason = ic.Undefined.For("tStat") ?? ic.Undefined.For("mean"),
            SharpeUndefinedReason = study.Stats.Undefined.For("sharpe"),
        };
    }

    private sealed class SyncProgress(Action<ScoringProgress> report) : IProgress<ScoringProgress>
    {
        public void Report(ScoringProgress value) => report(value);
    }

    private sealed class StudyScoringProgress(IProgress<ScoringProgress> inner) : IProgress<StudyProgress>
    {
        public void Report(StudyProgress value)
        {
            if (value.Stage == StudyStage.Scoring) inner.Report(value.Scoring);
        }
    }
}
