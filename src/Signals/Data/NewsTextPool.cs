namespace Signals.Data;

/// <summary>
/// The fields a news file repeats row after row (the symbol list, the source), resolved and allocated once per
/// spelling instead of once per row: 800 k headlines name about 2,000 tickers and a handful of sources, so every item
/// about a ticker shares one symbol list and one source string. Lookups go by the field's raw text (a span of the
/// reader's buffer), so a repeated spelling allocates nothing. A file of mostly unique spellings stops adding after
/// <see cref="MaxSpellings"/> of them, so the pool never holds much more than the items themselves.
/// </summary>
/// <remarks>
/// Shared symbol lists are safe: an item's <see cref="NewsItem.Symbols"/> is read-only, and merging an item read
/// under two symbols builds a new list.
/// </remarks>
internal sealed class NewsTextPool
{
    private const int MaxSpellings = 1 << 16;

    private readonly Dictionary<string, (string[]? Symbols, string? Problem)> _symbolFields = new(StringComparer.Ordinal);
    // One string per distinct ticker or source, however many spellings lead to it ("AAA", "AAA;BBB", " Wire ", "Wire").
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _sourceFields = new(StringComparer.Ordinal);

    /// <summary>The symbols a raw symbol field names (see <see cref="SplitSymbols"/>), or the problem that makes the row bad.</summary>
    public string[]? Symbols(ReadOnlySpan<char> raw, out string? problem)
    {
        var lookup = _symbolFields.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(raw, out var entry))
        {
            var symbols = SplitSymbols(CsvText.Unneutralise(raw.ToString()), out var why);
            if (symbols is not null)
                for (int k = 0; k < symbols.Length; k++) symbols[k] = Shared(symbols[k]);
            entry = (symbols, why);
            if (_symbolFields.Count < MaxSpellings) lookup[raw] = entry;
        }
        problem = entry.Problem;
        return entry.Symbols;
    }

    /// <summary>A raw source field as the loader keeps it: null when blank, else trimmed.</summary>
    public string? Source(ReadOnlySpan<char> raw)
    {
        var lookup = _sourceFields.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(raw, out var source)) return source;
        string text = CsvText.Unneutralise(raw.ToString());
        source = string.IsNullOrWhiteSpace(text) ? null : Shared(text.Trim());
        if (_sourceFields.Count < MaxSpellings) lookup[raw] = source;
        return source;
    }

    private string Shared(string text)
    {
        if (_texts.TryGetValue(text, out var known)) return known;
        if (_texts.Count < MaxSpellings) _texts[text] = text;
        return text;
    }

    /// <summary>
    /// The symbols of a symbol field: separated by ';' or ',', or by spaces between <c>$</c> cashtags, each without its
    /// <c>$</c>; null with the problem when the field names none or a symbol is not clean text.
    /// </summary>
    public static string[]? SplitSymbols(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // "$AAPL $MSFT": cashtags separated by spaces.
        if (parts.Length == 1 && parts[0].StartsWith('$') && parts[0].Contains(' '))
            parts = parts[0].Split(' ', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var symbols = parts.Select(p => p.TrimStart('$').Trim()).Where(p => p.Length > 0).ToArray();
        if (symbols.Length == 0) problem = "no symbol";
        else if (symbols.FirstOrDefault(s => !DataFiles.IsCleanText(s)) is not null) problem = "the symbol is not valid UTF-8 text";
        return problem is null ? symbols : null;
    }
}
