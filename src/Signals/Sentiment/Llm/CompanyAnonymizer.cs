using System.Text.RegularExpressions;

namespace Signals.Sentiment.Llm;

/// <summary>
/// Hides which firm a headline is about ("Apple beats estimates" → "Company X beats estimates") so a model
/// trained on later years cannot answer from memory of how the stock went. The first symbol becomes
/// "Company X", further ones "Company Y", "Company Z", ...
/// </summary>
public static class CompanyAnonymizer
{
    private static readonly string[] LegalSuffixes =
        ["inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited",
         "plc", "llc", "lp", "holdings", "holding", "group", "n.v.", "nv", "s.a.", "sa", "ag", "se", "class a", "class b", "& co", "& co."];

    /// <summary>The stand-in name of the company at <paramref name="index"/> (0-based): "Company X", "Company Y", "Company Z", then "Company 4", ...</summary>
    public static string Placeholder(int index) => index < 3 ? "Company " + (char)('X' + index) : $"Company {index + 1}";

    /// <summary>The headline with every listed company's name, short name and ticker replaced.</summary>
    public static string Anonymize(string headline, IReadOnlyList<string> symbols, IReadOnlyDictionary<string, string>? names)
    {
        var text = headline;
        for (int i = 0; i < symbols.Count; i++)
        {
            var placeholder = Placeholder(i);
            foreach (var alias in Aliases(symbols[i], names))
                text = Regex.Replace(text, $@"(?<![\w$]){Regex.Escape(alias)}(?!\w)", placeholder, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        return text;
    }

    /// <summary>Longest first, so "Apple Inc." goes before "Apple" and "$AAPL" before "AAPL".</summary>
    internal static IEnumerable<string> Aliases(string symbol, IReadOnlyDictionary<string, string>? names)
    {
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "$" + symbol, symbol };
        if (names is not null && names.TryGetValue(symbol, out var name) && !string.IsNullOrWhiteSpace(name))
        {
            name = name.Trim();
            aliases.Add(name);
            var shortName = StripSuffixes(name);
            if (shortName.Length >= 3) aliases.Add(shortName);
        }
        return aliases.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal);
    }

    private static string StripSuffixes(string name)
    {
        var s = name.Trim().TrimEnd(',');
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var suffix in LegalSuffixes)
                if (s.Length > suffix.Length + 1 && s.EndsWith(" " + suffix, StringComparison.OrdinalIgnoreCase))
                {
                    s = s[..^(suffix.Length + 1)].TrimEnd().TrimEnd(',');
                    changed = true;
                }
        }
        return s;
    }
}
