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
    /// is a <see cref="ScoredHeadlineTable"/>: columns sharing the news' symbol lists (and the items' id strings), no
    /// record per headline; for a scorer's results of a loaded <see cref="NewsTable"/> (result i is row i's), a view
    /// reading the table's columns and the results' in place, built without a lookup by id.
    /// </summary>
    public static IReadOnlyList<ScoredHeadline> Join(IReadOnlyList<NewsItem> news, IReadOnlyList<SentimentResult> results)
    {
        ArgumentNullException.ThrowIfNull(news);
        ArgumentNullException.ThrowIfNull(results);
        // Each id's last result, by its index: a result is read only when a headline takes it.
        // Columns are read in place: a result record is made only for a list of records.
        var columns = results as SentimentResultColumns;
        // Result i is row i's and no id repeats (a scorer's results of a loaded table): the join is row by row, read in place.
        if (news is NewsTable { IdsAreUnique: true } rows && columns?.IdsOf == rows && columns.TryShareScores(out var scores, out var confidences))
            return ScoredHeadlineTable.OfRows(rows, columns, scores, confidences);
        var byId = new Dictionary<string, int>(results.Count, StringComparer.Ordinal);
        for (int i = 0; i < results.Count; i++) byId[columns?.IdAt(i) ?? results[i].Id] = i;
        var scored = new ScoredHeadlineTable.Builder(news.Count);
        if (news is NewsTable table)
        {
            // Read by column: a news item (and its headline decoded into a string) is not needed to join.
            for (int row = 0; row < table.Count; row++)
            {
                // The table holds its ids as UTF-8: one string a row, made once.
                string id = table.Id(row);
                if (byId.TryGetValue(id, out int at)) Add(id, table.Published(row), table.Symbols(row), at);
            }
            return scored.Table();
        }
        foreach (var item in news)
            if (byId.TryGetValue(item.Id, out int at)) Add(item.Id, item.Published, item.Symbols, at);
        return scored.Table();

        void Add(string id, DateTimeOffset published, IReadOnlyList<string> symbols, int at)
        {
            var (status, score, confidence) = columns is null
                ? (results[at].Status, results[at].Score, results[at].Confidence)
                : (columns.StatusAt(at), columns.ScoreAt(at), columns.ConfidenceAt(at));
            if (!IsUsable(status, score)) return;
            scored.Add(id, published, symbols, score, double.IsFinite(confidence) ? confidence : 1);
        }
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
