using System.ComponentModel;
using System.Globalization;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>The options of the LLM scorer, shared by `sentiment score` and `sentiment eval` so both ask the same model the same way.</summary>
public abstract class LlmCommandSettings : CommandSettings
{
    // Not an LLM option, but every command that scores headlines derives from this class; demo declares its own.
    [CommandOption(PrecisionOption.Template)]
    [Description(PrecisionOption.Description)]
    public string? Precision { get; init; }

    internal Signals.Sentiment.Embedded.EmbeddingPrecision EmbeddingPrecision => PrecisionOption.Parse(Precision);

    [CommandOption("--provider <NAME>")]
    [Description("deepseek (default), openai, ollama, vllm, llamacpp or custom. Env: SIGNALS_LLM_PROVIDER.")]
    public string? Provider { get; init; }

    [CommandOption("--endpoint <URL>")]
    [Description("OpenAI-compatible base URL (default: the provider's). Env: SIGNALS_LLM_ENDPOINT.")]
    public string? Endpoint { get; init; }

    [CommandOption("--model <NAME>")]
    [Description("Model (default: deepseek-flash for deepseek, deepseek-r1:8b for ollama, gpt-4o-mini for openai). Retired names (deepseek-chat, deepseek-reasoner) are refused. Env: SIGNALS_LLM_MODEL.")]
    public string? Model { get; init; }

    [CommandOption("--thinking <ON|OFF>")]
    [Description("Thinking (reasoning before the answer) on or off; default: the server's (DeepSeek and R1 distills think). Sent as each provider takes it.")]
    public string? Thinking { get; init; }

    [CommandOption("--reasoning-effort <LEVEL>")]
    [Description("low, high or max for DeepSeek; low, medium or high for Ollama, vLLM, llama.cpp and OpenAI.")]
    public string? ReasoningEffort { get; init; }

    [CommandOption("--api-key-env <VAR>")]
    [Description("Environment variable holding the API key (default: SIGNALS_LLM_API_KEY, then DEEPSEEK_API_KEY / OPENAI_API_KEY).")]
    public string? ApiKeyEnv { get; init; }

    [CommandOption("--prompt <NAME>")]
    [Description("lopez-lira (YES/NO/UNKNOWN, default) or json (score, label, confidence, rationale).")]
    [DefaultValue("lopez-lira")]
    public string Prompt { get; init; } = "lopez-lira";

    [CommandOption("--anonymize")]
    [Description("Replace the company's name and ticker with \"Company X\" in the headline and the question.")]
    public bool Anonymize { get; init; }

    [CommandOption("--universe <FILE>")]
    [Description("Universe CSV: symbol, and any of name, sector, half_spread_bps (the sample's universe.csv has all four). Company names for the LLM question; in study, sectors for neutral portfolios and IC by sector, and quoted half-spreads for the cost section.")]
    public string? Universe { get; init; }

    [CommandOption("--temperature <T>")]
    [DefaultValue(0.0)]
    public double Temperature { get; init; }

    [CommandOption("--max-tokens <N>")]
    [Description("Output token cap per request (reasoning included); default: the server's.")]
    public int? MaxTokens { get; init; }

    [CommandOption("--concurrency <N>")]
    [DefaultValue(8)]
    public int Concurrency { get; init; } = 8;

    [CommandOption("--rpm <N>")]
    [Description("Client-side limit on requests per minute.")]
    public int? Rpm { get; init; }

    [CommandOption("--max-retries <N>")]
    [DefaultValue(4)]
    public int MaxRetries { get; init; } = 4;

    [CommandOption("--timeout <SECONDS>")]
    [Description("Per request attempt.")]
    [DefaultValue(180.0)]
    public double Timeout { get; init; } = 180;

    [CommandOption("--cache <FILE>")]
    [Description("SQLite cache of finished results: a rerun requests only what is missing.")]
    public string? Cache { get; init; }

    [CommandOption("--max-cost <USD>")]
    [Description("Stop starting requests before the batch would cost more; the rest are skipped.")]
    public double? MaxCost { get; init; }

    [CommandOption("--price <IN,OUT>")]
    [Description("USD per million input and output tokens, overriding the price table.")]
    public string? Price { get; init; }

    [CommandOption("--price-table <FILE>")]
    [Description("JSON price table (the shape of the library's Sentiment/Llm/prices.json) whose rows replace the built-in ones.")]
    public string? PriceTable { get; init; }

    /// <summary>
    /// The scorer <paramref name="name"/> names (embedded, lexicon, llm, llm:MODEL, llm:PROVIDER/MODEL) with this
    /// command's options, behind its --cache whatever the scorer; <paramref name="estimateOnly"/> for a dry run (no key, nothing sent).
    /// <paramref name="environment"/> holds the API key and the SIGNALS_LLM_* defaults (the command's host's).
    /// </summary>
    internal ISentimentScorer CreateScorer(string name, Func<string, string?> environment, bool estimateOnly = false) => SentimentScorers.Create(name, new SentimentScorerOptions
    {
        Precision = EmbeddingPrecision,
        CachePath = Cache,
        Llm = SentimentScorers.IsLlm(name) ? ToLlmOptions(environment) : null,
        Environment = environment,
        EstimateOnly = estimateOnly,
    });

    internal LlmScorerOptions ToLlmOptions(Func<string, string?> environment) => new()
    {
        Provider = LlmProviderPreset.Parse(Provider ?? environment("SIGNALS_LLM_PROVIDER") ?? "deepseek"),
        Endpoint = Endpoint,
        Model = Model,
        Thinking = ThinkingSettings.ParseMode(Thinking),
        ReasoningEffort = ReasoningEffort,
        ApiKeyEnvVar = ApiKeyEnv,
        Prompt = LlmPrompt.ParseKind(Prompt),
        Anonymize = Anonymize,
        CompanyNames = Universe is null ? null : CompanyNames.Load(Universe),
        Temperature = Temperature,
        MaxOutputTokens = MaxTokens,
        Concurrency = Concurrency,
        RequestsPerMinute = Rpm,
        MaxRetries = MaxRetries,
        Timeout = TimeSpan.FromSeconds(Timeout),
        CachePath = Cache,
        MaxCostUsd = MaxCost,
        Price = Price is null ? null : ParsePrice(Price),
        PriceTable = PriceTable is null ? null : Signals.Sentiment.Llm.PriceTable.LoadOverBuiltIn(PriceTable),
    };

    private static ModelPrice ParsePrice(string text)
    {
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var input) && input >= 0
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var output) && output >= 0)
            return new ModelPrice(input, output);
        throw new ArgumentException($"--price '{text}' should be two numbers, USD per million input and output tokens, e.g. 0.15,0.60");
    }
}
