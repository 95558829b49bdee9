using Signals.Analytics;
using Signals.Backtesting;
using Signals.Cli;
using Signals.Data;
using Signals.Sentiment;
using Signals.Workflows;

namespace Signals.Tests.Analytics;

/// <summary>`signals sweep --shard K/N` and `signals sweep merge` on the sample data, in process.</summary>
public sealed class SweepCommandTests
{
    private static readonly string Prices = RepoPaths.Of("data", "sample", "prices.csv");
    private static readonly string News = RepoPaths.Of("data", "sample", "news.csv");

    private static Task<int> Sweep(string output, params string[] extra) => InProcessCli.ExitCodeAsync(
        ["sweep", "--prices", Prices, "--news", News, "--scorer", "lexicon", "--half-lives", "1,3,10", "--quantiles", "0.1,0.2,0.3,0.5", .. extra, "--out", output]);

    [Fact]
    public async Task Three_shards_from_the_command_line_merge_into_the_unsharded_files_bytes()
    {
        using var temp = new TempFiles();
        var whole = temp.PathOf("whole.jsonl");
        Assert.Equal(0, await Sweep(whole));
        var shards = new List<string>();
        for (int k = 1; k <= 3; k++)
        {
            shards.Add(temp.PathOf($"shard-{k}.jsonl"));
            Assert.Equal(0, await Sweep(shards[^1], "--shard", $"{k}/3"));
        }
        var merged = temp.PathOf("merged.jsonl");
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(["sweep", "merge", "--out", merged, .. shards]));

        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(merged));
        // Every configuration is in exactly one shard file, and the shards really split the grid.
        var parts = shards.Select(LongShortSweepFile.Read).ToList();
        Assert.Equal(12, parts.Sum(p => p.Result.Trials));
        Assert.True(parts.Count(p => p.Result.Trials > 0) >= 2);
        Assert.Equal(13, File.ReadAllLines(whole).Length);

        // The file holds the library sweep's returns bit for bit (round-trip precision), in grid order.
        var read = LongShortSweepFile.Read(whole);
        Assert.Null(read.Header.Shard);
        Assert.Equal(12, read.Header.Configurations);
        var prices = PriceCsv.LoadWithReport(Prices);
        var news = NewsFile.LoadWithReport(News);
        var direct = await SentimentSweep.RunAsync(prices, news, OfflineScorers.Create("lexicon"), [1, 3, 10], [0.1, 0.2, 0.3, 0.5],
            new BacktestOptions { Sizing = Sizing.Fractional }, new TimeOnly(15, 45), maxDegreeOfParallelism: 1);
        for (int i = 0; i < 12; i++)
        {
            Assert.Equal(direct.Result.Entries[i].Config, read.Result.Entries[i].Config);
            Assert.Equal(direct.Result.Entries[i].Result.Select(BitConverter.DoubleToInt64Bits), read.Result.Entries[i].Result.Select(BitConverter.DoubleToInt64Bits));
        }
        Assert.Equal(direct.Header.Inputs, read.Header.Inputs);
        Assert.Equal(FileHash.Sha256(Prices), read.Header.Inputs[0].Value);
    }

    [Fact]
    public async Task Merge_refuses_a_missing_a_repeated_and_a_foreign_shard_and_writes_nothing()
    {
        using var temp = new TempFiles();
        var shards = new List<string>();
        for (int k = 1; k <= 3; k++)
        {
            shards.Add(temp.PathOf($"shard-{k}.jsonl"));
            Assert.Equal(0, await Sweep(shards[^1], "--shard", $"{k}/3"));
        }
        var costlier = temp.PathOf("other-costs-3.jsonl");
        Assert.Equal(0, await Sweep(costlier, "--shard", "3/3", "--slippage-bps", "5"));
        var otherGrid = temp.PathOf("other-grid-3.jsonl");
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(["sweep", "--prices", Prices, "--news", News, "--scorer", "lexicon", "--half-lives", "1,3,10", "--quantiles", "0.1,0.2", "--shard", "3/3", "--out", otherGrid]));
        var copy = temp.PathOf("copy-of-1.jsonl");
        File.Copy(shards[0], copy);
        var output = temp.PathOf("merged.jsonl");

        string Refusal(params string[] files) =>
            Assert.Throws<ArgumentException>(() => LongShortSweepFile.Merge(files.Select(LongShortSweepFile.Read).ToList())).Message;

        Assert.Contains("shard 3/3 missing", Refusal(shards[0], shards[1]));
        Assert.Contains("shard 1/3 is given 2 times", Refusal(shards[0], shards[1], shards[2], copy));
        Assert.Contains("the setting 'slippageBps' differs (2 vs 5)", Refusal(shards[0], shards[1], costlier));
        Assert.Contains("the quantiles differ", Refusal(shards[0], shards[1], otherGrid));
        Assert.Contains("is a whole sweep", Refusal(shards[0], shards[1], shards[2], WholeOf(temp)));

        foreach (var files in new[] { new[] { shards[0], shards[1] }, [shards[0], shards[1], shards[2], copy], [shards[0], shards[1], costlier], [shards[0], shards[1], otherGrid] })
        {
            Assert.Equal(1, await InProcessCli.ExitCodeAsync(["sweep", "merge", "--out", output, .. files]));
            Assert.False(File.Exists(output));
        }
    }

    [Fact]
    public async Task A_shard_file_with_a_configuration_its_shard_does_not_own_is_refused_naming_file_and_line()
    {
        using var temp = new TempFiles();
        var shard = temp.PathOf("shard-1.jsonl");
        Assert.Equal(0, await Sweep(shard, "--shard", "1/2", "--quantiles", "0.2"));
        var lines = File.ReadAllLines(shard);
        var tampered = temp.Write("tampered.jsonl", string.Join("\n", lines[0].Replace("\"shard\":\"1/2\"", "\"shard\":\"2/2\""), lines[1]) + "\n");
        var error = Assert.Throws<FormatException>(() => LongShortSweepFile.Read(tampered));
        Assert.Contains("tampered.jsonl line 2: 'index'", error.Message);
    }

    [Fact]
    public async Task Sweep_never_overwrites_a_file_it_did_not_write()
    {
        using var temp = new TempFiles();
        var mine = temp.Write("notes.jsonl", "my notes\n");
        Assert.NotEqual(0, await Sweep(mine, "--quantiles", "0.2", "--half-lives", "3"));
        Assert.Equal("my notes\n", File.ReadAllText(mine));
    }

    [Fact]
    public async Task A_dry_run_checks_and_writes_nothing_and_sweep_run_is_the_same_command()
    {
        using var temp = new TempFiles();
        var output = temp.PathOf("dry.jsonl");
        Assert.Equal(0, await Sweep(output, "--dry-run"));
        Assert.False(File.Exists(output));
        var named = temp.PathOf("named.jsonl");
        var plain = temp.PathOf("plain.jsonl");
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(["sweep", "run", "--prices", Prices, "--news", News, "--scorer", "lexicon", "--half-lives", "3", "--quantiles", "0.2", "--out", named]));
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(["sweep", "--prices", Prices, "--news", News, "--scorer", "lexicon", "--half-lives", "3", "--quantiles", "0.2", "--out", plain]));
        Assert.Equal(File.ReadAllBytes(plain), File.ReadAllBytes(named));
    }

    private static string WholeOf(TempFiles temp)
    {
        var path = temp.PathOf("tiny-whole.jsonl");
        var header = new LongShortSweepHeader
        {
            HalfLivesDays = [1, 3, 10], Quantiles = [0.1, 0.2, 0.3, 0.5], FirstDate = new DateOnly(2020, 1, 1), LastDate = new DateOnly(2020, 1, 2),
            Inputs = [], Settings = [],
        };
        var entries = header.Grid().Select((c, i) => new SweepEntry<(double, double), double[]>(i, c, [0.01])).ToArray();
        File.WriteAllText(path, ToText(w => LongShortSweepFile.Write(w, header, new SweepResult<(double, double), double[]>(entries))));
        return path;
    }

    private static string ToText(Action<TextWriter> write)
    {
        using var w = new StringWriter();
        write(w);
        return w.ToString();
    }
}
