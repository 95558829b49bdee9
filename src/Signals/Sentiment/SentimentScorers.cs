using Signals.Sentiment.Caching;
using Signals.Sentiment.Llm;

namespace Signals.Sentiment;

/// <summary>
/// Every scorer by name, built one way for every command and notebook: "embedded", "lexicon", "llm" (the model of
/// <see cref="SentimentScorerOptions.Llm"/>), "llm:MODEL" or "llm:PROVIDER/MODEL"; each behind the same cache.
/// </summary>
public static class SentimentScorers
{
    /// <summary>True for a name <see cref="Create"/> accepts (without building anything).</summary>
    public static bool IsKnown(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        return n == "llm" || n.StartsWith("llm:", StringComparison.Ordinal) || OfflineScorers.Names.Contains(n);
    }

    /// <summary>True for the names that ask a language model (and so may cost money).</summary>
    public static bool IsLlm(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        return n == "llm" || n.StartsWith("llm:", StringComparison.Ordinal);
    }

    /// <summary>Builds the scorer <paramref name="name"/> names; the caller disposes it (scorers that hold files or sessions are IDisposable).</summary>
    public static ISentimentScorer Create(string name, SentimentScorerOptions? options = null)
    {
        options ??= new SentimentScorerOptions();
        if (IsLlm(name))
        {
            var llm = LlmOptions(name.Trim(), options.Llm ?? new LlmScorerOptions()) with { CachePath = options.CachePath };
            return options.EstimateOnly
                ? LlmSentimentScorer.ForEstimate(llm, options.Environment)
                : new LlmSentimentScorer(llm, environment: options.Environment);
        }
        var offline = OfflineScorers.Create(name, options.Precision);
        if (options.CachePath is null) return offline;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.CachePath))!);
        return new CachingSentimentScorer(offline, options.CachePath) { OwnsInner = true };
    }

    /// <summary>"llm:MODEL" sets the model; "llm:PROVIDER/MODEL" the provider too (a hub name like "org/model" keeps its slash).</summary>
    private static LlmScorerOptions LlmOptions(string name, LlmScorerOptions options)
    {
        if (name.Equals("llm", StringComparison.OrdinalIgnoreCase)) return options;
        var model = name[4..];
        int slash = model.IndexOf('/');
        if (slash > 0 && TryProvider(model[..slash]) is { } provider)
            options = options with { Provider = provider, Model = model[(slash + 1)..] };
        else
            options = options with { Model = model };
        if (string.IsNullOrWhiteSpace(options.Model)) throw new ArgumentException($"scorer '{name}' names no model");
        return options;
    }

    private static LlmProvider? TryProvider(string text)
    {
        try { return LlmProviderPreset.Parse(text); }
        catch (ArgumentException) { return null; }
    }
}
