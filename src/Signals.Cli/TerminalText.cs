using System.Globalization;
using System.Text;

namespace Signals.Cli;

/// <summary>
/// Text from files and servers made safe to print: an error that quotes a header of random bytes must not move the
/// cursor, change colours or ring the bell. Every control character (C0 but line feed, DEL, C1) and the invisible
/// direction overrides are shown as \xHH or \uHHHH escapes, and a backslash stays a backslash.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        int first = 0;
        while (first < text.Length && !NeedsEscape(text[first])) first++;
        if (first == text.Length) return text;

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (!NeedsEscape(c)) sb.Append(c);
            else if (c <= 0xFF) sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static bool NeedsEscape(char c) =>
        (char.IsControl(c) && c != '\n')
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'; // bidirectional overrides and isolates
}
