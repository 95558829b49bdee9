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

    /// <summary>Stop at the first bad row (default), or leave bad rows out and list them in <see cref="PriceLoad.BadRows"/>.</summary>
    public BadRowPolicy OnBadRows { get; init; } = BadRowPolicy.Fail;

    /// <summary>A .NET date format for the date column (e.g. <c>d/M/yyyy</c>) when detection cannot decide; null detects.</summary>
    public string? DateFormat { get; init; }

    /// <summary>A .NET date-time format for the date column (e.g. <c>dd.MM.yyyy HH:mm</c>; with <c>zzz</c> for an offset); null detects.</summary>
    public string? TimeFormat { get; init; }

    /// <summary>Where a file without a symbol column takes its symbol from (see <see cref="SymbolSource"/>).</summary>
    public SymbolSource SymbolFrom { get; init; } = SymbolSource.Auto;

    /// <summary>
    /// Accept a price of exactly 0 (negatives stay bad rows). Off by default: a zero close is a bad tick for a study's
    /// returns, but an indicator run computes on whatever the file holds, as the reference library does.
    /// </summary>
    public bool AllowZeroPrices { get; init; }

    /// <summary>
    /// Require each symbol's rows within a file to run in one date order, ascending or wholly descending (a
    /// newest-first export), and name the first line that turns back. Off by default (any row order loads, sorted);
    /// the indicators command sets it, because a single series that turns back is usually two series pasted
    /// together, and sorting would silently compute on their mix.
    /// </summary>
    public bool RequireDatesInOrder { get; init; }

    /// <summary>The strict defaults.</summary>
    public static PriceCsvOptions Default { get; } = new();
}
