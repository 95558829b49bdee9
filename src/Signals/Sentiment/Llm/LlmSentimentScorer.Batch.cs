using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Signals.Data;
using Signals.Sentiment.Caching;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Signals.Sentiment.Llm;

// Scoring through an offline batch engine (the OpenAI Batch API, vLLM's run-batch): write the requests the scorer
// would send, file the answers that come back. Both go through the scorer's own transport and reply reader, so a
// request in the file is byte for byte the body it would POST, and an answer is read exactly as a live one is.
public sealed partial class LlmSentimentScorer
{
    /// <summary>The chat-completions path each batch line names (OpenAI Batch and vLLM run-batch take it).</summary>
    public const string BatchUrl = "/v1/chat/completions";

    /// <summary>
    /// Writes one OpenAI Batch request line per distinct uncached headline to <paramref name="writer"/>:
    /// <c>{"custom_id": cache key, "method": "POST", "url": "/v1/chat/completions", "body": the exact request}</c>.
    /// Nothing is sent anywhere and no credential is written (the key travels in a header, never in a body).
    /// </summary>
    /// <param name="shard">Only the keys of this shard (see <see cref="BatchShard"/>); null = all.</param>
    /// <returns>How many lines were written and how many headlines were already cached.</returns>
    public async Task<BatchPlan> WriteBatchRequestsAsync(IReadOnlyList<NewsItem> items, TextWriter writer, BatchShard? shard = null, CancellationToken cancellationToken = default)
    {
        var plans = items.Select(Plan).ToArray();
        var cached = _cache?.GetMany(plans.Select(p => p.Key).ToArray(), items.Select(i => i.Id).ToArray());
        var capture = new CapturingHandler();
        using var transport = new LlmTransport(_options with { MaxRetries = 0 }, _settings, chatClient: null, capture, _redactor);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int written = 0, inCache = 0, otherShards = 0;
        for (int i = 0; i < plans.Length; i++)
        {
            if (cached?[i] is not null) { inCache++; continue; }
            var plan = plans[i];
            if (!seen.Add(plan.Key)) continue;
            if (shard is { } s && !s.Owns(plan.Key)) { otherShards++; continue; }
            await transport.SendAsync(Messages(plan.Request), _chatOptions, cancellationToken).ConfigureAwait(false);
            var line = new JsonObject
            {
                ["custom_id"] = plan.Key,
                ["method"] = "POST",
                ["url"] = BatchUrl,
                ["body"] = JsonNode.Parse(capture.LastBody!),
            };
            string text = line.ToJsonString();
            if (_redactor.Redact(text) != text) throw new InvalidOperationException("a batch request would hold a secret; nothing more is written");
            await writer.WriteAsync(text + "\n").ConfigureAwait(false);
            written++;
        }
        return new BatchPlan(items.Count, inCache, written, otherShards);
    }

    /// <summary>
    /// Reads a Batch output file (one <c>{"custom_id", "response": {"status_code", "body"}, "error"}</c> per line) and
    /// files each answer under its headline's cache key, read and checked as a live answer is, with the served model,
    /// fingerprint, tokens and cost from the response's own usage. An error line, a non-200 status or an answer that
    /// breaks the protocol is a failed result (never a score of 0) and is not cached, so a later run asks again.
    /// </summary>
    /// <returns>One result per headline whose key the file answers, in the items' order.</returns>
    public async Task<BatchIngest> IngestBatchResultsAsync(IReadOnlyList<NewsItem> items, string resultsPath, CancellationToken cancellationToken = default)
    {
        if (_cache is null) throw new InvalidOperationException("ingesting batch results needs a cache to file them in (set CachePath)");
        var answers = ReadBatchOutput(resultsPath);
        var plans = items.Select(Plan).ToArray();
        var replay = new ReplayHandler();
        using var transport = new LlmTransport(_options with { MaxRetries = 0 }, _settings, chatClient: null, replay, _redactor);
        var byKey = new Dictionary<string, SentimentResult>(StringComparer.Ordinal);
        var results = new List<SentimentResult>();
        foreach (var plan in plans)
        {
            if (!answers.TryGetValue(plan.Key, out var answer)) continue;
            if (!byKey.TryGetValue(plan.Key, out var result))
            {
                result = await ReadBatchAnswerAsync(plan, answer, transport, replay, cancellationToken).ConfigureAwait(false);
                byKey[plan.Key] = result;
            }
            results.Add(result with { Id = plan.Item.Id });
        }
        var known = new HashSet<string>(plans.Select(p => p.Key), StringComparer.Ordinal);
        return new BatchIngest(results, answers.Keys.Count(k => !known.Contains(k)));
    }

    private async Task<SentimentResult> ReadBatchAnswerAsync(Planned plan, BatchAnswer answer, LlmTransport transport, ReplayHandler replay, CancellationToken ct)
    {
        var sums = new Attempts();
        if (answer.Error is { } error) return Failed(plan.Item.Id, "batch: " + error, sums, TimeSpan.Zero);
        var startedAt = answer.Created ?? _options.Clock.GetUtcNow();
        replay.Body = answer.Body!;
        LlmReply reply;
        try
        {
            var response = await transport.SendAsync(Messages(plan.Request), _chatOptions, ct).ConfigureAwait(false);
            reply = LlmReply.Read(response, _settings.Preset.ReasoningField);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Failed(plan.Item.Id, "batch: unreadable response: " + LlmFailure.Describe(ex, _redactor), sums, TimeSpan.Zero);
        }
        sums.Input = reply.InputTokens;
        sums.CacheHit = reply.CacheHitTokens;
        sums.Output = reply.OutputTokens;
        sums.Reasoning = reply.ReasoningTokens;
        sums.Cost = _settings.Price?.Cost(reply.CacheHitTokens, reply.CacheMissTokens, reply.OutputTokens, startedAt) ?? double.NaN;
        sums.Last = reply;
        var split = ModelAnswer.Split(reply.Text, reply.ReasoningField);
        string? problem = split.Answer.Length == 0 ? "empty answer" : null;
        var parsed = problem is null ? _prompt.Parse(split.Answer, plan.Request, out problem) : null;
        if (parsed is null) return Failed(plan.Item.Id, $"batch: the answer broke the {_prompt.Version} protocol: {problem}", sums, TimeSpan.Zero);
        return Answered(plan, parsed, split.Reasoning, sums, TimeSpan.Zero, reply.Text);
    }

    /// <summary>The items of one shard, by a stable hash of each item's cache key (so a headline always lands in the same shard).</summary>
    public IReadOnlyList<NewsItem> ShardOf(IReadOnlyList<NewsItem> items, BatchShard shard) =>
        items.Where(i => shard.Owns(Plan(i).Key)).ToArray();

    private static List<ChatMessage> Messages(PromptRequest request) =>
        [new(ChatRole.System, request.SystemMessage), new(ChatRole.User, request.UserMessage)];

    private sealed record BatchAnswer(string? Body, string? Error, DateTimeOffset? Created);

    /// <summary>custom_id → the answer's body or its error; a malformed line is a <see cref="DataFormatException"/> naming it.</summary>
    private static Dictionary<string, BatchAnswer> ReadBatchOutput(string path)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var answers = new Dictionary<string, BatchAnswer>(StringComparer.Ordinal);
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            JsonNode? node;
            try { node = JsonNode.Parse(text); }
            catch (JsonException ex) { throw new DataFormatException(path, line, null, $"not JSON: {ex.Message}", ex); }
            string id = node?["custom_id"]?.GetValue<string>() ?? throw new DataFormatException(path, line, "custom_id", "missing");
            if (answers.ContainsKey(id)) throw new DataFormatException(path, line, "custom_id", $"'{id}' answered twice");
            var response = node!["response"];
            int status = response?["status_code"]?.GetValue<int>() ?? 0;
            var body = response?["body"];
            string? error = node["error"] is JsonObject e ? $"{e["code"]?.ToString() ?? "error"}: {e["message"]?.ToString() ?? ""}"
                : response is null ? "no response"
                : status != 200 ? $"HTTP {status}: {body?["error"]?["message"]?.ToString() ?? body?.ToJsonString() ?? ""}"
                : body is null ? "no body" : null;
            DateTimeOffset? created = body?["created"] is JsonValue c && c.TryGetValue(out long seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
            answers[id] = new BatchAnswer(error is null ? body!.ToJsonString() : null, error, created);
        }
        return answers;
    }

    /// <summary>Records the body the scorer would POST and answers with an empty completion, so nothing leaves the machine.</summary>
    private sealed class CapturingHandler : HttpMessageHandler
    {
        public string? LastBody;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastBody = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return Json("""{"id":"capture","object":"chat.completion","created":0,"model":"capture","choices":[{"index":0,"message":{"role":"assistant","content":""},"finish_reason":"stop"}]}""");
        }
    }

    /// <summary>Answers the next request with a body from a batch output file, so it is read by the same client code as a live answer.</summary>
    private sealed class ReplayHandler : HttpMessageHandler
    {
        public string Body = "{}";

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(Json(Body));
    }

    private static HttpResponseMessage Json(string body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
