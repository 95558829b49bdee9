using System.Text.Json;

namespace Signals.Tests.Workflows;

public sealed class StudyCommandTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private string[] Args(MessyDownloads f, string outDir, params string[] extra) =>
        ["study", "--prices", f.PricesFolder, "--news", f.NewsPath, "--scorer", "lexicon", "--min-names", "1", "--out", outDir, .. extra];

    [Fact]
    public void Strict_mode_fails_on_the_first_broken_line_and_leaves_out_untouched()
    {
        var fixture = new MessyDownloads(_files.Root);
        int broken = fixture.BreakATitle();
        var outDir = _files.PathOf("study");
        // An earlier study's folder (the kit's marker lists its file): a failed run leaves it exactly as it was.
        Signals.Data.OutputFolder.Replace(outDir, "study", temp => File.WriteAllText(Path.Combine(temp, "earlier.txt"), "keep me"));

        var r = CliRunner.Run(_files.Root, Args(fixture, outDir));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains(fixture.NewsPath, r.Stderr);
        Assert.Contains($"line {broken}", r.Stderr);
        Assert.Equal([Signals.Data.OutputFolder.MarkerFile, "earlier.txt"], Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetDirectories(_files.Root, ".study.*"));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(outDir, "earlier.txt")));
    }

    [Fact]
    public void Skip_mode_writes_the_report_and_lists_each_skipped_line()
    {
        var fixture = new MessyDownloads(_files.Root);
        int broken = fixture.BreakATitle();
        var outDir = _files.PathOf("study");

        var r = CliRunner.Run(_files.Root, Args(fixture, outDir, "--on-bad-rows", "skip", "--benchmark", "KO"));

        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        Assert.Contains("information ratio", r.Stdout);
        foreach (var name in new[] { "report.html", "scores.csv", "study.json", "bad-rows.csv", "lopez-lira-tang.csv", "run/equity.csv", "run/trades.csv", "run/stats.json", "run/params.json" })
            Assert.True(File.Exists(Path.Combine(outDir, name)), name);
        var badRows = File.ReadAllLines(Path.Combine(outDir, "bad-rows.csv"));
        Assert.Equal(3, badRows.Length);
        Assert.StartsWith($"{fixture.NewsPath},{broken},", badRows[1]);
        Assert.StartsWith($"{fixture.NewsPath},{broken + 1},", badRows[2]);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "study.json")));
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("data"));
        Assert.Equal(["data", "coverage", "ic", "quantiles", "benchmark", "eventStudy", "protocols", "factorTearsheet", "riskPortfolios", "costs"], sections.Keys);
        // The research results at the paths the report's readers script against (offsets -10..20, one array per bucket).
        var eventStudy = json.RootElement.GetProperty("eventStudy");
        Assert.Equal(Enumerable.Range(-10, 31), eventStudy.GetProperty("offsets").EnumerateArray().Select(o => o.GetInt32()));
        foreach (var bucket in new[] { "negative", "neutral", "positive" })
            Assert.Equal(31, eventStudy.GetProperty("buckets").GetProperty(bucket).GetProperty("car").GetArrayLength());
        var llt = json.RootElement.GetProperty("protocols").GetProperty("lopezLiraTang");
        // Every observation of the regression is a row of lopez-lira-tang.csv, so anyone can re-run it; the file also
        // holds the symbol-days of days with one name, which day fixed effects leave without information (N drops them).
        int rows = File.ReadAllLines(Path.Combine(outDir, "lopez-lira-tang.csv")).Length - 1;
        Assert.InRange(llt.GetProperty("observations").GetInt32(), 1, rows);
        var data = sections["data"];
        Assert.Equal(2, data.GetProperty("badRowsSkipped").GetInt32());
        Assert.Equal(1, data.GetProperty("duplicatesDropped").GetInt32());
        // The benchmark is not traded, so its headlines name no traded symbol, like ACME's (which has no prices).
        Assert.Equal(["ACME", "KO"], data.GetProperty("unmatchedTickers").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(1, data.GetProperty("outsidePriceSpan").GetInt32());
        Assert.StartsWith("2011-01-0", data.GetProperty("windowFrom").GetString());
        Assert.Equal("KO buy-and-hold", sections["benchmark"].GetProperty("benchmark").GetString());
        Assert.True(double.IsFinite(sections["benchmark"].GetProperty("beta").GetDouble()));
        Assert.Equal(4, sections["ic"].GetProperty("byHorizon").GetArrayLength());

        var page = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("id=\"section-coverage\"", page);
        Assert.Contains("bad rows skipped", page);

        // The scores it wrote are a scores file the study reads back, giving the same backtest.
        var again = _files.PathOf("again");
        var r2 = CliRunner.Run(_files.Root, "study", "--prices", fixture.PricesFolder, "--news", fixture.NewsPath, "--sentiment", Path.Combine(outDir, "scores.csv"),
            "--min-names", "1", "--on-bad-rows", "skip", "--benchmark", "KO", "--out", again);
        Assert.True(r2.ExitCode == 0, r2.Stderr + r2.Stdout);
        Assert.Equal(File.ReadAllText(Path.Combine(outDir, "run/equity.csv")), File.ReadAllText(Path.Combine(again, "run/equity.csv")));
    }

    [Fact]
    public void Help_lists_the_study_options()
    {
        var r = CliRunner.Run(_files.Root, "study", "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var option in new[] { "--prices", "--news", "--max-age", "--benchmark", "--on-bad-rows", "--from", "--min-dollar-volume", "--provider" })
            Assert.Contains(option, r.Stdout);
        foreach (var command in new[] { "backtest", "indicators", "demo" })
            Assert.Equal(0, CliRunner.Run(_files.Root, command, "--help").ExitCode);
    }
}
