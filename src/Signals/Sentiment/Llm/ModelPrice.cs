namespace Signals.Sentiment.Llm;

/// <summary>A window of the day (UTC) in which a provider charges its peak price.</summary>
/// <param name="StartUtc">Start of the window, UTC, inclusive.</param>
/// <param name="EndUtc">End of the window, UTC, exclusive.</param>
public readonly record struct PeakWindow(TimeOnly StartUtc, TimeOnly EndUtc)
{
    /// <summary>Whether <paramref name="t"/> (UTC) falls in the window, start inclusive, end exclusive.</summary>
    public bool Contains(TimeOnly t) => t >= StartUtc && t < EndUtc;

    /// <summary>"01:00-04:00".</summary>
    public static PeakWindow Parse(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && TimeOnly.TryParseExact(parts[0], "HH:mm", out var start) && TimeOnly.TryParseExact(parts[1], "HH:mm", out var end) && end > start)
            return new PeakWindow(start, end);
        throw new FormatException($"peak window '{text}' should look like 01:00-04:00 (UTC, start before end)");
    }

    /// <summary>"HH:mm-HH:mm", the form <see cref="Parse"/> reads.</summary>
    public override string ToString() => $"{StartUtc:HH\\:mm}-{EndUtc:HH\\:mm}";
}

/// <summary>
/// What one model costs, USD per million tokens: input served from the provider's prompt cache (cache hit), other input
/// (cache miss) and output (a thinking model's reasoning is billed as output). Prices are off-peak; inside a peak window
/// they are multiplied by <see cref="PeakMultiplier"/>. Where the price came from and when it was checked travel with it.
/// </summary>
/// <param name="CacheHitPerMillion">USD per million input tokens served from the prompt cache.</param>
/// <param name="CacheMissPerMillion">USD per million other input tokens.</param>
/// <param name="OutputPerMillion">USD per million output tokens, reasoning included.</param>
public sealed record ModelPrice(double CacheHitPerMillion, double CacheMissPerMillion, double OutputPerMillion)
{
    /// <summary>One input price for hits and misses (what `--price IN,OUT` sets).</summary>
    public ModelPrice(double inputPerMillion, double outputPerMillion) : this(inputPerMillion, inputPerMillion, outputPerMillion) { }

    /// <summary>Zero for every token: a local model.</summary>
    public static ModelPrice Free { get; } = new(0, 0, 0) { Source = "local model: no per-token price" };

    /// <summary>Factor on every price inside a peak window (1: no peak pricing).</summary>
    public double PeakMultiplier { get; init; } = 1;
    /// <summary>Daily UTC windows of peak pricing; empty for none.</summary>
    public IReadOnlyList<PeakWindow> PeakWindowsUtc { get; init; } = [];
    /// <summary>Peak windows apply Monday to Friday only.</summary>
    public bool PeakWeekdaysOnly { get; init; } = true;
    /// <summary>Where the price was read (a pricing page's URL, or why there is none).</summary>
    public string? Source { get; init; }
    /// <summary>When the price was last read from <see cref="Source"/>; null when it was not rechecked.</summary>
    public DateOnly? Checked { get; init; }

    /// <summary>Whether a call at <paramref name="at"/> is billed at the peak price.</summary>
    public bool IsPeak(DateTimeOffset at)
    {
        if (PeakWindowsUtc.Count == 0 || PeakMultiplier == 1) return false;
        var utc = at.UtcDateTime;
        if (PeakWeekdaysOnly && utc.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        var time = TimeOnly.FromDateTime(utc);
        foreach (var w in PeakWindowsUtc)
            if (w.Contains(time)) return true;
        return false;
    }

    /// <summary>The cost of one call that ran at <paramref name="at"/>, from the token counts the server reported.</summary>
    public double Cost(long cacheHitTokens, long cacheMissTokens, long outputTokens, DateTimeOffset at)
    {
        double perMillion = cacheHitTokens * CacheHitPerMillion + cacheMissTokens * CacheMissPerMillion + outputTokens * OutputPerMillion;
        return perMillion / 1_000_000.0 * (IsPeak(at) ? PeakMultiplier : 1);
    }

    /// <summary>The cost when every input token is a cache miss (the dear side, used for estimates and budgets).</summary>
    public double Cost(long inputTokens, long outputTokens, DateTimeOffset at) => Cost(0, inputTokens, outputTokens, at);

    /// <summary>The same list without a record's reference equality on the window list.</summary>
    public bool Equals(ModelPrice? other) =>
        other is not null && CacheHitPerMillion == other.CacheHitPerMillion && CacheMissPerMillion == other.CacheMissPerMillion
        && OutputPerMillion == other.OutputPerMillion && PeakMultiplier == other.PeakMultiplier && PeakWeekdaysOnly == other.PeakWeekdaysOnly
        && PeakWindowsUtc.SequenceEqual(other.PeakWindowsUtc) && Source == other.Source && Checked == other.Checked;

    /// <summary>Hash of the prices and the peak factor, consistent with <see cref="Equals(ModelPrice)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(CacheHitPerMillion, CacheMissPerMillion, OutputPerMillion, PeakMultiplier);
}
