namespace Signals.Notebooks.Tests;

/// <summary>The Signals kit, loaded in a notebook the way every notebook loads it (notebooks/signals.csx), displays the kit's types with its own
/// formatters and updates a live progress bar in place.</summary>
[Collection(NotebookCollection.Name)]
public sealed class SignalsExtensionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("signals-ext-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The first cell every notebook has: the kit from artifacts/notebook-kit (this test project's build writes it).
    private static string LoadCell() =>
        $"#load \"{Path.Combine(RepositoryNotebooksTests.RepositoryRoot(), "notebooks", "signals.csx").Replace("\\", "/")}\"";

    [Fact]
    public async Task Bar_series_news_and_progress_display_through_the_kit()
    {
        var path = Path.Combine(_folder, "display.ipynb");
        File.WriteAllText(path, TestNotebooks.Ipynb(
            ("csharp", LoadCell()),
            ("csharp", """
                using Signals.Data;
                var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                BarSeries.FromBars("XYZ", Enumerable.Range(0, 30).Select(i => new Bar(start.AddDays(i), 100 + i, 101 + i, 99 + i, 100 + i, 1000)).ToList())
                """),
            ("csharp", """new List<NewsItem> { new("n1", DateTimeOffset.UnixEpoch, ["XYZ"], "XYZ <b>beats</b> estimates") }"""),
            ("csharp", """
                IProgress<(int, int)> progress = Signals.Reporting.Notebooks.NotebookProgress.Show("Scoring");
                for (int i = 1; i <= 3; i++) progress.Report((i, 3));
                """)));

        var result = await NotebookRunner.RunAsync(path);

        Assert.True(result.Succeeded, result.FailureMessage);
        var bars = result.Cells[1].Outputs.Single(o => o.Kind == CellOutputKind.ReturnValue).Text("text/html")!;
        Assert.Contains("<b>XYZ</b> · 30 bars · 2024-01-01 → 2024-01-30", bars.Replace("&#183;", "·").Replace("&#8594;", "→"));
        Assert.Contains("… 20 more bars …", bars.Replace("&#8230;", "…"));
        var news = result.Cells[2].Outputs.Single(o => o.Kind == CellOutputKind.ReturnValue).Text("text/html")!;
        Assert.Contains("XYZ &lt;b&gt;beats&lt;/b&gt; estimates", news);
        var progress = Assert.Single(result.Cells[3].Outputs);
        Assert.StartsWith("Scoring: 3/3", progress.Text());
    }
}
