using Signals.Data;

namespace Signals.Sentiment.Llm;

/// <summary>What a batch would cost before any request: cached items free, the rest estimated from text length.</summary>
public sealed partial class LlmSentimentScorer
{
    private (int Input, int Output) ExpectedTokens(PromptRequest request)
    {
        int input = CostEstimate.EstimateTokens(request.SystemMessage) + CostEstimate.EstimateTokens(request.UserMessage) + CostEstimate.MessageOverheadTokens;
        int output = CostEstimate.ExpectedOutputTokens(_prompt, _settings.Thinking.Thinks);
        if (_options.MaxOutputTokens is { } cap) output = Math.Min(output, cap);
        return (input, output);
    }

    /// <summary>What scoring these items would cost, without a request: cached items are free, the rest estimated from text length.</summary>
    public CostEstimate Estimate(IReadOnlyList<NewsItem> items)
    {
        var plans = items.Select(Plan).ToArray();
        var cached = _cache?.GetMany(plans.Select(p => p.Key).ToArray()) ?? new SentimentResult?[plans.Length];
        long input = 0, output = 0;
        int hits = 0;
        for (int i = 0; i < plans.Length; i++)
        {
            if (cached[i] is not null) { hits++; continue; }
            var (inTokens, outTokens) = ExpectedTokens(plans[i].Request);
            input += inTokens;
            output += outTokens;
        }
        var now = _options.Clock.GetUtcNow();
        var price = _settings.Price;
        bool peakPriced = price is not null && price.PeakWindowsUtc.Count > 0 && price.PeakMultiplier != 1;
        bool atPeak = price?.IsPeak(now) ?? false;
        double cost = price?.Cost(input, output, now) ?? double.NaN;
        double other = !peakPriced ? double.NaN : atPeak ? cost / price!.PeakMultiplier : cost * price!.PeakMultiplier;
        return new CostEstimate(items.Count, hits, input, output, cost, price is not null, _settings.Model)
        {
            AtPeak = atPeak,
            OtherRateCostUsd = other,
            Assumptions = EstimateAssumptions(price, now),
        };
    }

    private List<string> EstimateAssumptions(ModelPrice? price, DateTimeOffset now)
    {
        var t = _settings.Thinking;
        var list = new List<string>
        {
            CostEstimate.Invariant($"input tokens ~ characters / 4 plus {CostEstimate.MessageOverheadTokens} per message; every input token a cache miss (the dear side: a repeated system prompt is often a cache hit)"),
            t.Thinks
                ? CostEstimate.Invariant($"thinking {t.Recorded}{(t.Effort is null ? "" : $" (effort {t.Effort})")}: ~{CostEstimate.ThinkingTokens} reasoning tokens per answer, billed as output, plus ~{_prompt.ExpectedAnswerTokens} answer tokens{(_options.MaxOutputTokens is { } c ? $", capped at {c}" : "")}")
                : CostEstimate.Invariant($"thinking off: ~{_prompt.ExpectedAnswerTokens} answer tokens each"),
        };
        if (price is null) list.Add($"no price for {_settings.Model} ({_settings.PriceOrigin}): give --price IN,OUT or --price-table FILE");
        else if (price.Equals(ModelPrice.Free)) list.Add($"{_settings.Model} runs locally: no per-token price (your hardware's time is not counted)");
        else
        {
            list.Add(CostEstimate.Invariant($"price of {_settings.Model} ({_settings.PriceOrigin}): ${price.CacheHitPerMillion} cache hit / ${price.CacheMissPerMillion} cache miss / ${price.OutputPerMillion} output per million tokens off-peak{(price.Source is { } s ? $", from {s}" : "")}{(price.Checked is { } d ? $", checked {d:yyyy-MM-dd}" : ", date checked unknown")}"));
            if (price.PeakWindowsUtc.Count > 0 && price.PeakMultiplier != 1)
                list.Add(CostEstimate.Invariant($"peak ×{price.PeakMultiplier} during {string.Join(", ", price.PeakWindowsUtc)} UTC{(price.PeakWeekdaysOnly ? " on weekdays" : "")}; the whole batch priced at the rate of now ({now.UtcDateTime:yyyy-MM-dd HH:mm} UTC); real calls are priced at the hour each runs"));
        }
        return list;
    }
}
