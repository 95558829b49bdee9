using System.Text;
using Markdig;

namespace Signals.Reporting.Notebooks;

/// <summary>A notebook as one self-contained HTML page: markdown rendered, each code cell's source with its outputs
/// (tables, charts, text) as the notebook showed them, plotly.js inlined once, no network. Written by a file-based twin
/// (<see cref="NotebookPage"/>) and by <c>signals notebooks run --html</c> from a kernel run.</summary>
public static class NotebookPageHtml
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

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
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(HtmlText.Escape(title))
            .Append("</title>\n<style>").Append(Css).Append("</style>\n");
        // Charts need plotly.js once; a kernel run's first chart output already carries it.
        if (all.Contains("class=\"signals-chart\"", StringComparison.Ordinal) && !all.Contains("signals-plotly-loader", StringComparison.Ordinal))
            PlotlyJs.AppendGuardedScript(page);
        page.Append("</head>\n<body>\n<main>\n").Append(all).Append("</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Writes the page whole or not at all (a temporary file, then a move).</summary>
    public static void Write(string path, string title, IEnumerable<NotebookPageCell> cells)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        File.WriteAllText(temp, Render(title, cells), new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }

    private const string Css = """
        body{margin:0;background:#fff;color:#111827;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
        main{max-width:1100px;margin:0 auto;padding:24px}
        .md h1,.md h2,.md h3{line-height:1.25}
        .cell{position:relative;margin:12px 0 20px}
        .cell .n{position:absolute;left:-48px;top:6px;color:#9ca3af;font:12px monospace}
        pre.code{background:#f3f4f6;border-left:3px solid #6366f1;padding:8px 12px;overflow-x:auto;font:13px/1.4 ui-monospace,monospace;margin:0}
        .cell.failed pre.code{border-left-color:#dc2626}
        .out{margin:6px 0 0;overflow-x:auto}
        pre.signals-text{margin:0;padding:4px 12px;font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap}
        pre.signals-error{margin:0;padding:6px 12px;background:#fef2f2;color:#991b1b;white-space:pre-wrap}
        table.signals-table{border-collapse:collapse;font-size:13px}
        table.signals-table th,table.signals-table td{border-bottom:1px solid #e5e7eb;padding:2px 8px}
        table.signals-table th{text-align:left;background:#f9fafb}
        """;
}
