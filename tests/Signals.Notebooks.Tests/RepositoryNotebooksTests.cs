namespace Signals.Notebooks.Tests;

/// <summary>Every notebook under notebooks/ runs top to bottom in the in-process kernel, against the kit this test
/// project's build writes into artifacts/notebook-kit (see the csproj); and its file-based twin is up to date.</summary>
[Collection(NotebookCollection.Name)]
public sealed class RepositoryNotebooksTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        var root = RepositoryRoot();
        foreach (var path in NotebookFiles.Find([Path.Combine(root, "notebooks")]))
            data.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_top_to_bottom_without_an_error(string notebook)
    {
        var result = await NotebookRunner.RunAsync(Path.Combine(RepositoryRoot(), notebook));

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.NotEmpty(result.Cells);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Has_an_up_to_date_file_based_twin(string notebook)
    {
        var path = Path.Combine(RepositoryRoot(), notebook);
        if (!path.EndsWith(".ipynb", StringComparison.Ordinal)) return;
        var twin = NotebookExport.TwinPath(path);

        Assert.True(File.Exists(twin), $"{notebook} has no twin: run `signals notebooks export`");
        Assert.False(await NotebookExport.IsStale(path, twin), $"{Path.GetFileName(twin)} is stale: {notebook} changed since it was exported; run `signals notebooks export`");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Signals.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Signals.sln not found above {AppContext.BaseDirectory}");
    }
}
