namespace Signals.Sentiment.Llm;

/// <summary>Thinking switch: leave it to the server, or turn it on or off.</summary>
public enum ThinkingMode
{
    /// <summary>No explicit choice: the provider preset and the server decide (see <see cref="ThinkingSettings"/>).</summary>
    Default,
    /// <summary>Ask the model to think before it answers.</summary>
    On,
    /// <summary>Ask the model to answer without thinking.</summary>
    Off,
}

/// <summary>
/// Whether the model thinks before it answers, and how hard, as asked of the server. <see cref="Thinks"/> is what the
/// scorer expects (for cost estimates and provenance); the request carries only what was set explicitly, in the
/// provider's own dialect (<see cref="ThinkingDialect"/>).
/// </summary>
public sealed record ThinkingSettings(ThinkingMode Mode, string? Effort, bool Thinks)
{
    /// <summary>Efforts each dialect accepts (DeepSeek maps medium to high and ultra to max; we send only its own names).</summary>
    private static readonly Dictionary<ThinkingDialect, string[]> Efforts = new()
    {
        [ThinkingDialect.DeepSeek] = ["low", "high", "max"],
        [ThinkingDialect.Ollama] = ["low", "medium", "high"],
        [ThinkingDialect.ChatTemplate] = ["low", "medium", "high"],
        [ThinkingDialect.OpenAI] = ["low", "medium", "high"],
    };

    /// <summary>Reads the --thinking value: default (or empty), on (enabled, true), off (disabled, false).</summary>
    /// <exception cref="ArgumentException">Any other text.</exception>
    public static ThinkingMode ParseMode(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "default" => ThinkingMode.Default,
        "on" or "enabled" or "true" => ThinkingMode.On,
        "off" or "disabled" or "false" => ThinkingMode.Off,
        _ => throw new ArgumentException($"--thinking '{text}' should be on or off"),
    };

    /// <summary>Checks the combination against the provider and works out whether the model will think.</summary>
    public static ThinkingSettings Resolve(LlmProviderPreset preset, string model, ThinkingMode mode, string? effort)
    {
        effort = string.IsNullOrWhiteSpace(effort) ? null : effort.Trim().ToLowerInvariant();
        if (effort is not null && !Efforts[preset.Thinking].Contains(effort))
            throw new ArgumentException($"{preset.Provider} takes --reasoning-effort {string.Join(", ", Efforts[preset.Thinking])}; '{effort}' is not one of them");
        if (effort is not null && mode == ThinkingMode.Off)
            throw new ArgumentException("--reasoning-effort needs thinking on; drop it or drop --thinking off");
        if (preset.Thinking == ThinkingDialect.OpenAI && mode != ThinkingMode.Default)
            throw new ArgumentException("OpenAI's API has no thinking switch: leave --thinking out (its reasoning models always think)");

        bool thinks = mode switch
        {
            ThinkingMode.On => true,
            ThinkingMode.Off => false,
            _ => effort is not null || (preset.ThinksByDefault && model.Equals(preset.DefaultModel, StringComparison.OrdinalIgnoreCase))
                 || IsThinkingModelName(preset, model),
        };
        return new ThinkingSettings(mode, effort, thinks);
    }

    /// <summary>Models that think whatever they are told: R1 and its distills, QwQ, OpenAI's o-series; DeepSeek's V4 models by default.</summary>
    public static bool IsThinkingModelName(LlmProviderPreset preset, string model)
    {
        var name = model.ToLowerInvariant();
        if (preset.Thinking == ThinkingDialect.DeepSeek && preset.Provider == LlmProvider.DeepSeek) return true; // thinking is DeepSeek's default
        return name.Contains("reasoner") || name.Contains("-r1") || name.StartsWith("r1") || name.Contains("qwq")
            || name.Contains("think") || name is "o1" or "o3" or "o4-mini" || name.StartsWith("o1-") || name.StartsWith("o3-");
    }

    /// <summary>"on", "off": what the result records.</summary>
    public string Recorded => Thinks ? "on" : "off";
}
