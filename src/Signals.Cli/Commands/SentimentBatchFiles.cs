using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Caching;
using Signals.Sentiment.Llm;

namespace Signals.Cli.Commands;

/// <summary>The file side of `sentiment score --batch-out` and `--shard`: thin calls of the library's batch methods.</summary>
internal static class SentimentBatchFiles
{
    /// <summary>
    /// Batch requests go only to a new file (requests already submitted must not change under the provider's batch id);
    /// checked before the news is read.
    /// </summary>
    public static void CheckNew(string path)
    {
        if (Directory.Exists(path)) throw new OutputRefusedException($"--batch-out '{path}' is a folder; give a new file name.");
        if (File.Exists(path)) throw new OutputRefusedException($"'{path}' exists; batch requests are written only to a new file");
    }

    public static async Task<int> WriteRequestsAsync(TextWriter stdout, LlmSentimentScorer scorer, IReadOnlyList<NewsItem> items, string path, string? shard, CancellationToken ct)
    {
        CheckNew(path);
        var full = Path.GetFullPath(path);
        // A temporary name of the kit's own (never a user's "NAME.tmp"), created new, so nothing else is overwritten or deleted.
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        BatchPlan plan;
        try
        {
            await using (var writer = new StreamWriter(new FileStream(temp, FileMode.CreateNew, FileAccess.Write), new System.Text.UTF8Encoding(false)) { NewLine = "\n" })
                plan = await scorer.WriteBatchRequestsAsync(items, writer, shard is null ? null : BatchShard.Parse(shard), ct);
            File.Move(temp, full);   // no overwrite: a file that appeared meanwhile stops the move
            OutputFile.Record(full, "sentiment score");
        }
        catch
        {
            if (File.Exists(temp)) File.Delete(temp);
            throw;
        }
        stdout.WriteLine($"{plan.Requests} requests for {scorer.Name} -> {full} ({plan.Headlines} headlines, {plan.Cached} already cached" +
                              $"{(shard is null ? "" : $", {plan.OtherShards} in other shards")}); submit to the OpenAI Batch API or vLLM run-batch, then `signals sentiment ingest --batch-results OUTPUT.jsonl`");
        return 0;
    }

    /// <summary>An LLM scorer shards by its own cache key; an offline scorer by its name and the headline.</summary>
    public static IReadOnlyList<NewsItem> ShardOf(ISentimentScorer scorer, IReadOnlyList<NewsItem> items, BatchShard shard) =>
        scorer is LlmSentimentScorer llm ? llm.ShardOf(items, shard)
            : items.Where(i => shard.Owns(SentimentResultCache.Key(scorer.Name, i.Headline))).ToArray();
}
