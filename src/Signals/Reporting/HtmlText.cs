using System.Text;

namespace Signals.Reporting;

/// <summary>HTML escaping for untrusted text (headlines, parameter values, file names) in reports.</summary>
public static class HtmlText
{
    /// <summary>Escapes &amp;, &lt;, &gt;, " and ' so text is inert in element content and quoted attributes.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        Append(sb, text);
        return sb.ToString();
    }

    internal static StringBuilder Append(StringBuilder sb, string? text)
    {
        if (text is null) return sb;
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb;
    }
}
