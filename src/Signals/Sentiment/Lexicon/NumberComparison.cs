using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Signals.Sentiment.Lexicon;

/// <summary>"from X to Y", "to Y from X", "Y, up from X", "Y compared with X" and "Y (X)": which way a figure moved.</summary>
internal static partial class NumberComparison
{
    // Every form names "from", a comparison word or a parenthesis: a text with none of them moves no number.
    private static readonly SearchValues<string> Markers =
        SearchValues.Create(["from", "compared", "versus", "vs", "against", "("], StringComparison.Ordinal);

    /// <summary>+1 when the text moves a number up, -1 down, 0 none; <paramref name="lowerText"/> caches the string the match needs.</summary>
    public static int Direction(ReadOnlySpan<char> lower, ref string? lowerText)
    {
        if (!lower.ContainsAny(Markers)) return 0;
        lowerText ??= lower.ToString();
        return Direction(lowerText);
    }

    /// <summary>+1 when the text moves a number up ("from 8.7 to 13.1", "to 13.1 from 8.7", "13.1 (8.7)"), -1 down, 0 none.</summary>
    public static int Direction(string lower)
    {
        var m = FromTo().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        m = ToFrom().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        m = UpFrom().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        m = ComparedTo().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        m = Parenthesised().Match(lower);
        if (m.Success) return Compare(m.Groups["a"].Value, m.Groups["b"].Value);
        return 0;
    }

    private static int Compare(string before, string after)
    {
        if (!double.TryParse(before.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var a)) return 0;
        if (!double.TryParse(after.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var b)) return 0;
        return b > a ? 1 : b < a ? -1 : 0;
    }

    [GeneratedRegex(@"\bfrom\s+(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)[^.;]{0,30}?\bto\s+(?:[a-z$€£¥]{0,4}\s?)(?<b>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\bto\s+(?:[a-z$€£¥]{0,4}\s?)(?<b>\d[\d,]*(?:\.\d+)?)[^.;]{0,30}?\bfrom\s+(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex ToFrom();

    [GeneratedRegex(@"(?<b>\d[\d,]*(?:\.\d+)?)\s?(?:mn|m|bn|million|billion|%)?,?\s+(?:up|down)\s+from\s+(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex UpFrom();

    [GeneratedRegex(@"(?<b>\d[\d,]*(?:\.\d+)?)\s?(?:mn|m|bn|million|billion|%)?,?\s+(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex ComparedTo();

    [GeneratedRegex(@"(?<b>\d[\d,]*(?:\.\d+)?)\s?(?:mn|m|bn|million|billion|%)?\s*\(\s*(?:[a-z$€£¥]{0,4}\s?)(?<a>\d[\d,]*(?:\.\d+)?)")]
    private static partial Regex Parenthesised();
}
