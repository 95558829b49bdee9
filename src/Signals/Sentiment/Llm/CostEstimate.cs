using System.Globalization;

namespace Signals.Sentiment.Llm;

/// <summary>What a batch is expected to cost before it runs (a dry run), from text length and the model's habits, with the assumptions said.</summary>
public sealed record CostEstimate(
    int Items,
    int CachedItems,
    long InputTokens,
    long OutputTokens,
    double CostUsd,
    bool PriceKnown,
    string Model)
{
    /// <summary>The same tokens at the other rate (off-peak when <see cref="CostUsd"/> is at peak and the reverse); NaN without peak pricing.</summary>
    public double OtherRateCostUsd { get; init; } = double.NaN;
    /// <summary>Whether <see cref="CostUsd"/> is at the peak rate (the rate at the time of the estimate).</summary>
    public bool AtPeak { get; init; }
    /// <summary>What the figure takes for granted, one sentence each.</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];

    /// <summary>Rough tokens of English text: about four characters per token, plus the chat framing.</summary>
    internal static int EstimateTokens(string text) => text.Length / 4 + 1;

    internal const int MessageOverheadTokens = 12;

    /// <summary>Thinking tokens a short sentiment judgement takes (measured habits of R1-style models; varies widely).</summary>
    internal const int ThinkingTokens = 700;

    /// <summary>Expected answer length in tokens; a thinking model thinks for several hundred tokens first.</summary>
    internal static int ExpectedOutputTokens(LlmPrompt prompt, bool thinks) => prompt.ExpectedAnswerTokens + (thinks ? ThinkingTokens : 0);

    /// <summary>One line for the dry run: items to request, model, expected tokens and the estimated cost (or that the price is unknown).</summary>
    public override string ToString()
    {
        var head = FormattableString.Invariant($"{Items - CachedItems} of {Items} items to request ({CachedItems} cached) on {Model}: ~{InputTokens} input + ~{OutputTokens} output tokens");
        var cost = !PriceKnown ? ", price unknown"
            : double.IsNaN(OtherRateCostUsd) ? FormattableString.Invariant($", ~${CostUsd:0.0000}")
            : FormattableString.Invariant($", ~${CostUsd:0.0000} at the {(AtPeak ? "peak" : "off-peak")} rate now (~${OtherRateCostUsd:0.0000} {(AtPeak ? "off-peak" : "at peak")})");
        return Assumptions.Count == 0 ? head + cost
            : head + cost + "\nassumptions:\n" + string.Join("\n", Assumptions.Select(a => "  - " + a));
    }

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
