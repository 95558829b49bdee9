using System.Globalization;
using Microsoft.Extensions.AI;
using Signals.Sentiment.Caching;

namespace Signals.Sentiment.Llm;

/// <summary>
/// Who answers, asked how: endpoint, model, prompt version and system message, temperature, anonymising, output cap,
/// JSON mode and the thinking settings. An answer is reused only for the same identity and the same user message;
/// never a secret.
/// </summary>
internal static class LlmCacheIdentity
{
    public static string Of(LlmScorerOptions options, ResolvedLlmSettings settings, LlmPrompt prompt, ChatOptions chat) =>
        string.Join('|', "llm-v3",
            SentimentResultCache.Hash(settings.Endpoint.AbsoluteUri.TrimEnd('/') + "|" + settings.Model)[..16],
            settings.Model, prompt.Version, "system=" + SentimentResultCache.Hash(prompt.SystemMessage)[..16],
            FormattableString.Invariant($"t={(chat.Temperature is { } t ? t.ToString("R", CultureInfo.InvariantCulture) : "default")}"),
            $"anon={(options.Anonymize ? 1 : 0)}",
            $"max={options.MaxOutputTokens?.ToString(CultureInfo.InvariantCulture) ?? "default"}",
            $"json={(chat.ResponseFormat is null ? 0 : 1)}",
            $"thinking={settings.Thinking.Mode.ToString().ToLowerInvariant()}",
            $"effort={settings.Thinking.Effort ?? "default"}");
}
