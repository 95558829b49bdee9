using Signals.Data;

namespace Signals.Sentiment.Llm;

/// <summary>Ticker → company name, from a universe CSV read by <see cref="UniverseCsv.Load"/> (columns symbol or ticker, and name or company).</summary>
public static class CompanyNames
{
    /// <summary>Ticker → name (ticker compared case-insensitively) from a universe CSV.</summary>
    /// <exception cref="DataFormatException">The file cannot be read as a universe or has no name (or company) column.</exception>
    public static IReadOnlyDictionary<string, string> Load(string path)
    {
        var universe = UniverseCsv.Load(path);
        if (!universe.HasNames) throw new DataFormatException(path, 1, "name", "no 'name' column (also accepted: company)");
        return universe.Members.ToDictionary(m => m.Symbol, m => m.Name, StringComparer.OrdinalIgnoreCase);
    }
}
