using Microsoft.DotNet.Interactive.Formatting;
using Signals.Reporting.Display;

namespace Signals.Interactive;

/// <summary>Registers the HTML display of the kit's types (the library's <see cref="HtmlDisplay"/>, the same HTML a
/// notebook page shows) with the kernel's formatter. DataFrames are left to the kernel's own formatter.</summary>
public static class SignalsFormatters
{
    public static void Register()
    {
        NotebookCharts.NewSession();
        foreach (var (type, toHtml) in new HtmlDisplay(NotebookCharts.ToHtml).Formatters)
        {
            Formatter.Register(type, (value, writer) => writer.Write(toHtml(value)), HtmlFormatter.MimeType);
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType);
        }
    }
}
