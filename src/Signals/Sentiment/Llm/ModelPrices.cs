namespace Signals.Sentiment.Llm;

/// <summary>USD per million tokens. Output includes a reasoning model's thinking tokens, which are billed as output.</summary>
public readonly record struct ModelPrice(double InputPerMillion, double OutputPerMillion)
{
    public static ModelPrice Free => new(0, 0);

    public double Cost(long inputTokens, long outputTokens) =>
        (inputTokens * InputPerMillion + outputTokens * OutputPerMillion) / 1_000_000.0;
}

/// <summary>
/// List prices of the models this kit knows (USD per million tokens). DeepSeek's input price is the
/// cache-miss price, so estimates err on the dear side. Override with <see cref="LlmScorerOptions.Price"/>.
/// </summary>
public static class ModelPrices
{
    private static readonly (string Model, ModelPrice Price)[] Table =
    [
        ("deepseek-reasoner", new(0.55, 2.19)),
        ("deepseek-r1", new(0.55, 2.19)),
        ("deepseek-chat", new(0.27, 1.10)),
        ("gpt-4o-mini", new(0.15, 0.60)),
        ("gpt-4o", new(2.50, 10.00)),
        ("o1", new(15.00, 60.00)),
    ];

    /// <summary>The price of a model by exact name, or by a dated variant such as gpt-4o-2024-08-06; null when unknown.</summary>
    public static ModelPrice? Find(string model)
    {
        var name = model.Trim().ToLowerInvariant();
        foreach (var (known, price) in Table)
            if (name == known) return price;
        // Longest known prefix followed by a date or version suffix: "gpt-4o-mini-2024-07-18" is gpt-4o-mini, not gpt-4o.
        (string Model, ModelPrice Price)? best = null;
        foreach (var row in Table)
            if (name.StartsWith(row.Model + "-", StringComparison.Ordinal) && char.IsDigit(name[row.Model.Length + 1])
                && (best is null || row.Model.Length > best.Value.Model.Length))
                best = row;
        return best?.Price;
    }

    /// <summary>Reasoning models think before they answer and bill the thinking as output.</summary>
    public static bool IsReasoningModel(string model)
    {
        var name = model.ToLowerInvariant();
        return name.Contains("reasoner") || name.Contains("-r1") || name.StartsWith("r1") || name.Contains("qwq")
            || name.Contains("think") || name is "o1" or "o3" or "o4-mini" || name.StartsWith("o1-") || name.StartsWith("o3-");
    }
}
