namespace Signals.Reporting;

/// <summary>
/// plotly.js renders titles, names and hover text as a small HTML dialect (&lt;b&gt;, &lt;br&gt;, &lt;a href&gt;).
/// Untrusted text (headlines, symbols, parameter names) goes through here so it shows literally.
/// </summary>
internal static class PlotlyText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.AsSpan().IndexOfAny("&<>") < 0) return text;
        return text.Replace("&", "&amp;", StringComparison.Ordinal)
                   .Replace("<", "&lt;", StringComparison.Ordinal)
                   .Replace(">", "&gt;", StringComparison.Ordinal);
    }
}
