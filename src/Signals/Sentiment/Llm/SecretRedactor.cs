using System.Text.RegularExpressions;

namespace Signals.Sentiment.Llm;

/// <summary>
/// Removes API keys from any text that may leave the process (errors, logs, result rows). Servers echo keys
/// back in 401 bodies, and HTTP stacks put request details in exception messages, so every message is cleaned.
/// </summary>
public sealed partial class SecretRedactor(params string?[] secrets)
{
    private readonly string[] _secrets = secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4).Cast<string>().ToArray();

    /// <summary>The text with every given secret (and its first 8 characters), bearer tokens and sk-… shaped keys replaced by "***"; "" for null.</summary>
    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
            // A server may quote a key partly ("sk-abcd****wxyz"): the first 8 characters are enough to hunt a key down.
            if (secret.Length >= 12) text = text.Replace(secret[..8], "***", StringComparison.Ordinal);
        }
        text = BearerToken().Replace(text, "Bearer ***");
        return KeyShaped().Replace(text, "***");
    }

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9._~+/=-]{4,}", RegexOptions.IgnoreCase)]
    private static partial Regex BearerToken();

    /// <summary>Key-looking tokens of the common providers (sk-..., sk-proj-...), even when they are not ours.</summary>
    [GeneratedRegex(@"\bsk-[A-Za-z0-9_-]{8,}")]
    private static partial Regex KeyShaped();
}
