using Signals.Reporting;
using Signals.Reporting.Notebooks;

namespace Signals.Tests.Reporting.Notebooks;

public class NotebookPageHtmlTests
{
    private static readonly Figure Chart = new Figure("t").Add(new ScatterTrace(new double[] { 1, 2 }, [3.0, 4.0]));

    [Fact]
    public void Markdown_is_rendered_code_and_text_are_escaped_and_html_outputs_kept()
    {
        var html = NotebookPageHtml.Render("demo <1>",
        [
            new NotebookPageCell(1, true, "# Heading\n\nSome **bold** text.", []),
            new NotebookPageCell(2, false, "var s = \"<b>\";", [NotebookPageCell.TextOutput("<b> printed"), "<table class=\"signals-table\"></table>"]),
            new NotebookPageCell(3, false, "throw null;", [NotebookPageCell.ErrorOutput("boom <x>")], Failed: true),
        ]);

        Assert.Contains("<title>demo &lt;1&gt;</title>", html);
        Assert.Contains("<h1 id=\"heading\">Heading</h1>", html);
        Assert.Contains("<strong>bold</strong>", html);
        Assert.Contains("var s = &quot;&lt;b&gt;&quot;;", html);
        Assert.Contains("&lt;b&gt; printed", html);
        Assert.Contains("<table class=\"signals-table\"></table>", html);
        Assert.Contains("class=\"cell failed\" id=\"cell-3\"", html);
        Assert.Contains("boom &lt;x&gt;", html);
        Assert.DoesNotContain("window.Plotly)", html.Split("<body>")[0]);   // no chart, no 4.8 MB script
    }

    [Fact]
    public void A_page_with_charts_inlines_plotly_once_and_loads_nothing_from_the_network()
    {
        var fragment = ChartHtml.Fragment(Chart);
        var html = NotebookPageHtml.Render("charts", [new NotebookPageCell(1, false, "c", [fragment, ChartHtml.Fragment(Chart)])]);

        Assert.Equal(1, Count(html, PlotlyJs.Script[..200]));
        // Nothing is fetched: no external script or stylesheet (plotly.js's own text names CDNs it never loads here).
        Assert.DoesNotContain("<script src", html);
        Assert.DoesNotContain("<link", html);
    }

    [Fact]
    public void A_kernel_run_whose_first_chart_carried_the_loader_gets_no_second_copy()
    {
        var html = NotebookPageHtml.Render("kernel", [new NotebookPageCell(1, false, "c", [PlotlyJs.LoaderHtml() + ChartHtml.Fragment(Chart)])]);

        Assert.Equal(1, Count(html, PlotlyJs.Script[..200]));
    }

    [Fact]
    public void Write_replaces_the_page_whole()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("signals-page-").FullName, "sub", "p.html");
        NotebookPageHtml.Write(path, "one", []);
        NotebookPageHtml.Write(path, "two", []);

        Assert.Contains("<title>two</title>", File.ReadAllText(path));
        Assert.Equal(["p.html"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    private static int Count(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
