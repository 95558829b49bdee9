using System.Text.Json.Nodes;

namespace Signals.Notebooks.Tests;

/// <summary>The runner itself, on tiny notebooks written for each test.</summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("signals-nb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_failing_cell_is_named_by_index_and_first_line_and_later_cells_do_not_run()
    {
        var path = WriteNotebook("broken.ipynb",
            ("markdown", "# A notebook with a bug"),
            ("csharp", "var x = 40 + 2;\nx"),
            ("csharp", "// the bug\nthrow new InvalidOperationException(\"planted failure\");"),
            ("csharp", "Console.WriteLine(\"never\");"));

        var result = await NotebookRunner.RunAsync(path);

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Cells.Count);
        var failed = result.FailedCell!;
        Assert.Equal(3, failed.Index);
        Assert.Equal("// the bug", failed.FirstLine);
        Assert.Contains("planted failure", failed.Error);
        Assert.Contains("broken.ipynb, cell 3 ('// the bug'): ", result.FailureMessage);
        Assert.Contains("<pre>42</pre>", result.Cells[0].Outputs.Single(o => o.Kind == CellOutputKind.ReturnValue).Text("text/html"));
    }

    [Fact]
    public async Task A_compile_error_fails_the_cell_with_the_compiler_message()
    {
        var path = WriteNotebook("compile.ipynb", ("csharp", "int y = \"not a number\";"));

        var result = await NotebookRunner.RunAsync(path);

        Assert.False(result.Succeeded);
        Assert.Contains("CS0029", result.FailureMessage);
    }

    [Fact]
    public async Task Cells_share_state_run_in_the_notebook_folder_and_can_be_saved_with_outputs()
    {
        File.WriteAllText(Path.Combine(_folder, "data.txt"), "hello from the notebook folder");
        var path = WriteNotebook("ok.ipynb",
            ("csharp", "var text = System.IO.File.ReadAllText(\"data.txt\");"),
            ("csharp", "Console.WriteLine(text.ToUpperInvariant());"),
            ("csharp", "display(\"shown\");"));
        var output = Path.Combine(_folder, "out", "ok.ipynb");

        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions { OutputPath = output });

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Contains("HELLO FROM THE NOTEBOOK FOLDER", result.Cells[1].Outputs.Single(o => o.Kind == CellOutputKind.StandardOutput).Text());
        var saved = JsonNode.Parse(File.ReadAllText(output))!;
        var cells = saved["cells"]!.AsArray();
        Assert.Equal(3, cells.Count);
        Assert.Contains("HELLO", cells[1]!["outputs"]!.ToJsonString());
        Assert.Contains("shown", cells[2]!["outputs"]!.ToJsonString());
    }

    [Fact]
    public async Task An_updated_display_replaces_the_earlier_output_with_the_same_id()
    {
        var path = WriteNotebook("update.ipynb",
            ("csharp", """
                using Microsoft.DotNet.Interactive;
                using Microsoft.DotNet.Interactive.Events;
                using Microsoft.DotNet.Interactive.Formatting;
                var context = KernelInvocationContext.Current;
                context.Publish(new DisplayedValueProduced("step 1", context.Command, [new FormattedValue("text/plain", "step 1")], "progress"));
                """),
            ("csharp", """
                KernelInvocationContext.Current.Publish(new DisplayedValueUpdated("step 2", "progress", KernelInvocationContext.Current.Command, [new FormattedValue("text/plain", "step 2")]));
                """));

        var result = await NotebookRunner.RunAsync(path);

        Assert.True(result.Succeeded, result.FailureMessage);
        var display = Assert.Single(result.Cells[0].Outputs, o => o.Kind == CellOutputKind.Display);
        Assert.Contains("step 2", display.Text());
    }

    [Fact]
    public async Task A_cell_that_runs_past_the_timeout_fails_naming_it()
    {
        var path = WriteNotebook("slow.ipynb", ("csharp", "await Task.Delay(TimeSpan.FromSeconds(30));"));

        var result = await NotebookRunner.RunAsync(path, new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(1) });

        Assert.False(result.Succeeded);
        Assert.EndsWith("slow.ipynb, cell 1 ('await Task.Delay(TimeSpan.FromSeconds(30));'): cell timed out after 1 s", result.FailureMessage);
    }

    [Fact]
    public async Task Dib_notebooks_run_like_ipynb()
    {
        var path = Path.Combine(_folder, "plain.dib");
        File.WriteAllText(path, "#!markdown\n\n# Title\n\n#!csharp\n\nvar n = 6 * 7;\n\n#!csharp\n\nConsole.WriteLine(n);\n");

        var result = await NotebookRunner.RunAsync(path);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal([2, 3], result.Cells.Select(c => c.Index));
        Assert.Equal("42", result.Cells[1].Outputs.Single().Text()!.Trim());
    }

    private string WriteNotebook(string name, params (string Kernel, string Source)[] cells)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, TestNotebooks.Ipynb(cells));
        return path;
    }
}
