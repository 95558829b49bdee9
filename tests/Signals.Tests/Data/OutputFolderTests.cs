using System.Text.Json.Nodes;
using Signals.Data;

namespace Signals.Tests.Data;

/// <summary>The kit writes only what it owns: folders it did not write are refused, its own are replaced file set by file set.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private static string[] Entries(string folder) =>
        [.. Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(folder, e).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_new_folder_gets_the_files_and_a_marker_listing_them()
    {
        var dir = _files.PathOf("out");
        OutputFolder.Replace(dir, "study", temp =>
        {
            File.WriteAllText(Path.Combine(temp, "report.html"), "r");
            Directory.CreateDirectory(Path.Combine(temp, "run"));
            File.WriteAllText(Path.Combine(temp, "run", "stats.json"), "{}");
        });
        Assert.Equal([OutputFolder.MarkerFile, "report.html", "run", "run/stats.json"], Entries(dir));
        var marker = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, OutputFolder.MarkerFile)))!;
        Assert.Equal(["report.html", "run/stats.json"], marker["files"]!.AsArray().Select(f => (string)f!["path"]!));
        Assert.All(marker["files"]!.AsArray(), f => Assert.Equal("study", (string)f!["command"]!));
        Assert.Equal([OutputFolder.MarkerFile, "report.html", "run", "run/stats.json"], Entries(dir));
        Assert.Single(Directory.GetFileSystemEntries(_files.Root));   // no build folder left beside it
    }

    [Fact]
    public void A_folder_holding_files_the_kit_did_not_write_is_refused_before_any_work_and_left_alone()
    {
        var dir = _files.PathOf("notes");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "mine.txt"), "keep me");

        var e = Assert.Throws<OutputRefusedException>(() => OutputFolder.Claim(dir, "study"));
        Assert.Contains("mine.txt", e.Message);
        Assert.Contains("did not write", e.Message);
        Assert.Equal(["mine.txt"], Entries(dir));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(dir, "mine.txt")));
        Assert.Single(Directory.GetFileSystemEntries(_files.Root));
    }

    [Fact]
    public void An_output_that_is_or_holds_an_input_is_refused()
    {
        var input = _files.Write("data/prices.csv", "x");
        Assert.Throws<OutputRefusedException>(() => OutputFolder.Claim(_files.PathOf("data"), "study", [input]));
        Assert.Throws<OutputRefusedException>(() => OutputFolder.Claim(_files.Root, "study", [input]));
        Assert.Throws<OutputRefusedException>(() => OutputFolder.Claim(_files.PathOf("data"), "study", [_files.PathOf("data")]));
        Assert.Throws<OutputRefusedException>(() => OutputFolder.Claim(input, "study"));              // a file is not a folder
        Assert.Equal("x", File.ReadAllText(input));
    }

    [Fact]
    public void A_rerun_replaces_only_its_own_previous_files_and_keeps_the_users()
    {
        var dir = _files.PathOf("out");
        OutputFolder.Replace(dir, "study", temp =>
        {
            File.WriteAllText(Path.Combine(temp, "report.html"), "first");
            File.WriteAllText(Path.Combine(temp, "bad-rows.csv"), "first");
        });
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "the user's");
        OutputFile.WriteText(Path.Combine(dir, "tearsheet.html"), "report", "another command's");

        OutputFolder.Replace(dir, "study", temp => File.WriteAllText(Path.Combine(temp, "report.html"), "second"));

        Assert.Equal([OutputFolder.MarkerFile, "notes.txt", "report.html", "tearsheet.html"], Entries(dir));   // bad-rows.csv was the study's: gone
        Assert.Equal("second", File.ReadAllText(Path.Combine(dir, "report.html")));
        Assert.Equal("the user's", File.ReadAllText(Path.Combine(dir, "notes.txt")));
        Assert.Equal("another command's", File.ReadAllText(Path.Combine(dir, "tearsheet.html")));

        // A user's file where the run would write is never overwritten: the whole commit stops, nothing changed.
        File.WriteAllText(Path.Combine(dir, "scores.csv"), "the user's scores");
        Assert.Throws<OutputRefusedException>(() => OutputFolder.Replace(dir, "study", temp =>
        {
            File.WriteAllText(Path.Combine(temp, "report.html"), "third");
            File.WriteAllText(Path.Combine(temp, "scores.csv"), "kit");
        }));
        Assert.Equal("second", File.ReadAllText(Path.Combine(dir, "report.html")));
        Assert.Equal("the user's scores", File.ReadAllText(Path.Combine(dir, "scores.csv")));
        Assert.Single(Directory.GetFileSystemEntries(_files.Root));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        var dir = _files.PathOf("out");
        OutputFolder.Replace(dir, "study", temp => File.WriteAllText(Path.Combine(temp, "report.html"), "whole"));
        Assert.Throws<InvalidOperationException>(() => OutputFolder.Replace(dir, "study", temp =>
        {
            File.WriteAllText(Path.Combine(temp, "report.html"), "half");
            throw new InvalidOperationException("scoring failed");
        }));
        Assert.Equal("whole", File.ReadAllText(Path.Combine(dir, "report.html")));
        Assert.Single(Directory.GetFileSystemEntries(_files.Root));
    }

    [Fact]
    public void A_build_left_by_a_killed_run_is_cleaned_and_nothing_else_is()
    {
        var dir = _files.PathOf("out");
        // A killed run's build: the kit's name pattern and marker, naming a process that no longer exists.
        var stale = _files.PathOf($".out.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "report.html"), "half");
        File.WriteAllText(Path.Combine(stale, OutputFolder.MarkerFile),
            """{ "writer": "signals", "buildingFor": "out", "processId": 2147483000, "processStartUtc": "2020-01-01T00:00:00Z", "files": [] }""");
        // Look-alikes the kit did not make: no marker, or not its name pattern.
        var lookalike = _files.PathOf($".out.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(lookalike);
        File.WriteAllText(Path.Combine(lookalike, "user.txt"), "mine");
        var other = _files.PathOf(".out.backup");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, OutputFolder.MarkerFile), """{ "writer": "signals", "files": [] }""");

        OutputFolder.Replace(dir, "study", temp => File.WriteAllText(Path.Combine(temp, "report.html"), "new"));

        Assert.False(Directory.Exists(stale));
        Assert.True(File.Exists(Path.Combine(lookalike, "user.txt")));
        Assert.True(Directory.Exists(other));
        Assert.Equal("new", File.ReadAllText(Path.Combine(dir, "report.html")));
    }

    [Fact]
    public void A_live_build_of_another_run_is_not_taken_for_a_stale_one()
    {
        var dir = _files.PathOf("out");
        using var first = OutputFolder.Claim(dir, "study");
        OutputFolder.Replace(dir, "study", temp => File.WriteAllText(Path.Combine(temp, "report.html"), "second run"));
        first.Commit(temp => File.WriteAllText(Path.Combine(temp, "report.html"), "first run"));   // its build folder survived
        Assert.Equal("first run", File.ReadAllText(Path.Combine(dir, "report.html")));
    }

    [Fact]
    public void A_single_file_is_written_new_or_over_its_own_earlier_self_never_over_the_users()
    {
        var page = _files.PathOf("reports/page.html");
        OutputFile.WriteText(page, "report", "one");
        OutputFile.WriteText(page, "report", "two");
        Assert.Equal("two", File.ReadAllText(page));
        Assert.True(OutputFile.WrittenByKit(page));

        var users = _files.Write("reports/users.html", "mine");
        Assert.Throws<OutputRefusedException>(() => OutputFile.Check(users, "report"));
        Assert.Throws<OutputRefusedException>(() => OutputFile.WriteText(users, "report", "kit"));
        Assert.Equal("mine", File.ReadAllText(users));
        Assert.Throws<OutputRefusedException>(() => OutputFile.Check(_files.PathOf("reports"), "report"));   // a folder
        Assert.Throws<OutputRefusedException>(() => OutputFile.Check(page, "report", [page]));               // an input

        // A page the kit wrote before the marker existed carries its generator tag: it may be replaced; a look-alike may not.
        var older = _files.Write("old/demo.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"Signals 0.9.0\">\n");
        OutputFile.WriteText(older, "demo", "new page");
        Assert.Equal("new page", File.ReadAllText(older));
        var lookalike = _files.Write("old/mine.html", "<html><head><title>Signals notes</title></head></html>");
        Assert.Throws<OutputRefusedException>(() => OutputFile.Check(lookalike, "demo"));
    }
}
