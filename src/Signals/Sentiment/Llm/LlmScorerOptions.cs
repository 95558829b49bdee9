using Microsoft.Extensions.Logging;

namespace Signals.Sentiment.Llm;

/// <summary>Which question the model is asked and how its answer is read.</summary>
public enum LlmPromptKind
{
    /// <summary>Lopez-Lira &amp; Tang (2023): YES / NO / UNKNOWN on the first line, one short sentence after.</summary>
    LopezLira,
    /// <summary>A JSON object with score, label, confidence and rationale.</summary>
    Json,
}

/// <summary>
/// Everything the LLM scorer needs. Unset values fall back to the environment (SIGNALS_LLM_ENDPOINT,
/// SIGNALS_LLM_MODEL, SIGNALS_LLM_API_KEY, then the provider's own key variable such as DEEPSEEK_API_KEY),
/// then to the provider preset. See <see cref="Resolve(Func{string, string?}?)"/>.
/// </summary>
public sealed record LlmScorerOptions
{
    /// <summary>Which server preset fills the unset endpoint, model, key variable and thinking dialect.</summary>
    public LlmProvider Provider { get; init; } = LlmProvider.DeepSeek;
    /// <summary>Base URL of the OpenAI-compatible API, e.g. https://api.deepseek.com or http://localhost:11434/v1.</summary>
    public string? Endpoint { get; init; }
    /// <summary>Model id as the server names it; null takes SIGNALS_LLM_MODEL, then the provider's default.</summary>
    public string? Model { get; init; }
    /// <summary>The key itself. Prefer <see cref="ApiKeyEnvVar"/> so the key never sits in a config file.</summary>
    public string? ApiKey { get; init; }
    /// <summary>Name of the environment variable that holds the key.</summary>
    public string? ApiKeyEnvVar { get; init; }
    /// <summary>Which question is asked and how the answer is read.</summary>
    public LlmPromptKind Prompt { get; init; } = LlmPromptKind.LopezLira;
    /// <summary>Replace the company's name and ticker with "Company X", so the model cannot lean on what it remembers of that firm's later history.</summary>
    public bool Anonymize { get; init; }
    /// <summary>Ticker → company name, for the question; without an entry the ticker is used.</summary>
    public IReadOnlyDictionary<string, string>? CompanyNames { get; init; }
    /// <summary>Sampling temperature; 0 (default) for the most repeatable answers.</summary>
    public double Temperature { get; init; }
    /// <summary>Output cap per request (reasoning models count their thinking in it); null leaves the server default.</summary>
    public int? MaxOutputTokens { get; init; }
    /// <summary>Requests in flight at once.</summary>
    public int Concurrency { get; init; } = 8;
    /// <summary>Client-side request rate limit; null for none.</summary>
    public int? RequestsPerMinute { get; init; }
    /// <summary>Retries of one HTTP request on 429, 5xx, a dropped connection or a timeout.</summary>
    public int MaxRetries { get; init; } = 4;
    /// <summary>New requests after an answer that does not follow the protocol; then the item is Failed.</summary>
    public int MaxParseRetries { get; init; } = 2;
    /// <summary>Per HTTP attempt. Reasoning models can think for a minute.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(180);
    /// <summary>Longest wait between retries (a Retry-After beyond it is cut to it).</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>First backoff step; doubles each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Stop starting requests before the batch would cost more than this (USD). Null: no budget.</summary>
    public double? MaxCostUsd { get; init; }
    /// <summary>Price per million tokens for this model, overriding the price table.</summary>
    public ModelPrice? Price { get; init; }
    /// <summary>Where prices are looked up; null for <see cref="PriceTable.BuiltIn"/>.</summary>
    public PriceTable? PriceTable { get; init; }
    /// <summary>Thinking on or off; Default leaves it to the server (DeepSeek and R1 distills think by default).</summary>
    public ThinkingMode Thinking { get; init; }
    /// <summary>low / high / max (DeepSeek) or low / medium / high (others); null leaves the server's default.</summary>
    public string? ReasoningEffort { get; init; }
    /// <summary>Ask for a JSON object (response_format json_object) when the prompt answers in JSON.</summary>
    public bool JsonMode { get; init; } = true;
    /// <summary>SQLite file of finished results; null for no cache.</summary>
    public string? CachePath { get; init; }
    /// <summary>The clock that dates results and picks peak or off-peak prices; tests fix it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>Retries and failures are logged here, with any API key removed.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>Fills every unset value from the environment and the provider preset, and checks the result.</summary>
    public ResolvedLlmSettings Resolve(Func<string, string?>? environment = null) => Resolve(environment, requireKey: true);

    internal ResolvedLlmSettings Resolve(Func<string, string?>? environment, bool requireKey)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var preset = LlmProviderPreset.For(Provider);

        string? endpoint = Blank(Endpoint) ?? Blank(environment("SIGNALS_LLM_ENDPOINT")) ?? preset.Endpoint;
        if (endpoint is null)
            throw new ArgumentException("the custom provider needs an endpoint (--endpoint URL or SIGNALS_LLM_ENDPOINT)");
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"endpoint '{endpoint}' is not an http(s) URL");
        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query))
            throw new ArgumentException("put the API key in an environment variable, not in the endpoint URL");

        string? model = Blank(Model) ?? Blank(environment("SIGNALS_LLM_MODEL")) ?? preset.DefaultModel;
        if (model is null)
            throw new ArgumentException($"{Provider} has no default model: give one (--model NAME or SIGNALS_LLM_MODEL)");
        if (RetiredModels.Check(Provider, uri, model) is { } retired) throw new ArgumentException(retired);
        var thinking = ThinkingSettings.Resolve(preset, model, Thinking, ReasoningEffort);

        string? key = Blank(ApiKey);
        if (key is null && Blank(ApiKeyEnvVar) is { } named)
        {
            key = Blank(environment(named));
            if (key is null) throw new ArgumentException($"environment variable {named} is not set (it should hold the API key)");
        }
        key ??= Blank(environment("SIGNALS_LLM_API_KEY"));
        if (key is null && preset.ApiKeyEnvVar is { } presetVar) key = Blank(environment(presetVar));
        bool isLocal = preset.IsLocal || uri.IsLoopback;
        if (key is null && !isLocal && requireKey)
            throw new ArgumentException($"no API key for {Provider}: set {preset.ApiKeyEnvVar ?? "SIGNALS_LLM_API_KEY"} (or name another variable with --api-key-env)");

        if (Concurrency < 1) throw new ArgumentException("concurrency must be at least 1");
        if (RequestsPerMinute is < 1) throw new ArgumentException("requests per minute must be at least 1");
        if (MaxRetries < 0 || MaxParseRetries < 0) throw new ArgumentException("retry counts cannot be negative");
        if (Timeout <= TimeSpan.Zero) throw new ArgumentException("timeout must be positive");
        if (MaxCostUsd is < 0 or double.NaN) throw new ArgumentException("max cost must be zero or more");
        if (Temperature is < 0 or > 2 or double.NaN) throw new ArgumentException("temperature must be in [0, 2]");
        if (MaxOutputTokens is < 1) throw new ArgumentException("max output tokens must be at least 1");

        var table = PriceTable ?? Llm.PriceTable.BuiltIn;
        var (price, priceOrigin) = Price is not null ? (Price, "set by the caller")
            : table.Find(model) is { } listed ? (listed, $"price table {table.Origin} v{table.Version}")
            : isLocal ? (ModelPrice.Free, "local model: free") : ((ModelPrice?)null, "not in the price table");
        return new ResolvedLlmSettings(uri, model, new ApiKey(key ?? "no-key"), price, isLocal, preset, thinking, priceOrigin);
    }

    /// <summary>Shows the settings but never the key.</summary>
    public override string ToString() => FormattableString.Invariant(
        $"LlmScorerOptions {{ Provider = {Provider}, Endpoint = {Endpoint}, Model = {Model}, ApiKey = {(ApiKey is null ? "(none)" : "***")}, ApiKeyEnvVar = {ApiKeyEnvVar}, Thinking = {Thinking}, ReasoningEffort = {ReasoningEffort}, Prompt = {Prompt}, Anonymize = {Anonymize}, Temperature = {Temperature}, MaxOutputTokens = {MaxOutputTokens}, Concurrency = {Concurrency}, RequestsPerMinute = {RequestsPerMinute}, MaxCostUsd = {MaxCostUsd}, CachePath = {CachePath} }}");

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The endpoint, model, key, price and thinking settings the scorer will use.</summary>
/// <param name="PriceOrigin">Where <paramref name="Price"/> came from, for the dry run's statement of assumptions.</param>
public sealed record ResolvedLlmSettings(
    Uri Endpoint, string Model, ApiKey ApiKey, ModelPrice? Price, bool IsLocal, LlmProviderPreset Preset, ThinkingSettings Thinking, string PriceOrigin);

/// <summary>An API key that does not print itself: ToString, records and string interpolation show "***".</summary>
public sealed class ApiKey(string value)
{
    internal string Value { get; } = value;
    /// <summary>Always "***", so a key never reaches a log or an exception message.</summary>
    public override string ToString() => "***";
}
