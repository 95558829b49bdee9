using Signals.Data;
using Signals.Sentiment;

namespace Signals.Features;

/// <summary>
/// One headline's sentiment with the instant it became public: the unit that point-in-time features are built from.
/// Only usable scores become scored headlines; a failed or skipped score is left out, never counted as neutral.
/// </summary>
/// <param name="Score">In [-1, 1].</param>
/// <param name="Confidence">In [0, 1]; 1 when the source gives none.</param>
/// <param name="Id">The news item's id.</param>
/// <param name="Published">The publication instant, with its offset.</param>
/// <param name="Symbols">Tickers the headline is about.</param>
public sealed record ScoredHeadline(string Id, DateTimeOffset Published, IReadOnlyList<string> Symbols, double Score, double Confidence = 1)
{
    /// <summary>
    /// Joins news with their scores by id, keeping only Ok results with a finite score, in the news' order. The result
    /// is a <see cref="ScoredHeadlineTable"/>: columns sharing the news' id strings and symbol lists, no record per headline.
    /// </summary>
    public static IReadOnlyList<ScoredHeadline> Join(IReadOnlyList<NewsItem> news, IReadOnlyList<SentimentResult> results)
    {
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(results);
        // Each id's last result, by its index: a result is read only when a headline takes it.
        var byId = new Dictionary<string, int>(results.Count, StringComparer.Ordinal);
        for (int i = 0; i < results.Count; i++) byId[results[i].Id] = i;
        var scored = new ScoredHeadlineTable.Builder(news.Count);
        foreach (var item in news)
        {
            if (!byId.TryGetValue(item.Id, out int at)) continue;
            var r = results[at];
            if (!IsUsable(r.Status, r.Score)) continue;
            scored.Add(item.Id, item.Published, item.Symbols, r.Score, double.IsFinite(r.Confidence) ? r.Confidence : 1);
        }
        return scored.Table();
    }

    internal static bool IsUsable(ScoreStatus status, double score) => status == ScoreStatus.Ok && double.IsFinite(score);

    /// <summary>
    /// Whether a score can be used: status Ok and a finite score. The kit's one definition of a failed score is its
    /// negation (the study's counts, its report and its health check all count with it); a failed score is left out,
    /// never read as 0.
    /// </summary>
    public static bool IsUsable(SentimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return IsUsable(result.Status, result.Score);
    }
}
