using System.Text;
using Markdig;

namespace Signals.Reporting.Notebooks;

/// <summary>A notebook as one self-contained HTML page: markdown rendered, each code cell's source with its outputs
/// (tables, charts, text) as the notebook showed them, plotly.js inlined once, no network. Written by a file-based twin
/// (<see cref="NotebookPage"/>) and by <c>signals notebooks run --html</c> from a kernel run.</summary>
public static class NotebookPageHtml
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>The page's HTML for <paramref name="title"/> and its cells in order: markdown rendered, code escaped, outputs as the notebook showed them.</summary>
    public static string Render(string title, IEnumerable<NotebookPageCell> cells)
    {
        var list = cells.ToList();
        var body = new StringBuilder();
        foreach (var cell in list)
        {
            if (cell.IsMarkdown)
            {
                body.Append("<section class=\"md\">").Append(Markdig.Markdown.ToHtml(cell.Source, Markdown)).Append("</section>\n");
                continue;
            }
            body.Append("<section class=\"cell").Append(cell.Failed ? " failed" : "").Append("\" id=\"cell-").Append(cell.Number).Append("\">")
                .Append("<div class=\"n\">[").Append(cell.Number).Append("]</div><pre class=\"code\"><code>")
                .Append(HtmlText.Escape(cell.Source)).Append("</code></pre>");
            foreach (var output in cell.Outputs) body.Append("<div class=\"out\">").Append(output).Append("</div>");
            body.Append("</section>\n");
        }

        var all = body.ToString();
        var page = new StringBuilder(all.Length + PlotlyJs.Script.Length + 4096);
        HtmlPage.AppendStart(page, title);
        // Charts need plotly.js once, before the first chart; a kernel run's first chart output already carries it.
        if (all.Contains("class=\"signals-chart\"", StringComparison.Ordinal) && !all.Contains("signals-plotly-loader", StringComparison.Ordinal))
            PlotlyJs.AppendGuardedScript(page);
        page.Append("<main class=\"page notebook\">\n").Append(all).Append("</main>\n");
        return HtmlPage.AppendEnd(page).ToString();
    }

    /// <summary>Writes the page whole or not at all (a temporary file, then a move).</summary>
    public static void Write(string path, string title, IEnumerable<NotebookPageCell> cells) =>
        Data.AtomicFile.WriteText(path, Render(title, cells));
}
