using Microsoft.DotNet.Interactive.Formatting;
using Signals.Reporting;
using Signals.Reporting.Notebooks;

namespace Signals.Interactive;

/// <summary>Notebook helpers beyond the automatic display.</summary>
public static class SignalsNotebook
{
    /// <summary>Registers the display of the kit's types and makes <see cref="NotebookProgress.Show"/> a live bar.
    /// notebooks/signals.csx and the package's kernel extension call this on load.</summary>
    public static void Enable()
    {
        SignalsFormatters.Register();
        NotebookProgress.Host = LiveProgress.Show;
    }

    /// <summary>A live progress bar under the current cell, for <see cref="IProgress{T}"/> parameters.</summary>
    public static LiveProgress Progress(string title) => LiveProgress.Show(title);

    /// <summary>Displays the plotly.js loader again (when the output of the first chart, which carried it, was cleared).</summary>
    public static void LoadPlotly()
    {
        PlotlyJs.LoaderHtml().DisplayAs(HtmlFormatter.MimeType);
        NotebookCharts.LoaderShown();
    }
}
