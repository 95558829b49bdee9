using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Signals.Workflows.Trials;

/// <summary>
/// What makes one study run a distinct trial: the scorer (its name, model, prompt version and thinking), the strategy
/// with its cost and signal parameters, the window and the data. Two runs with equal configurations are the same trial,
/// so re-running a study does not inflate the count the Deflated Sharpe is deflated by.
/// </summary>
/// <param name="Scorer">The scorer's name, or "scores file".</param>
/// <param name="Model">The requested model(s) the results name, comma-separated; null when none (a scores file).</param>
/// <param name="PromptVersion">The prompt version(s) the results name; null when none.</param>
/// <param name="Thinking">Thinking and reasoning effort as the results record them; null when the scorer does not think.</param>
/// <param name="Strategy">The strategy's registry name.</param>
/// <param name="Parameters">Signal, strategy and cost parameters by name (values as invariant text).</param>
/// <param name="From">First day of the window.</param>
/// <param name="To">Last day of the window.</param>
/// <param name="Data">A fingerprint of the prices and news the trial ran on.</param>
public sealed record TrialConfiguration(
    string Scorer, string? Model, string? PromptVersion, string? Thinking, string Strategy,
    IReadOnlyDictionary<string, string> Parameters, DateOnly From, DateOnly To, string Data)
{
    /// <summary>
    /// SHA-256 (hex, first 16 characters) of the configuration written canonically: one "key=value" line per field,
    /// parameters sorted by name. Equal configurations give equal hashes whatever order parameters were added in.
    /// </summary>
    public string Hash
    {
        get
        {
            var text = new StringBuilder();
            void Line(string key, string? value) => text.Append(key).Append('=').Append(value ?? "").Append('\n');
            Line("scorer", Scorer);
            Line("model", Model);
            Line("promptVersion", PromptVersion);
            Line("thinking", Thinking);
            Line("strategy", Strategy);
            foreach (var (key, value) in Parameters.OrderBy(p => p.Key, StringComparer.Ordinal)) Line("parameter." + key, value);
            Line("from", From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Line("to", To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Line("data", Data);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        }
    }
}
