using Signals.Reporting;

namespace Signals.Interactive;

/// <summary>Chart HTML for a notebook: the first chart of a kernel session carries the plotly.js loader (from the
/// library's embedded bundle, no CDN); every later chart only references <c>window.Plotly</c>, so a notebook holds one
/// copy of the 4.8 MB script however many charts it draws. If that first output is cleared, later charts say how to
/// load it again (<see cref="SignalsNotebook.LoadPlotly"/>).</summary>
public static class NotebookCharts
{
    private static int _loaderShown;

    public static string ToHtml(Figure figure) =>
        Interlocked.Exchange(ref _loaderShown, 1) == 0
            ? PlotlyJs.LoaderHtml() + ChartHtml.Fragment(figure)
            : ChartHtml.Fragment(figure);

    /// <summary>Forget that the loader was shown: the kernel restarted (the extension loads again).</summary>
    internal static void NewSession() => Interlocked.Exchange(ref _loaderShown, 0);

    internal static void LoaderShown() => Interlocked.Exchange(ref _loaderShown, 1);
}
