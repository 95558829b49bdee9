namespace Signals.Sentiment.Llm;

/// <summary>Where an OpenAI-compatible chat endpoint lives. Every preset speaks the same protocol.</summary>
public enum LlmProvider
{
    DeepSeek,
    OpenAI,
    Ollama,
    Vllm,
    LlamaCpp,
    /// <summary>Any OpenAI-compatible base URL; <see cref="LlmScorerOptions.Endpoint"/> is required.</summary>
    Custom,
}

/// <summary>Default endpoint, model and key variable of each provider.</summary>
public sealed record LlmProviderPreset(LlmProvider Provider, string? Endpoint, string? DefaultModel, string? ApiKeyEnvVar, bool IsLocal)
{
    public static LlmProviderPreset For(LlmProvider provider) => provider switch
    {
        LlmProvider.DeepSeek => new(provider, "https://api.deepseek.com", "deepseek-reasoner", "DEEPSEEK_API_KEY", false),
        LlmProvider.OpenAI => new(provider, "https://api.openai.com/v1", "gpt-4o-mini", "OPENAI_API_KEY", false),
        LlmProvider.Ollama => new(provider, "http://localhost:11434/v1", null, null, true),
        LlmProvider.Vllm => new(provider, "http://localhost:8000/v1", null, null, true),
        LlmProvider.LlamaCpp => new(provider, "http://localhost:8080/v1", null, null, true),
        LlmProvider.Custom => new(provider, null, null, null, false),
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
