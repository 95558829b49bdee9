namespace Signals.Sentiment.Llm;

/// <summary>Where an OpenAI-compatible chat endpoint lives. Every preset speaks the same protocol, with its own quirks.</summary>
public enum LlmProvider
{
    /// <summary>DeepSeek's hosted API (key in DEEPSEEK_API_KEY).</summary>
    DeepSeek,
    /// <summary>OpenAI's hosted API (key in OPENAI_API_KEY).</summary>
    OpenAI,
    /// <summary>A local Ollama server (http://localhost:11434/v1); no key, no per-token price.</summary>
    Ollama,
    /// <summary>A local vLLM server (http://localhost:8000/v1); the model must be named.</summary>
    Vllm,
    /// <summary>A local llama.cpp server (http://localhost:8080/v1); the model must be named.</summary>
    LlamaCpp,
    /// <summary>Any OpenAI-compatible base URL; <see cref="LlmScorerOptions.Endpoint"/> is required. Thinking is sent the DeepSeek way.</summary>
    Custom,
}

/// <summary>How a server takes the thinking switch and the reasoning effort.</summary>
public enum ThinkingDialect
{
    /// <summary>DeepSeek's API: <c>{"thinking": {"type": "enabled"|"disabled"}}</c> and <c>reasoning_effort</c> low / high / max.</summary>
    DeepSeek,
    /// <summary>Ollama's OpenAI endpoint: <c>reasoning_effort</c> low / medium / high, or "none" to turn thinking off.</summary>
    Ollama,
    /// <summary>vLLM and llama.cpp: the chat template's switch (<c>chat_template_kwargs</c>: thinking / enable_thinking) and <c>reasoning_effort</c>.</summary>
    ChatTemplate,
    /// <summary>OpenAI: <c>reasoning_effort</c> only; thinking cannot be switched.</summary>
    OpenAI,
}

/// <summary>Default endpoint, model, key variable and quirks of each provider.</summary>
/// <param name="ReasoningField">The message field the server puts the reasoning in (besides a &lt;think&gt; block in the content).</param>
/// <param name="ThinksByDefault">Whether the default model thinks unless told not to.</param>
public sealed record LlmProviderPreset(
    LlmProvider Provider, string? Endpoint, string? DefaultModel, string? ApiKeyEnvVar, bool IsLocal,
    ThinkingDialect Thinking, string ReasoningField, bool ThinksByDefault)
{
    /// <summary>The preset of <paramref name="provider"/>: default endpoint, model, key variable, whether it is local, and its thinking dialect.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown provider.</exception>
    public static LlmProviderPreset For(LlmProvider provider) => provider switch
    {
        LlmProvider.DeepSeek => new(provider, "https://api.deepseek.com", "deepseek-flash", "DEEPSEEK_API_KEY", false, ThinkingDialect.DeepSeek, "reasoning_content", true),
        LlmProvider.OpenAI => new(provider, "https://api.openai.com/v1", "gpt-4o-mini", "OPENAI_API_KEY", false, ThinkingDialect.OpenAI, "reasoning_content", false),
        LlmProvider.Ollama => new(provider, "http://localhost:11434/v1", "deepseek-r1:8b", null, true, ThinkingDialect.Ollama, "reasoning", true),
        LlmProvider.Vllm => new(provider, "http://localhost:8000/v1", null, null, true, ThinkingDialect.ChatTemplate, "reasoning_content", false),
        LlmProvider.LlamaCpp => new(provider, "http://localhost:8080/v1", null, null, true, ThinkingDialect.ChatTemplate, "reasoning_content", false),
        LlmProvider.Custom => new(provider, null, null, null, false, ThinkingDialect.DeepSeek, "reasoning_content", false),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "unknown provider"),
    };

    /// <summary>Accepts the CLI spellings: deepseek, openai, ollama, vllm, llamacpp (or llama.cpp), custom.</summary>
    public static LlmProvider Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "deepseek" => LlmProvider.DeepSeek,
        "openai" => LlmProvider.OpenAI,
        "ollama" => LlmProvider.Ollama,
        "vllm" => LlmProvider.Vllm,
        "llamacpp" or "llama.cpp" or "llama-cpp" => LlmProvider.LlamaCpp,
        "custom" => LlmProvider.Custom,
        _ => throw new ArgumentException($"unknown LLM provider '{text}' (expected deepseek, openai, ollama, vllm, llamacpp or custom)"),
    };
}

/// <summary>
/// Model names a provider no longer serves. They are refused before any request, naming the successor, because the
/// server answers every request with an error (DeepSeek retired deepseek-chat and deepseek-reasoner on 2026-07-24).
/// </summary>
public static class RetiredModels
{
    private sealed record Retired(LlmProvider Provider, string Model, DateOnly Since, string Successor, string How);

    private static readonly Retired[] Table =
    [
        new(LlmProvider.DeepSeek, "deepseek-chat", new(2026, 7, 24), "deepseek-flash", "--model deepseek-flash --thinking off"),
        new(LlmProvider.DeepSeek, "deepseek-reasoner", new(2026, 7, 24), "deepseek-flash", "--model deepseek-flash (thinking is on by default)"),
    ];

    /// <summary>Why a model cannot be used, naming its successor; null when it is served.</summary>
    public static string? Check(LlmProvider provider, Uri endpoint, string model)
    {
        bool deepSeekHost = endpoint.Host.EndsWith("deepseek.com", StringComparison.OrdinalIgnoreCase);
        foreach (var r in Table)
            if ((r.Provider == provider || (r.Provider == LlmProvider.DeepSeek && deepSeekHost))
                && model.Trim().Equals(r.Model, StringComparison.OrdinalIgnoreCase))
                return $"model '{r.Model}' was retired by {r.Provider} on {r.Since:yyyy-MM-dd} and every request with it fails; its successor is {r.Successor}: {r.How}";
        return null;
    }
}
