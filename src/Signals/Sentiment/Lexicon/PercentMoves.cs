using System.Text.RegularExpressions;

namespace Signals.Sentiment.Lexicon;

/// <summary>Percent moves: signed ones ("-3.4%", "+8.2%") and a verb with a percent near the start ("Acme down 3.4% after ...").</summary>
internal static partial class PercentMoves
{
    /// <summary>Signed percents in <paramref name="lower"/>: how many go up and how many down (a minus or U+2212 sign).</summary>
    public static (int Up, int Down) CountSigned(ReadOnlySpan<char> lower)
    {
        int up = 0, down = 0;
        if (!lower.Contains('%')) return (up, down);
        foreach (var m in SignedPercent().EnumerateMatches(lower))
        {
            // The sign is the first character of a match: the look-behind before it takes no width.
            if (lower[m.Index] is '-' or '\u2212') down++; else up++;
        }
        return (up, down);
    }

    /// <summary>The verb of a "verb N%" near the start of <paramref name="lower"/> (null when there is none).</summary>
    public static string? LeadingVerb(ReadOnlySpan<char> lower, ref string? lowerText)
    {
        if (!lower.Contains('%')) return null;
        // The span search finds no groups; the rare text that has a match pays for one string.
        if (!VerbPercent().IsMatch(lower)) return null;
        lowerText ??= lower.ToString();
        return VerbPercent().Match(lowerText).Groups[1].Value;
    }

    [GeneratedRegex(@"(?<![\w.])([+\-\u2212])\s?\d+(\.\d+)?\s?%")]
    private static partial Regex SignedPercent();

    [GeneratedRegex(@"^[^,;:]{0,40}?\b(up|down|rose|fell|gained|lost|jumped|dropped|slipped|climbed|sank|slid|surged|plunged|tumbled|soared|rallied|sheds?|adds?)\s+\d+(?:\.\d+)?\s?%")]
    private static partial Regex VerbPercent();
}
