using System.Diagnostics;
using System.Globalization;
using Signals.Data;

namespace Signals.Sentiment.Evaluation;

/// <summary>
/// How one scorer did on a labelled file: the label metrics (over the items it scored), what it cost, how long an
/// item took, and how many items it failed or skipped. Failed items are left out of the metrics and counted, never
/// scored neutral.
/// </summary>
/// <param name="Metrics">Null when no item scored.</param>
/// <param name="CostUsd">What the requests cost (cached answers are free); 0 for offline scorers; NaN when the price is unknown.</param>
/// <param name="LatencyP50Ms">Median time per item; for a batch scorer that reports none, its wall time divided by the items.</param>
/// <param name="LatencyAmortized">True when the latencies are wall time per item rather than measured per request.</param>
public sealed record ScorerEvaluation(
    string Scorer, SentimentMetrics? Metrics, int Items, int Failed, int Skipped, int Cached,
    double CostUsd, double LatencyP50Ms, double LatencyP95Ms, bool LatencyAmortized, string? FirstError,
    IReadOnlyList<SentimentResult> Results)
{
    /// <summary>USD per 1,000 headlines at this run's mix of cached and fresh answers.</summary>
    public double CostPer1000 => Items == 0 ? double.NaN : CostUsd / Items * 1000;

    /// <summary>Scores <paramref name="rows"/> with <paramref name="scorer"/> (each row once, duplicates included) and measures it.</summary>
    public static async Task<ScorerEvaluation> RunAsync(ISentimentScorer scorer, IReadOnlyList<LabeledHeadline> rows,
        IProgress<ScoringProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var items = ItemsOf(rows);
        var wall = Stopwatch.StartNew();
        var results = await scorer.ScoreAsync(items, progress, cancellationToken).ConfigureAwait(false);
        wall.Stop();
        return From(scorer.Name, rows, results, wall.Elapsed);
    }

    /// <summary>The news items a labelled file becomes: no symbol (an LLM is asked about "the company in the headline"), id by line.</summary>
    public static NewsItem[] ItemsOf(IReadOnlyList<LabeledHeadline> rows) =>
        rows.Select(r => new NewsItem($"line-{r.Line.ToString(CultureInfo.InvariantCulture)}", DateTimeOffset.UnixEpoch, [], r.Text)).ToArray();

    /// <summary>Measures results already scored: metrics over the Ok items, failures and skips counted, latency percentiles, summed cost.</summary>
    /// <param name="wall">Wall time of the whole batch, spread over the items when the scorer measured no per-item latency.</param>
    /// <exception cref="ArgumentException">The result count differs from the row count.</exception>
    public static ScorerEvaluation From(string scorer, IReadOnlyList<LabeledHeadline> rows, IReadOnlyList<SentimentResult> results, TimeSpan wall)
    {
        if (results.Count != rows.Count) throw new ArgumentException($"{results.Count} results for {rows.Count} rows");
        var scored = Enumerable.Range(0, rows.Count).Where(i => results[i].Status == ScoreStatus.Ok).ToArray();
        var metrics = scored.Length == 0 ? null
            : SentimentEvaluation.Evaluate(scored.Select(i => rows[i].Label).ToArray(), scored.Select(i => results[i].Label).ToArray());

        // Offline scorers work in batches and report no per-item time: their figure is wall time per item.
        var measured = results.Where(r => !r.Cached && r.Status != ScoreStatus.Skipped && r.Latency > TimeSpan.Zero)
            .Select(r => r.Latency.TotalMilliseconds).ToArray();
        bool amortized = measured.Length == 0;
        double p50, p95;
        if (amortized) p50 = p95 = rows.Count == 0 ? double.NaN : wall.TotalMilliseconds / rows.Count;
        else
        {
            Array.Sort(measured);
            p50 = Percentile(measured, 0.50);
            p95 = Percentile(measured, 0.95);
        }

        double cost = 0;
        foreach (var r in results)
        {
            if (r.Cached || r.Status == ScoreStatus.Skipped) continue;
            cost += r.CostUsd; // NaN (unknown price) stays NaN
        }
        return new ScorerEvaluation(scorer, metrics, rows.Count,
            results.Count(r => r.Status == ScoreStatus.Failed), results.Count(r => r.Status == ScoreStatus.Skipped), results.Count(r => r.Cached),
            cost, p50, p95, amortized, results.FirstOrDefault(r => r.Status != ScoreStatus.Ok)?.Error, results);
    }

    /// <summary>Linear interpolation between closest ranks (numpy's default), on sorted values.</summary>
    internal static double Percentile(double[] sorted, double q)
    {
        if (sorted.Length == 0) return double.NaN;
        double position = q * (sorted.Length - 1);
        int lower = (int)Math.Floor(position);
        int upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
