using Microsoft.Extensions.AI;
using OpenAI.Chat;

namespace Signals.Sentiment.Llm;

/// <summary>
/// The per-request options, written the way each provider takes them: the output cap (max_tokens, or OpenAI's
/// max_completion_tokens), the thinking switch and effort (<see cref="ThinkingDialect"/>), JSON mode, and no
/// temperature when the model thinks (thinking mode ignores it; leaving it out keeps the cache identity honest).
/// </summary>
internal static class ChatRequestOptions
{
    public static ChatOptions Build(LlmScorerOptions options, ResolvedLlmSettings settings, LlmPrompt prompt)
    {
        var thinking = settings.Thinking;
        var dialect = settings.Preset.Thinking;
        var o = new ChatOptions
        {
            Temperature = thinking.Thinks ? null : (float)options.Temperature,
            ResponseFormat = prompt.WantsJsonObject && options.JsonMode ? Microsoft.Extensions.AI.ChatResponseFormat.Json : null,
        };
        bool openAiCap = dialect == ThinkingDialect.OpenAI;
        if (openAiCap && options.MaxOutputTokens is { } cap) o.MaxOutputTokens = cap; // OpenAI reads max_completion_tokens

#pragma warning disable SCME0001 // JsonPatch: the documented way to add fields the SDK does not model
        o.RawRepresentationFactory = _ =>
        {
            var raw = new ChatCompletionOptions();
            var effort = thinking.Effort;
            if (!openAiCap && options.MaxOutputTokens is { } max) raw.Patch.Set("$.max_tokens"u8, max); // DeepSeek and local servers
            switch (dialect)
            {
                case ThinkingDialect.DeepSeek:
                    // DeepSeek itself is always told what the result records (Thinks), so a changed server default cannot
                    // silently change the research; a custom server of this dialect gets the switch only when it was set.
                    bool explicitSwitch = thinking.Mode != ThinkingMode.Default || settings.Preset.Provider == LlmProvider.DeepSeek;
                    bool thinks = thinking.Mode == ThinkingMode.On || (thinking.Mode == ThinkingMode.Default && thinking.Thinks);
                    if (explicitSwitch)
                        raw.Patch.Set("$.thinking"u8, BinaryData.FromString(thinks ? """{"type":"enabled"}""" : """{"type":"disabled"}"""));
                    if (effort is not null) raw.Patch.Set("$.reasoning_effort"u8, effort);
                    break;
                case ThinkingDialect.Ollama:
                    if (thinking.Mode == ThinkingMode.Off) raw.Patch.Set("$.reasoning_effort"u8, "none");
                    else if (effort is not null) raw.Patch.Set("$.reasoning_effort"u8, effort);
                    break;
                case ThinkingDialect.ChatTemplate:
                    if (thinking.Mode != ThinkingMode.Default)
                    {
                        // Templates name the switch differently (DeepSeek V3.1: thinking; Qwen3: enable_thinking); unknown keys are ignored.
                        var on = thinking.Mode == ThinkingMode.On ? "true" : "false";
                        raw.Patch.Set("$.chat_template_kwargs"u8, BinaryData.FromString($$"""{"thinking":{{on}},"enable_thinking":{{on}}}"""));
                    }
                    if (effort is not null) raw.Patch.Set("$.reasoning_effort"u8, effort);
                    break;
                case ThinkingDialect.OpenAI:
                    if (effort is not null) raw.Patch.Set("$.reasoning_effort"u8, effort);
                    break;
            }
            return raw;
        };
#pragma warning restore SCME0001
        return o;
    }
}
