using Signals.Reporting.Notebooks;

namespace Signals.Tests.Reporting.Notebooks;

public class NotebookPageTwinFolderTests
{
    [Fact]
    public void A_twin_built_with_mapped_source_paths_finds_its_folder_above_the_current_one()
    {
        // CI=true turns on ContinuousIntegrationBuild, which maps the repository root to "/_/" in CallerFilePath.
        using var files = new TempFiles();
        var twin = files.Write("notebooks/workshop/exercises/01-point-in-time.cs", "// twin");
        var inside = Directory.CreateDirectory(files.PathOf("notebooks/workshop")).FullName;

        Assert.Equal(Path.GetDirectoryName(twin), NotebookPage.TwinFolder("/_/notebooks/workshop/exercises/01-point-in-time.cs", files.Root));
        Assert.Equal(Path.GetDirectoryName(twin), NotebookPage.TwinFolder("/_/notebooks/workshop/exercises/01-point-in-time.cs", inside));
    }

    [Fact]
    public void An_unmapped_path_is_its_own_folder()
    {
        using var files = new TempFiles();
        var twin = files.Write("notebooks/01-quickstart.cs", "// twin");
        Assert.Equal(Path.GetDirectoryName(twin), NotebookPage.TwinFolder(twin, "/"));
    }
}
