using Signals.Cli;
using Signals.SampleData;

namespace Signals.Tests.SampleData;

public sealed class SampleDataCommandTests
{
    private static readonly string[] Files = [SampleDataFiles.UniverseFile, SampleDataFiles.PricesFile, SampleDataFiles.NewsFile, SampleDataFiles.TruthFile];

    [Fact]
    public async Task Seed_42_reproduces_the_committed_files_byte_for_byte()
    {
        using var temp = new TempFiles();
        int exit = await InProcessCli.ExitCodeAsync(["sample-data", "--seed", "42", "--out", temp.Root]);
        Assert.Equal(0, exit);
        foreach (var file in Files)
        {
            var committed = File.ReadAllBytes(CommittedSample.PathOf(file));
            var fresh = File.ReadAllBytes(temp.PathOf(file));
            int at = committed.AsSpan().CommonPrefixLength(fresh);
            Assert.True(at == committed.Length && at == fresh.Length,
                $"{file} differs from the committed copy at byte {at} (line {committed.AsSpan(0, Math.Min(at, committed.Length)).Count((byte)'\n') + 1}); " +
                "regenerate with `signals sample-data --seed 42 --out data/sample` if the change is intended");
        }
        Assert.Empty(Directory.GetFiles(temp.Root, "*.tmp"));
    }

    [Fact]
    public void The_command_keeps_stdout_for_its_summary_and_fails_cleanly_on_a_file_as_output()
    {
        using var temp = new TempFiles();
        var ok = CliRunner.Run(temp.Root, "sample-data", "--seed", "3", "--out", "out");
        Assert.Equal(0, ok.ExitCode);
        var summary = Assert.Single(ok.Stdout.Trim().Split('\n'));
        Assert.Contains("42 symbols", summary);
        Assert.All(Files, f => Assert.True(File.Exists(Path.Combine(temp.Root, "out", f)), f));

        var file = temp.Write("taken", "x");
        var bad = CliRunner.Run(temp.Root, "sample-data", "--out", file);
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("error: --out", bad.Stderr.Trim());
        Assert.Equal("", bad.Stdout);
    }

    [Fact]
    public void Another_seed_gives_another_sample_and_the_same_seed_the_same_one()
    {
        var span = new SampleDataOptions(7) { FirstDay = new DateOnly(2023, 1, 3), LastDay = new DateOnly(2023, 4, 28) };
        string Text(SampleDataset d)
        {
            var w = new StringWriter();
            SampleDataFiles.WritePrices(w, d);
            SampleDataFiles.WriteNews(w, d);
            SampleDataFiles.WriteTruth(w, d);
            return w.ToString();
        }
        var a = Text(SampleDataGenerator.Generate(span));
        var b = Text(SampleDataGenerator.Generate(span));
        var c = Text(SampleDataGenerator.Generate(span with { Seed = 8 }));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Progress_is_reported_up_to_every_session()
    {
        var reports = new List<SampleDataProgress>();
        var options = new SampleDataOptions(1) { FirstDay = new DateOnly(2024, 1, 2), LastDay = new DateOnly(2024, 3, 28) };
        var dataset = SampleDataGenerator.Generate(options, new SyncProgress(reports.Add));
        Assert.NotEmpty(reports);
        Assert.Equal(dataset.TradingDays.Count, reports[^1].SessionsDone);
        Assert.Equal(dataset.TradingDays.Count, reports[^1].Sessions);
    }

    private sealed class SyncProgress(Action<SampleDataProgress> report) : IProgress<SampleDataProgress>
    {
        public void Report(SampleDataProgress value) => report(value);
    }
}
