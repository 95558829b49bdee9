using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Llm;

namespace Signals.Workflows;

/// <summary>
/// What a study can check before it spends anything: the checks that need only the arguments, the loaded data and
/// one cheap request run before the first headline is scored, so a typo in a benchmark or an output path never costs
/// a paid batch. And afterwards, when no headline scored, the error names the scorer's failure, not the data.
/// </summary>
public static class StudyPreflight
{
    /// <summary>Checks the options against the data: the benchmark is a price symbol, the window's dates are in order.</summary>
    public static void Check(StudyData data, SentimentStudyOptions options)
    {
        if (options.BenchmarkSymbol is { } b && !data.Prices.Symbols.Contains(b, StringComparer.Ordinal))
            throw new ArgumentException($"benchmark '{b}' is not among the price symbols (add its prices, or use equal-weight); nothing was scored");
        if (options.From is { } from && options.To is { } to && to < from)
            throw new ArgumentException($"the window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
    }

    /// <summary>
    /// Checks that <paramref name="outputFolder"/> can be written: not an existing file, and its nearest existing
    /// folder takes a new file (a probe file, created and removed at once).
    /// </summary>
    public static void CheckOutputFolder(string outputFolder)
    {
        var full = Path.GetFullPath(outputFolder);
        if (File.Exists(full)) throw new IOException($"the output '{outputFolder}' is a file; give a folder");
        var existing = full;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing)) throw new IOException($"the output '{outputFolder}' lies under the file '{existing}'");
            existing = Path.GetDirectoryName(existing) ?? throw new IOException($"the output '{outputFolder}' has no existing parent folder");
        }
        var probe = Path.Combine(existing, $".signals-write-check-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new IOException($"the output '{outputFolder}' cannot be written ({existing}: {ex.Message})", ex);
        }
    }

    /// <summary>For an LLM: one request for the model list, so a dead endpoint or a refused key fails before the batch.</summary>
    public static Task CheckScorerAsync(ISentimentScorer? scorer, IReadOnlyList<NewsItem> news, CancellationToken cancellationToken = default) =>
        scorer is LlmSentimentScorer llm ? llm.CheckEndpointAsync(news, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Throws when no headline scored although some were asked: the error is the scorer's first failure (with the
    /// endpoint of an LLM) and the counts, because every later message about the data would be a consequence.
    /// </summary>
    public static void EnsureSomeScored(ISentimentScorer scorer, IReadOnlyList<SentimentResult> results)
    {
        if (results.Count == 0 || results.Any(r => r.Status == ScoreStatus.Ok)) return;
        int failed = results.Count(r => r.Status == ScoreStatus.Failed), skipped = results.Count(r => r.Status == ScoreStatus.Skipped);
        var first = results.FirstOrDefault(r => r.Status == ScoreStatus.Failed) ?? results[0];
        string where = scorer is LlmSentimentScorer llm ? $" at {llm.Settings.Endpoint}" : "";
        throw new InvalidOperationException(
            $"no headline scored: {failed} of {results.Count} failed and {skipped} were skipped with {scorer.Name}{where}; first: {first.Error}");
    }
}
