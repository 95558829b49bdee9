using System.Text;

namespace Signals.SampleData;

/// <summary>
/// A tiny headline grammar. A template mixes literal text, slots <c>{name}</c> filled from <see cref="HeadlineSlots"/>
/// (each slot may hold several equivalent variants), and inline choices <c>[a|b|c]</c>, one of which is taken at
/// random (an empty choice, <c>[|word]</c>, makes a word optional). Choices may hold slots and nest.
/// </summary>
internal static class HeadlineGrammar
{
    public static string Expand(string template, HeadlineSlots slots, Random rng)
    {
        var sb = new StringBuilder(template.Length + 48);
        Append(template.AsSpan(), slots, rng, sb, template);
        // Optional words leave double spaces behind; a headline never has them.
        for (int i = sb.Length - 1; i > 0; i--)
            if (sb[i] == ' ' && sb[i - 1] == ' ') sb.Remove(i, 1);
        var headline = sb.ToString().Trim();
        // Slots such as a sector's name may open a headline in lower case.
        return headline.Length > 0 && char.IsLower(headline[0]) ? char.ToUpperInvariant(headline[0]) + headline[1..] : headline;
    }

    private static void Append(ReadOnlySpan<char> text, HeadlineSlots slots, Random rng, StringBuilder sb, string template)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '{')
            {
                int end = text[i..].IndexOf('}');
                if (end < 0) throw new FormatException($"Unclosed slot in template \"{template}\".");
                sb.Append(slots.Pick(text.Slice(i + 1, end - 1).ToString(), rng, template));
                i += end + 1;
            }
            else if (c == '[')
            {
                int end = MatchingBracket(text, i);
                if (end < 0) throw new FormatException($"Unclosed choice in template \"{template}\".");
                var body = text.Slice(i + 1, end - i - 1);
                int pick = rng.Next(CountOptions(body));
                Append(Option(body, pick), slots, rng, sb, template);
                i = end + 1;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
    }

    private static int MatchingBracket(ReadOnlySpan<char> text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            if (text[i] == '[') depth++;
            else if (text[i] == ']' && --depth == 0) return i;
        }
        return -1;
    }

    /// <summary>The number of top-level options in a choice body (bars inside nested choices do not count).</summary>
    private static int CountOptions(ReadOnlySpan<char> body)
    {
        int options = 1, depth = 0;
        foreach (var ch in body)
        {
            if (ch == '[') depth++;
            else if (ch == ']') depth--;
            else if (ch == '|' && depth == 0) options++;
        }
        return options;
    }

    private static ReadOnlySpan<char> Option(ReadOnlySpan<char> body, int pick)
    {
        int depth = 0, option = 0, start = 0;
        for (int i = 0; i < body.Length; i++)
        {
            char ch = body[i];
            if (ch == '[') depth++;
            else if (ch == ']') depth--;
            else if (ch == '|' && depth == 0)
            {
                if (option == pick) return body[start..i];
                option++;
                start = i + 1;
            }
        }
        return body[start..];
    }
}

/// <summary>The values a headline's slots can take, each as one or more interchangeable variants.</summary>
internal sealed class HeadlineSlots
{
    private readonly Dictionary<string, string[]> _values = new(StringComparer.Ordinal);

    public HeadlineSlots Set(string name, params string[] variants)
    {
        if (variants.Length == 0) throw new ArgumentException($"Slot '{name}' needs at least one variant.");
        _values[name] = variants;
        return this;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string Pick(string name, Random rng, string template) =>
        _values.TryGetValue(name, out var variants)
            ? variants.Length == 1 ? variants[0] : variants[rng.Next(variants.Length)]
            : throw new FormatException($"Template \"{template}\" uses slot '{{{name}}}', which this headline does not fill.");
}
