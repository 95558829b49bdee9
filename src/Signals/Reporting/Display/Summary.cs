using System.Text;

namespace Signals.Reporting.Display;

/// <summary>The one-line caption above a table ("AAPL · 504 bars · 2023-01-03 → 2024-12-31").</summary>
internal static class Summary
{
    public static string Caption(params string[] parts)
    {
        var html = new StringBuilder("<div class=\"signals-caption\" style=\"margin:4px 0\">");
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0) html.Append(" · ");
            html.Append(i == 0 ? "<b>" + HtmlTable.Encode(parts[i]) + "</b>" : HtmlTable.Encode(parts[i]));
        }
        return html.Append("</div>").ToString();
    }

    /// <summary>Indices shown for a long sequence: the first and last <paramref name="edge"/> rows, or all when short.</summary>
    public static (int HeadEnd, int TailStart) HeadTail(int count, int edge) =>
        count <= 2 * edge ? (count, count) : (edge, count - edge);
}
