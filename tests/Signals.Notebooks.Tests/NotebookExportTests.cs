namespace Signals.Notebooks.Tests;

/// <summary>The file-based twin a notebook exports to, on small notebooks written for each test.</summary>
public sealed class NotebookExportTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("signals-export-").FullName;

    public NotebookExportTests()
    {
        // A repository layout: the twin's #:project points at src/Signals from the notebook's folder.
        File.WriteAllText(Path.Combine(_root, "Signals.sln"), "");
        Directory.CreateDirectory(Path.Combine(_root, "notebooks", "workshop"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Cells_become_top_level_statements_with_usings_on_top_types_at_the_end_and_last_expressions_shown()
    {
        var path = Write("notebooks/workshop/demo.ipynb",
            ("markdown", "# Title"),
            ("csharp", "// loads the kit\n#load \"../signals.csx\""),
            ("csharp", "using System.Text;\n\n// a comment stays\nvar sb = new StringBuilder(\"x\");\nsb.Length"),
            ("csharp", "record Point(int X, int Y);\nint Twice(int v) => 2 * v;\nConsole.WriteLine(Twice(new Point(1, 2).Y));"));

        var twin = await NotebookExport.ToFileBasedAppAsync(path);

        // The kit's two projects, as the notebook kit holds them: the library and the sample's generator (SampleTruth).
        Assert.StartsWith("#:project ../../src/Signals/Signals.csproj\n#:project ../../src/Signals.SampleData/Signals.SampleData.csproj\n#:property PublishAot=false\n", twin);
        Assert.DoesNotContain("#load", twin);
        var lines = twin.Split('\n');
        int usingLine = Array.IndexOf(lines, "using System.Text;");
        int start = Array.FindIndex(lines, l => l.StartsWith("var __page = NotebookPage.Start(args);", StringComparison.Ordinal));
        int save = Array.IndexOf(lines, "__page.Save();");
        int record = Array.LastIndexOf(lines, "record Point(int X, int Y);");   // the first is the cell's source on the page
        Assert.True(usingLine > 0 && usingLine < start, twin);
        Assert.True(save > start && record > save, twin);
        Assert.Contains("__page.Markdown(1, \"\"\"\n# Title\n\"\"\");", twin);
        Assert.Contains("// a comment stays\nvar sb = new StringBuilder(\"x\");\n__page.Show(sb.Length);", twin);
        Assert.Contains("int Twice(int v) => 2 * v;", twin);
        Assert.Equal(1, lines.Take(start).Count(l => l == "using System.Text;"));
    }

    [Fact]
    public async Task Source_with_triple_quotes_is_kept_verbatim_in_a_longer_raw_string()
    {
        var path = Write("notebooks/quotes.ipynb", ("csharp", "var s = \"\"\"\n  text\n  \"\"\";\nConsole.WriteLine(s);"));

        var twin = await NotebookExport.ToFileBasedAppAsync(path);

        Assert.Contains("__page.Code(1, \"\"\"\"\nvar s = \"\"\"\n  text\n  \"\"\";\nConsole.WriteLine(s);\n\"\"\"\");", twin);
    }

    [Fact]
    public async Task A_twin_goes_stale_when_its_notebook_changes_and_export_brings_it_back()
    {
        var path = Write("notebooks/n.ipynb", ("csharp", "var x = 1;"));
        var twin = NotebookExport.TwinPath(path);
        Assert.True(await NotebookExport.IsStale(path, twin));   // never exported

        await NotebookExport.WriteAsync(path);
        Assert.False(await NotebookExport.IsStale(path, twin));

        Write("notebooks/n.ipynb", ("csharp", "var x = 2;"));
        Assert.True(await NotebookExport.IsStale(path, twin));
    }

    [Fact]
    public async Task A_directive_with_no_file_based_form_is_refused_naming_the_cell()
    {
        var path = Write("notebooks/bad.ipynb", ("markdown", "m"), ("csharp", "#r \"/some/local.dll\"\nvar x = 1;"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => NotebookExport.ToFileBasedAppAsync(path));

        Assert.Contains("bad.ipynb, cell 2", error.Message);
    }

    private string Write(string relative, params (string Kernel, string Source)[] cells)
    {
        var path = Path.Combine(_root, relative);
        File.WriteAllText(path, TestNotebooks.Ipynb(cells));
        return path;
    }
}
