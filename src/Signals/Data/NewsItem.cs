namespace Signals.Data;

/// <summary>A news headline about one or more symbols, published at an exact instant.</summary>
/// <param name="Id">The item's id: the feed's own, or <see cref="StableId"/> for feeds without one.</param>
/// <param name="Published">The exact publication instant with its offset; the point-in-time rule maps it to a decision point.</param>
/// <param name="Symbols">Tickers the item is about; empty for market news.</param>
/// <param name="Headline">The headline text, as published.</param>
/// <param name="Body">Article text when the feed has it; null otherwise.</param>
/// <param name="Source">The publisher or feed; null when unknown.</param>
public sealed record NewsItem(
    string Id,
    DateTimeOffset Published,
    IReadOnlyList<string> Symbols,
    string Headline,
    string? Body = null,
    string? Source = null)
{
    /// <summary>A stable id from the content, for feeds that carry none (first 16 hex chars of SHA-256).</summary>
    public static string StableId(DateTimeOffset published, IEnumerable<string> symbols, string headline)
    {
        var key = $"{published.UtcDateTime:O}|{string.Join(';', symbols)}|{headline}";
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
