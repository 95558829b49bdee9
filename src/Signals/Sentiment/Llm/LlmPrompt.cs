using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Signals.Data;

namespace Signals.Sentiment.Llm;

/// <summary>One request built for one news item: instructions in the system message, the headline as data in the user message.</summary>
public sealed record PromptRequest(string SystemMessage, string UserMessage, string ItemTag, string Company);

/// <summary>A protocol-conforming answer.</summary>
public sealed record ParsedAnswer(double Score, SentimentLabel Label, double Confidence, string? Rationale);

/// <summary>
/// A versioned question-and-answer protocol. The version is part of the cache key: change the wording or
/// the parsing and bump it, so old answers are never served for a new question.
/// </summary>
public abstract class LlmPrompt
{
    /// <summary>Which of the built-in prompts this is.</summary>
    public abstract LlmPromptKind Kind { get; }
    /// <summary>Version tag of the wording and answer protocol (e.g. "lopez-lira-v1"); part of the scorer's name and cache key, so changed wording never reuses old answers.</summary>
    public abstract string Version { get; }
    /// <summary>The instructions sent as the system message; the headline itself travels only in the user message, as data.</summary>
    public abstract string SystemMessage { get; }
    /// <summary>Expected answer length in tokens, for a cost estimate (reasoning excluded).</summary>
    public abstract int ExpectedAnswerTokens { get; }
    /// <summary>Whether to ask the server for a JSON object (OpenAI's response_format json_object).</summary>
    public virtual bool WantsJsonObject => false;
    /// <summary>Whether the answer must echo a per-item tag (so it is accepted only for its own request).</summary>
    protected virtual bool UsesItemTag => false;

    /// <summary>The prompt of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An unknown kind.</exception>
    public static LlmPrompt For(LlmPromptKind kind) => kind switch
    {
        LlmPromptKind.LopezLira => new LopezLiraPrompt(),
        LlmPromptKind.Json => new JsonPrompt(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Reads the CLI spelling: lopez-lira (or lopezlira, yes-no) or json, any case.</summary>
    /// <exception cref="ArgumentException">Any other text.</exception>
    public static LlmPromptKind ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "lopez-lira" or "lopezlira" or "yes-no" => LlmPromptKind.LopezLira,
        "json" => LlmPromptKind.Json,
        _ => throw new ArgumentException($"unknown prompt '{text}' (expected lopez-lira or json)"),
    };

    /// <summary>
    /// The request for one item: the company is "Name (TICKER)" of the first symbol when a name is known, the ticker otherwise, "the company
    /// in the headline" without a symbol; under <paramref name="anonymize"/> the company becomes "Company X" in the question and the headline.
    /// </summary>
    public PromptRequest Build(NewsItem item, IReadOnlyDictionary<string, string>? companyNames, bool anonymize)
    {
        string headline = Flatten(item.Headline);
        string company;
        if (anonymize)
        {
            headline = CompanyAnonymizer.Anonymize(headline, item.Symbols, companyNames);
            company = CompanyAnonymizer.Placeholder(0);
        }
        else
        {
            var symbol = item.Symbols.Count > 0 ? item.Symbols[0] : null;
            company = symbol is null ? "the company in the headline"
                : companyNames is not null && companyNames.TryGetValue(symbol, out var name) && !string.IsNullOrWhiteSpace(name)
                    ? $"{name.Trim()} ({symbol})" : symbol;
        }
        var tag = UsesItemTag ? ItemTag(company, headline) : "";
        return new PromptRequest(SystemMessage, UserMessage(company, Quote(headline), tag), tag, company);
    }

    /// <summary>The question, naming the company and holding the headline as a JSON string literal.</summary>
    protected abstract string UserMessage(string company, string quotedHeadline, string itemTag);

    /// <summary>Reads the answer text (thinking already removed); null with a reason when it breaks the protocol.</summary>
    public abstract ParsedAnswer? Parse(string answer, PromptRequest request, out string? error);

    /// <summary>
    /// The headline as a JSON string: quotes, backslashes and line breaks are escaped, so nothing inside it can
    /// close the block and pose as instructions.
    /// </summary>
    internal static string Quote(string headline) =>
        "\"" + JsonEncodedText.Encode(headline, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";

    private static string Flatten(string headline) => headline.ReplaceLineEndings(" ").Trim();

    /// <summary>A short tag derived from the request content, so the same headline always gets the same tag (cacheable).</summary>
    private static string ItemTag(string company, string headline) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(company + "\n" + headline)), 0, 4);

    internal static string Excerpt(string text, int max = 80)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= max ? flat : flat[..max] + "…";
    }
}
