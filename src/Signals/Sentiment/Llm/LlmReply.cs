using System.Text;
using Microsoft.Extensions.AI;
using OpenAI.Chat;

namespace Signals.Sentiment.Llm;

/// <summary>
/// One chat answer read the provider's way: the text, the reasoning (DeepSeek, vLLM and llama.cpp send
/// reasoning_content; Ollama sends reasoning; a &lt;think&gt; block may stay in the text), the model and build the
/// server says answered, and the token counts, with DeepSeek's prompt-cache hits apart from the misses.
/// </summary>
internal sealed record LlmReply(
    string Text, string? ReasoningField, string? ServedModel, string? SystemFingerprint,
    int InputTokens, int CacheHitTokens, int OutputTokens, int ReasoningTokens)
{
    public int CacheMissTokens => Math.Max(0, InputTokens - CacheHitTokens);

    public static LlmReply Read(ChatResponse response, string reasoningField)
    {
        var completion = response.RawRepresentation as ChatCompletion;
        string? reasoning = string.Concat(response.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Select(r => r.Text));
        if (reasoning.Length == 0 && completion is not null)
            reasoning = PatchString(completion, $"$.choices[0].message.{reasoningField}")
                ?? PatchString(completion, reasoningField == "reasoning" ? "$.choices[0].message.reasoning_content" : "$.choices[0].message.reasoning");
        if (reasoning?.Length == 0) reasoning = null;

        var usage = response.Usage;
        int cacheHit = (int)(usage?.CachedInputTokenCount ?? 0);
        if (completion is not null && PatchLong(completion, "$.usage.prompt_cache_hit_tokens") is { } hit) cacheHit = (int)hit; // DeepSeek's own field

        return new LlmReply(
            response.Text ?? "", reasoning,
            completion?.Model ?? response.ModelId,
            completion?.SystemFingerprint,
            (int)(usage?.InputTokenCount ?? 0), cacheHit, (int)(usage?.OutputTokenCount ?? 0), (int)ReasoningTokensOf(usage));
    }

#pragma warning disable SCME0001 // JsonPatch holds the fields the SDK does not model
    private static string? PatchString(ChatCompletion completion, string path)
    {
        if (!completion.Patch.TryGetJson(Encoding.UTF8.GetBytes(path), out var json)) return null;
        var reader = new System.Text.Json.Utf8JsonReader(json.Span);
        return reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
    }

    private static long? PatchLong(ChatCompletion completion, string path)
    {
        if (!completion.Patch.TryGetJson(Encoding.UTF8.GetBytes(path), out var json)) return null;
        var reader = new System.Text.Json.Utf8JsonReader(json.Span);
        return reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.Number && reader.TryGetInt64(out var n) ? n : null;
    }
#pragma warning restore SCME0001

    private static long ReasoningTokensOf(UsageDetails? usage)
    {
        if (usage is null) return 0;
        if (usage.ReasoningTokenCount is { } n) return n;
        if (usage.AdditionalCounts is { } extra)
            foreach (var (name, value) in extra)
                if (name.Contains("Reasoning", StringComparison.OrdinalIgnoreCase)) return value;
        return 0;
    }
}
