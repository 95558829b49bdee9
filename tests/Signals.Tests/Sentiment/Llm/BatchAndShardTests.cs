using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Caching;
using Signals.Sentiment.Llm;

namespace Signals.Tests.Sentiment.Llm;

public class BatchAndShardTests
{
    private static IReadOnlyList<NewsItem> Items() =>
    [
        .. LlmTestKit.Batch(9),
        LlmTestKit.News("dup", "Acme headline number 0 beats estimates"),   // same text as n000: one request
        LlmTestKit.News("bad", "Acme headline number 99 misses estimates"),
    ];

    private static FakeReply Answer(FakeRequest r) => FakeReply.Chat(r.Headline.Contains("misses") ? "NO\nMissed." : "YES\nBeat.", promptTokens: 50, completionTokens: 7);

    [Fact]
    public async Task Batch_requests_are_the_exact_bodies_the_scorer_sends_keyed_by_cache_key_without_a_secret()
    {
        using var server = new FakeOpenAiServer(Answer);
        var options = LlmTestKit.Options(server) with { CachePath = LlmTestKit.TempPath("batch.db") };
        var items = Items();
        using var scorer = new LlmSentimentScorer(options);
        var file = new StringWriter();
        var plan = await scorer.WriteBatchRequestsAsync(items, file);
        Assert.Equal(0, server.RequestCount);                // nothing was sent
        Assert.Equal(10, plan.Requests);                     // 11 headlines, one repeated text
        string text = file.ToString();
        Assert.DoesNotContain(LlmTestKit.TestKey, text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(10, lines.Select(l => (string)l["custom_id"]!).Distinct().Count());
        Assert.All(lines, l => Assert.Equal("POST", (string?)l["method"]));
        Assert.All(lines, l => Assert.Equal(LlmSentimentScorer.BatchUrl, (string?)l["url"]));

        // The live scorer's requests, body for body.
        using var live = new LlmSentimentScorer(LlmTestKit.Options(server));
        await live.ScoreAsync(items);
        var sent = server.Requests.Select(r => r.Json.ToJsonString()).ToHashSet();
        Assert.All(lines, l => Assert.Contains(l["body"]!.ToJsonString(), sent));
        Assert.All(lines, l => Assert.Equal("test-model", (string?)l["body"]!["model"]));
    }

    [Fact]
    public async Task Ingested_answers_land_in_the_cache_with_provenance_and_failures_stay_failed()
    {
        using var server = new FakeOpenAiServer(Answer);
        var cache = LlmTestKit.TempPath("ingest.db");
        var options = LlmTestKit.Options(server) with { CachePath = cache };
        var items = Items();
        var requests = new StringWriter();
        using (var scorer = new LlmSentimentScorer(options))
            await scorer.WriteBatchRequestsAsync(items, requests);

        // The Batch API's output format, written here: one line per request, in any order.
        var output = new List<string>();
        foreach (var line in requests.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).Reverse())
        {
            string id = (string)line["custom_id"]!;
            string user = (string)line["body"]!["messages"]![1]!["content"]!;
            JsonObject result;
            if (user.Contains("number 5 "))
                result = new JsonObject { ["id"] = "batch_req_5", ["custom_id"] = id, ["response"] = null, ["error"] = new JsonObject { ["code"] = "server_error", ["message"] = "boom" } };
            else
            {
                string content = user.Contains("number 6 ") ? "I cannot say." : user.Contains("misses") ? "NO\nMissed." : "YES\nBeat.";
                var body = JsonNode.Parse(FakeReply.Chat(content, promptTokens: 50, completionTokens: 7, model: "served-model", systemFingerprint: "fp_1").Body)!;
                result = new JsonObject
                {
                    ["id"] = "batch_req_" + id[..8], ["custom_id"] = id,
                    ["response"] = new JsonObject { ["status_code"] = 200, ["request_id"] = "req", ["body"] = body },
                    ["error"] = null,
                };
            }
            output.Add(result.ToJsonString());
        }
        var outputPath = LlmTestKit.TempPath("output.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        File.WriteAllLines(outputPath, output);

        BatchIngest ingest;
        using (var scorer = new LlmSentimentScorer(options with { Price = new ModelPrice(1.0, 2.0, 4.0) }))
            ingest = await scorer.IngestBatchResultsAsync(items, outputPath);
        Assert.Equal(11, ingest.Results.Count);
        Assert.Equal(9, ingest.Ok);                          // 8 distinct ok answers, one shared by "dup"
        Assert.Equal(2, ingest.Failed);
        var failed = ingest.Results.Where(r => r.Status != ScoreStatus.Ok).ToList();
        Assert.All(failed, r => Assert.True(double.IsNaN(r.Score)));
        Assert.Contains(failed, r => r.Error!.Contains("boom"));
        Assert.Contains(failed, r => r.Error!.Contains("protocol"));
        var ok = ingest.Results.First(r => r.Id == "bad");
        Assert.Equal(SentimentLabel.Negative, ok.Label);
        Assert.Equal("served-model", ok.ServedModel);
        Assert.Equal("fp_1", ok.SystemFingerprint);
        Assert.Equal(50, ok.InputTokens);
        Assert.Equal(7, ok.OutputTokens);
        Assert.True(ok.CostUsd > 0);

        // A live run with the same cache asks only for the two that failed.
        using (var scorer = new LlmSentimentScorer(options))
        {
            var results = await scorer.ScoreAsync(items);
            Assert.Equal(2, server.RequestCount);
            Assert.All(results, r => Assert.Equal(ScoreStatus.Ok, r.Status));
        }
    }

    [Fact]
    public void Shards_split_every_key_into_exactly_one_and_parse_strictly()
    {
        var keys = Enumerable.Range(0, 3000).Select(i => SentimentResultCache.Key("id", "text " + i)).ToList();
        var shards = Enumerable.Range(1, 3).Select(k => new BatchShard(k, 3)).ToList();
        Assert.All(keys, key => Assert.Single(shards, s => s.Owns(key)));
        Assert.All(shards, s => Assert.InRange(keys.Count(s.Owns), 850, 1150));
        Assert.Equal(new BatchShard(2, 8), BatchShard.Parse("2/8"));
        Assert.Throws<FormatException>(() => BatchShard.Parse("0/3"));
        Assert.Throws<FormatException>(() => BatchShard.Parse("4/3"));
        Assert.Throws<FormatException>(() => BatchShard.Parse("x"));
        Assert.Equal(2166136261u, BatchShard.StableHash(""));
    }

    [Fact]
    public async Task Three_shards_scored_apart_and_merged_equal_the_unsharded_cache_row_for_row()
    {
        using var server = new FakeOpenAiServer(Answer);
        var items = Items();
        var whole = LlmTestKit.TempPath("whole.db");
        using (var scorer = new LlmSentimentScorer(LlmTestKit.Options(server) with { CachePath = whole }))
            await scorer.ScoreAsync(items);

        var shardCaches = new List<string>();
        for (int k = 1; k <= 3; k++)
        {
            var path = LlmTestKit.TempPath($"shard-{k}.db");
            using var scorer = new LlmSentimentScorer(LlmTestKit.Options(server) with { CachePath = path });
            await scorer.ScoreAsync(scorer.ShardOf(items, new BatchShard(k, 3)));
            shardCaches.Add(path);
        }
        var merged = LlmTestKit.TempPath("merged.db");
        var result = SentimentCacheMerge.Into(merged, shardCaches);
        Assert.Equal(10, result.Added);
        Assert.Equal(0, result.AlreadyPresent);
        Assert.Equal(Rows(whole), Rows(merged));
        Assert.Equal(10, SentimentCacheMerge.Into(merged, shardCaches).AlreadyPresent);   // merging again adds nothing
    }

    /// <summary>Every stored field but the two wall-clock ones (latency and time of scoring), in key order.</summary>
    private static List<string> Rows(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT key, scorer, text_hash, score, label, confidence, rationale, reasoning, model, prompt_version, input_tokens, output_tokens, reasoning_tokens, raw_response, served_model, system_fingerprint, thinking, reasoning_effort, cache_hit_tokens, cost_usd FROM results ORDER BY key";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "NULL" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }
}
