using System.Globalization;

namespace Signals.Data;

/// <summary>
/// The one rule every CSV writer of the kit uses for a text field: formula neutralisation, then RFC 4180 quoting;
/// and its inverse for the loaders.
/// </summary>
/// <remarks>
/// A spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>@</c>, <c>-</c>, a tab or a carriage return as
/// a formula (CSV injection; "-2+3+cmd|..." is a classic payload). Following OWASP, such a text field is written
/// with a leading apostrophe, which spreadsheets show as text — except a field that is a plain negative number
/// ("-5", "-0.25"), which is left as it is. Numbers are written by their own formatters and never pass through here. The prefix is reversible: a field that already
/// begins with an apostrophe followed by a neutralised form gets one more, so <see cref="Unneutralise"/> gives back
/// exactly the text that was written.
/// </remarks>
public static class CsvText
{
    /// <summary>
    /// The text field as written: neutralised (<see cref="Neutralise"/>), then as is, or in double quotes (inner
    /// quotes doubled) when it holds a comma, quote or line break.
    /// </summary>
    public static string Quote(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        s = Neutralise(s);
        return s.AsSpan().IndexOfAny(",\"\r\n") < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>The text with a leading apostrophe when a spreadsheet would otherwise run it as a formula.</summary>
    public static string Neutralise(string s) => NeedsPrefix(s) ? "'" + s : s;

    /// <summary>The inverse of <see cref="Neutralise"/>, for loaders: the text a writer was given.</summary>
    public static string Unneutralise(string s) => s.Length > 1 && s[0] == '\'' && NeedsPrefix(s.AsSpan(1)) ? s[1..] : s;

    private static bool NeedsPrefix(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        return s[0] switch
        {
            '=' or '+' or '@' or '\t' or '\r' => true,
            '-' => !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            // Keeps the prefix reversible for text that itself starts with an apostrophe before a formula.
            '\'' => NeedsPrefix(s[1..]),
            _ => false,
        };
    }
}
