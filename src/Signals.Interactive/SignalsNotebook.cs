using Microsoft.DotNet.Interactive.Formatting;
using Signals.Interactive.Formatters;
using Signals.Reporting;

namespace Signals.Interactive;

/// <summary>Notebook helpers beyond the automatic display.</summary>
public static class SignalsNotebook
{
    /// <summary>Registers the display of the kit's types. The package's kernel extension calls this on load; call it
    /// yourself only when you reference the built DLLs with <c>#r</c> instead of the package.</summary>
    public static void Enable() => SignalsFormatters.Register();

    /// <summary>A live progress bar under the current cell, for <see cref="IProgress{T}"/> parameters.</summary>
    public static LiveProgress Progress(string title) => LiveProgress.Show(title);

    /// <summary>Displays the plotly.js loader again (when the output of the first chart, which carried it, was cleared).</summary>
    public static void LoadPlotly()
    {
        PlotlyJs.LoaderHtml().DisplayAs(HtmlFormatter.MimeType);
        NotebookCharts.LoaderShown();
    }
}
