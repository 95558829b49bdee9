using System.Buffers;

namespace Signals.Sentiment.Lexicon;

/// <summary>
/// Which of up to 64 groups of literal strings occur in a text, found in one vectorised scan for all of them
/// (instead of one scan per group): the answer is a bit per group, set when any of the group's strings occurs.
/// Matching is ordinal; a string may belong to several groups.
/// </summary>
internal sealed class WordGroupScan
{
    private readonly SearchValues<string> _any;
    private readonly Dictionary<char, (string Word, ulong Groups)[]> _byFirstChar;

    public WordGroupScan(IReadOnlyList<string[]> groups)
    {
        if (groups.Count > 64) throw new ArgumentException("at most 64 groups", nameof(groups));
        var words = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
            foreach (var word in groups[g])
                words[word] = words.GetValueOrDefault(word) | 1UL << g;
        _any = SearchValues.Create([.. words.Keys], StringComparison.Ordinal);
        _byFirstChar = words.GroupBy(w => w.Key[0]).ToDictionary(g => g.Key, g => g.Select(w => (w.Key, w.Value)).ToArray());
    }

    /// <summary>Bit g is set when some string of group g occurs in <paramref name="text"/>.</summary>
    public ulong GroupsIn(ReadOnlySpan<char> text)
    {
        ulong found = 0;
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOfAny(_any);
            if (at < 0) break;
            at += from;
            foreach (var (word, groups) in _byFirstChar[text[at]])
                if (text[at..].StartsWith(word, StringComparison.Ordinal)) found |= groups;
            from = at + 1;
        }
        return found;
    }
}
