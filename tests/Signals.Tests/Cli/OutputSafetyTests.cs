using System.Text.Json.Nodes;
using Signals.Data;
using Signals.Tests.Workflows;

namespace Signals.Tests.Cli;

/// <summary>
/// `--out` through the real CLI in a child process: a command writes only what it owns — never the user's files,
/// never its own inputs — replaces its own earlier output, and cleans up after a killed run.
/// </summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private static string[] Study(MessyDownloads f, string outDir) =>
        ["study", "--prices", f.PricesFolder, "--news", f.NewsPath, "--scorer", "lexicon", "--min-names", "1", "--on-bad-rows", "skip", "--out", outDir];

    [Fact]
    public void A_users_file_survives_study_out_into_its_folder()
    {
        var fixture = new MessyDownloads(_files.Root);
        var outDir = _files.PathOf("mine");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "my notes");

        var r = CliRunner.Run(_files.Root, Study(fixture, outDir));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("notes.txt", r.Stderr);
        Assert.Contains("did not write", r.Stderr);
        Assert.DoesNotContain("scoring", r.Stdout + r.Stderr);      // refused before any work
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName));
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(outDir, "notes.txt")));
        Assert.Empty(Directory.GetDirectories(_files.Root, ".mine.*"));
    }

    [Fact]
    public void Inputs_survive_study_out_dot()
    {
        var fixture = new MessyDownloads(_files.Root);
        var before = Directory.GetFileSystemEntries(_files.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var newsBytes = File.ReadAllBytes(fixture.NewsPath);

        var r = CliRunner.Run(_files.Root, Study(fixture, "."));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("input", r.Stderr);
        Assert.Equal(before, Directory.GetFileSystemEntries(_files.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(newsBytes, File.ReadAllBytes(fixture.NewsPath));
    }

    [Fact]
    public void A_study_reruns_into_its_own_folder_keeping_the_users_notes_and_cleans_a_killed_runs_build()
    {
        var fixture = new MessyDownloads(_files.Root);
        var outDir = _files.PathOf("study");
        var first = CliRunner.Run(_files.Root, Study(fixture, outDir));
        Assert.True(first.ExitCode == 0, first.Stderr + first.Stdout);
        var marker = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, OutputFolder.MarkerFile)))!;
        var listed = marker["files"]!.AsArray().Select(f => (string)f!["path"]!).ToArray();
        foreach (var name in new[] { "report.html", "scores.csv", "study.json", "run/trades.csv", "run/params.json" })
            Assert.Contains(name, listed);

        File.WriteAllText(Path.Combine(outDir, "notes.txt"), "my notes");
        // What a run killed during its final write leaves: a hidden build folder with the kit's marker.
        var stale = _files.PathOf($".study.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "report.html"), "half");
        File.WriteAllText(Path.Combine(stale, OutputFolder.MarkerFile),
            """{ "writer": "signals", "buildingFor": "study", "processId": 2147483000, "processStartUtc": "2020-01-01T00:00:00Z", "files": [] }""");

        var again = CliRunner.Run(_files.Root, Study(fixture, outDir));

        Assert.True(again.ExitCode == 0, again.Stderr + again.Stdout);
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(outDir, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.False(Directory.Exists(stale));
        Assert.Empty(Directory.GetDirectories(_files.Root, ".study.*"));
    }

    [Fact]
    public void Backtest_and_report_never_overwrite_a_file_they_did_not_write()
    {
        var fixture = new MessyDownloads(_files.Root);
        var runDir = _files.PathOf("run");
        Directory.CreateDirectory(runDir);
        File.WriteAllText(Path.Combine(runDir, "trades.csv"), "my trades");
        string[] backtest = ["backtest", "--prices", fixture.PricesFolder, "--strategy", "buy-and-hold", "--out", runDir];

        var refused = CliRunner.Run(_files.Root, backtest);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("my trades", File.ReadAllText(Path.Combine(runDir, "trades.csv")));

        File.Delete(Path.Combine(runDir, "trades.csv"));
        Assert.Equal(0, CliRunner.Run(_files.Root, backtest).ExitCode);
        Assert.Equal(0, CliRunner.Run(_files.Root, backtest).ExitCode);   // its own folder: replaced

        var users = _files.Write("page.html", "my page");
        var report = CliRunner.Run(_files.Root, "report", "--run", runDir, "--out", users);
        Assert.Equal(1, report.ExitCode);
        Assert.Contains("not written by signals", report.Stderr);
        Assert.Equal("my page", File.ReadAllText(users));

        var page = Path.Combine(runDir, "report.html");
        Assert.Equal(0, CliRunner.Run(_files.Root, "report", "--run", runDir, "--out", page).ExitCode);
        Assert.Equal(0, CliRunner.Run(_files.Root, "report", "--run", runDir, "--out", page).ExitCode);   // its own page again
        Assert.Equal(0, CliRunner.Run(_files.Root, backtest).ExitCode);                                   // the run again: the page stays
        Assert.True(File.Exists(page));
    }
}
