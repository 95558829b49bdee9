namespace Signals.Sentiment.Lexicon;

/// <summary>
/// Splits lowercased text into word tokens: letters, digits and apostrophes, with hyphens and decimal points inside a
/// word ("52-week", "13.1"); leading and trailing hyphens and apostrophes are dropped, and "didn't" becomes "did" and
/// "n't" so negation is seen.
/// </summary>
internal static class HeadlineTokenizer
{
    private const string Contraction = "n't";
    private const string Trimmed = "-'";

    /// <summary>
    /// Writes the tokens of <paramref name="lower"/> into <paramref name="into"/> and returns how many there are;
    /// there are never more than <paramref name="lower"/> has characters, so a buffer that long always suffices.
    /// </summary>
    public static int Tokenize(ReadOnlySpan<char> lower, Span<TokenSpan> into)
    {
        int count = 0;
        int start = -1;
        for (int i = 0; i <= lower.Length; i++)
        {
            char c = i < lower.Length ? lower[i] : ' ';
            bool word = char.IsLetterOrDigit(c) || c == '\'' || c == '-' && start >= 0
                        || c == '.' && start >= 0 && i + 1 < lower.Length && char.IsDigit(lower[i + 1]);
            if (word)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var raw = lower[start..i];
            int from = start + raw.Length - raw.TrimStart(Trimmed).Length;
            var token = raw.Trim(Trimmed);
            if (token.Length > Contraction.Length && token.EndsWith(Contraction))
            {
                into[count++] = new TokenSpan(from, token.Length - Contraction.Length);
                into[count++] = new TokenSpan(from + token.Length - Contraction.Length, Contraction.Length);
            }
            else if (token.Length > 0)
            {
                into[count++] = new TokenSpan(from, token.Length);
            }
            start = -1;
        }
        return count;
    }
}
