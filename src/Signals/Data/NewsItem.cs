namespace Signals.Data;

/// <summary>A news headline about one or more symbols, published at an exact instant.</summary>
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
