namespace Signals.Tests.Sentiment.Lexicon.Oracle;

/// <summary>The word list lookup of <see cref="LegacyLexiconFeatureExtractor"/>: exact words plus stems ("improv*"); lookups are case-sensitive on already-lowercased tokens.</summary>
internal sealed class LegacyWordSet
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly string[] _stems;

    public LegacyWordSet(IEnumerable<string> entries)
    {
        var stems = new List<string>();
        foreach (var e in entries)
        {
            if (e.EndsWith('*')) stems.Add(e[..^1]);
            else _exact.Add(e);
        }
        _stems = stems.ToArray();
    }

    public bool Contains(string token)
    {
        if (_exact.Contains(token)) return true;
        foreach (var stem in _stems)
            if (token.StartsWith(stem, StringComparison.Ordinal)) return true;
        return false;
    }
}
