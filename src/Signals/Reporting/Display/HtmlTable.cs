using System.Globalization;
using System.Net;
using System.Text;

namespace Signals.Reporting.Display;

/// <summary>A small HTML table writer: headers, rows of cells, numbers right-aligned in invariant culture, every
/// text HTML-encoded (headlines and model output are untrusted text).</summary>
internal sealed class HtmlTable
{
    private readonly StringBuilder _html = new();
    private readonly int _columns;

    public HtmlTable(params string[] headers)
    {
        _columns = headers.Length;
        _html.Append("<table class=\"signals-table\"><thead><tr>");
        foreach (var header in headers) _html.Append("<th>").Append(Encode(header)).Append("</th>");
        _html.Append("</tr></thead><tbody>");
    }

    public HtmlTable Row(params object?[] cells)
    {
        _html.Append("<tr>");
        foreach (var cell in cells) _html.Append(Cell(cell));
        _html.Append("</tr>");
        return this;
    }

    /// <summary>A row saying rows were left out ("… 480 more bars …").</summary>
    public HtmlTable Gap(string text)
    {
        _html.Append("<tr><td colspan=\"").Append(_columns).Append("\" style=\"text-align:center;opacity:.6\">")
            .Append(Encode(text)).Append("</td></tr>");
        return this;
    }

    public override string ToString() => _html + "</tbody></table>";

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Number(double value, string format = "0.####") =>
        double.IsNaN(value) ? "NaN" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string Cell(object? value) => value switch
    {
        null => "<td></td>",
        double d => $"<td style=\"text-align:right\">{Number(d)}</td>",
        float f => $"<td style=\"text-align:right\">{Number(f)}</td>",
        int or long => $"<td style=\"text-align:right\">{Convert.ToString(value, CultureInfo.InvariantCulture)}</td>",
        DateOnly date => $"<td>{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</td>",
        DateTimeOffset time => $"<td>{time.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)}</td>",
        RawHtml raw => $"<td>{raw.Html}</td>",
        _ => $"<td>{Encode(Convert.ToString(value, CultureInfo.InvariantCulture))}</td>",
    };
}

/// <summary>Cell content that is already HTML (built by us, with its text encoded).</summary>
internal sealed record RawHtml(string Html);
