namespace Signals.Sentiment.Lexicon;

/// <summary>The lowercase form every cue is read from, written into a caller's buffer instead of a new string.</summary>
internal static class HeadlineLowering
{
    // "shareholders of record" and "record date" are dividend mechanics, not records broken. Each rewrite keeps the
    // length (a space becomes a hyphen), so it can be done in place.
    private const string OfRecord = "of record";
    private const string RecordDate = "record date";

    /// <summary>Writes <paramref name="text"/> lowercased (invariant culture) with the rewrites into <paramref name="into"/>, which must be as long.</summary>
    public static void Write(ReadOnlySpan<char> text, Span<char> into)
    {
        if (text.ToLowerInvariant(into) != text.Length) throw new ArgumentException("the buffer must be as long as the text", nameof(into));
        Hyphenate(into[..text.Length], OfRecord, OfRecord.IndexOf(' '));
        Hyphenate(into[..text.Length], RecordDate, RecordDate.IndexOf(' '));
    }

    // Left to right without overlaps, as string.Replace does: neither phrase can overlap itself.
    private static void Hyphenate(Span<char> text, string phrase, int space)
    {
        int at = 0;
        while (at < text.Length)
        {
            int found = text[at..].IndexOf(phrase, StringComparison.Ordinal);
            if (found < 0) return;
            text[at + found + space] = '-';
            at += found + phrase.Length;
        }
    }
}
