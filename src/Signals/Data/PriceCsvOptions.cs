namespace Signals.Data;

/// <summary>How to read a price file. The defaults are strict and suit US equities.</summary>
public sealed record PriceCsvOptions
{
    /// <summary>Zone for dates and times written without an offset (a daily bar's date is that day in this zone).</summary>
    public string TimeZone { get; init; } = "America/New_York";

    /// <summary>Scale open, high, low and close by adj close / close (split- and dividend-adjusted bars).</summary>
    public bool UseAdjustedClose { get; init; }

    /// <summary>
    /// Exchange suffixes cut from a symbol taken from a file name (case-insensitive): by default only ".US", which
    /// per-ticker dumps append to every US listing (aapl.us.txt is AAPL); add ".DE" etc. to strip others.
    /// </summary>
    public IReadOnlyList<string> SymbolSuffixes { get; init; } = [".US"];

    /// <summary>Renames applied last (e.g. BRK-B → BRK.B), keyed by the symbol as read; null maps nothing.</summary>
    public IReadOnlyDictionary<string, string>? SymbolMap { get; init; }

    public static PriceCsvOptions Default { get; } = new();
}
