namespace Signals.Sentiment.Lexicon;

/// <summary>
/// Classifies a lowercased token against every word list at once: exact words plus stems ("improv*" matches any
/// token starting with "improv"), case-sensitive and ordinal. A prefix tree walked once per token replaces a hash
/// lookup and a scan of every stem per list, and needs no string for the token.
/// </summary>
internal sealed class WordClassIndex
{
    /// <summary>The financial lexicon's lists, plus the words that end a search for a moved quantity.</summary>
    public static readonly WordClassIndex Financial = new(
    [
        (FinancialLexicon.Positive, WordClass.Positive),
        (FinancialLexicon.Negative, WordClass.Negative),
        (FinancialLexicon.Uncertainty, WordClass.Uncertainty),
        (FinancialLexicon.Routine, WordClass.Routine),
        (FinancialLexicon.GoodMetric, WordClass.GoodMetric),
        (FinancialLexicon.BadMetric, WordClass.BadMetric),
        (FinancialLexicon.Up, WordClass.Up),
        (FinancialLexicon.Down, WordClass.Down),
        (FinancialLexicon.Negators, WordClass.Negator),
        (FinancialLexicon.Transitive, WordClass.Transitive),
        (["to", "into", "by", "as", "on", "after"], WordClass.Landing),
    ]);

    private const ushort NoChild = 0;

    // Characters that occur in some entry get a slot; a token character without one ends the walk (no entry goes on).
    private readonly byte[] _slotOfChar;
    private readonly int _slots;
    private readonly ushort[] _children; // node * _slots + slot -> child node; node 0 is the root, so 0 means "none"
    private readonly WordClass[] _exact; // classes of the entry that ends exactly at a node
    private readonly WordClass[] _stem;  // classes of the stems that end at a node: every longer token has them too

    public WordClassIndex(IReadOnlyList<(string[] Entries, WordClass Class)> lists)
    {
        var chars = lists.SelectMany(l => l.Entries).SelectMany(e => e.TrimEnd('*')).Distinct().Order().ToArray();
        _slotOfChar = new byte[char.MaxValue + 1];
        for (int i = 0; i < chars.Length; i++) _slotOfChar[chars[i]] = checked((byte)(i + 1));
        _slots = chars.Length + 1;

        var children = new List<ushort[]> { new ushort[_slots] };
        var exact = new List<WordClass> { WordClass.None };
        var stem = new List<WordClass> { WordClass.None };
        foreach (var (entries, cls) in lists)
        {
            foreach (var entry in entries)
            {
                bool isStem = entry.EndsWith('*');
                int node = 0;
                foreach (char c in isStem ? entry[..^1] : entry)
                {
                    int slot = _slotOfChar[c];
                    if (children[node][slot] == NoChild)
                    {
                        children[node][slot] = checked((ushort)children.Count);
                        children.Add(new ushort[_slots]);
                        exact.Add(WordClass.None);
                        stem.Add(WordClass.None);
                    }
                    node = children[node][slot];
                }
                if (isStem) stem[node] |= cls; else exact[node] |= cls;
            }
        }
        _children = children.SelectMany(c => c).ToArray();
        _exact = exact.ToArray();
        _stem = stem.ToArray();
    }

    /// <summary>Every class whose list holds <paramref name="token"/> exactly or holds a stem it starts with.</summary>
    public WordClass Classify(ReadOnlySpan<char> token)
    {
        var classes = _stem[0];
        int node = 0;
        foreach (char c in token)
        {
            int slot = _slotOfChar[c];
            if (slot == 0) return classes;
            node = _children[node * _slots + slot];
            if (node == NoChild) return classes;
            classes |= _stem[node];
        }
        return classes | _exact[node];
    }
}
