namespace Signals.Data;

/// <summary>How to read a price file. The defaults are strict and suit US equities.</summary>
public sealed record PriceCsvOptions
{
    /// <summary>Zone for dates and times written without an offset (a daily bar's date is that day in this zone).</summary>
    public string TimeZone { get; init; } = "America/New_York";

    /// <summary>Scale open, high, low and close by adj close / close (split- and dividend-adjusted bars).</summary>
    public bool UseAdjustedClose { get; init; }

    public static PriceCsvOptions Default { get; } = new();
}
