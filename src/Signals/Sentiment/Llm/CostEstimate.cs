namespace Signals.Sentiment.Llm;

/// <summary>What a batch is expected to cost before it runs (a dry run), from text length and the model's habits.</summary>
public sealed record CostEstimate(
    int Items,
    int CachedItems,
    long InputTokens,
    long OutputTokens,
    double CostUsd,
    bool PriceKnown,
    string Model)
{
    /// <summary>Rough tokens of English text: about four characters per token, plus the chat framing.</summary>
    internal static int EstimateTokens(string text) => text.Length / 4 + 1;

    internal const int MessageOverheadTokens = 12;

    /// <summary>Expected answer length in tokens. Reasoning models think for several hundred tokens first.</summary>
    internal static int ExpectedOutputTokens(LlmPromptKind prompt, string model)
    {
        int answer = prompt == LlmPromptKind.Json ? 60 : 30;
        return ModelPrices.IsReasoningModel(model) ? answer + 700 : answer;
    }

    public override string ToString() =>
        PriceKnown
            ? FormattableString.Invariant($"{Items - CachedItems} of {Items} items to request ({CachedItems} cached) on {Model}: ~{InputTokens} input + ~{OutputTokens} output tokens, ~${CostUsd:0.0000}")
            : FormattableString.Invariant($"{Items - CachedItems} of {Items} items to request ({CachedItems} cached) on {Model}: ~{InputTokens} input + ~{OutputTokens} output tokens, price unknown");
}
