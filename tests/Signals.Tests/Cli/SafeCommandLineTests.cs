using System.Globalization;
using System.Text;
using Signals.Cli;
using Signals.Tests.Sentiment.Llm;

namespace Signals.Tests.Cli;

/// <summary>
/// The CLI refuses what it does not understand and checks what it can before it spends: typos in options exit 2 with
/// the nearest option and send nothing; a study's benchmark, output folder and endpoint are checked before the first
/// headline; a dead or failing LLM is named as the cause; dry runs need no key. Each runs `signals` in a child process.
/// </summary>
public sealed class SafeCommandLineTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    /// <summary>No key from the machine running the tests may leak into a child that should run without one.</summary>
    private static readonly Dictionary<string, string?> NoKeys = new()
    {
        ["SIGNALS_LLM_API_KEY"] = null, ["DEEPSEEK_API_KEY"] = null, ["OPENAI_API_KEY"] = null,
        ["SIGNALS_LLM_PROVIDER"] = null, ["SIGNALS_LLM_ENDPOINT"] = null, ["SIGNALS_LLM_MODEL"] = null,
    };

    /// <summary>Three symbols over 40 weekdays of 2024 (symbol column) and ten headlines in that span.</summary>
    private (string Prices, string News) SmallStudy()
    {
        var prices = new StringBuilder("date,symbol,open,high,low,close,volume\n");
        var rng = new Random(5);
        var days = new List<DateOnly>();
        for (var d = new DateOnly(2024, 3, 1); days.Count < 40; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(d);
        foreach (var symbol in new[] { "AAA", "BBB", "CCC" })
        {
            double p = 50;
            foreach (var d in days)
            {
                double open = p * (1 + 0.01 * (rng.NextDouble() - 0.5)), close = open * (1 + 0.02 * (rng.NextDouble() - 0.5));
                prices.Append(string.Create(CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd},{symbol},{open:0.00},{Math.Max(open, close) + 0.1:0.00},{Math.Min(open, close) - 0.1:0.00},{close:0.00},100000\n"));
                p = close;
            }
        }
        var news = new StringBuilder("id,timestamp,symbols,headline\n");
        for (int i = 0; i < 10; i++)
            news.Append(string.Create(CultureInfo.InvariantCulture, $"n{i},{days[2 + 3 * i]:yyyy-MM-dd}T15:00:00Z,{(i % 3) switch { 0 => "AAA", 1 => "BBB", _ => "CCC" }},{(i % 2 == 0 ? $"Company {i} beats estimates" : $"Company {i} misses estimates and cuts guidance")}\n"));
        return (_files.Write("prices.csv", prices.ToString()), _files.Write("news.csv", news.ToString()));
    }

    private static FakeReply Yes(FakeRequest _) => FakeReply.Chat("YES\nGood news for the stock.");

    private string[] LlmStudy(FakeOpenAiServer server, string outDir, params string[] extra)
    {
        var (prices, news) = SmallStudy();
        return ["study", "--prices", prices, "--news", news, "--scorer", "llm", "--provider", "custom", "--endpoint", server.BaseUrl,
            "--model", "test-model", "--max-retries", "0", "--concurrency", "1", "--min-names", "1", "--out", outDir, .. extra];
    }

    [Fact]
    public void A_typo_of_dry_run_exits_2_naming_the_nearest_option_and_sends_nothing()
    {
        using var server = new FakeOpenAiServer(Yes);
        var (_, news) = SmallStudy();

        var r = CliRunner.Run(_files.Root, NoKeys, "sentiment", "score", "--news", news, "--scorer", "llm", "--provider", "custom",
            "--endpoint", server.BaseUrl, "--model", "test-model", "--dryrun", "--out", _files.PathOf("scores.csv"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown option --dryrun", r.Stderr);
        Assert.Contains("did you mean --dry-run?", r.Stderr);
        Assert.Equal(0, server.RequestCount);
        Assert.Equal(0, server.ProbeCount);
        Assert.False(File.Exists(_files.PathOf("scores.csv")));
    }

    [Theory]
    [InlineData("study --benchmrk SPY", "--benchmrk", "--benchmark")]
    [InlineData("backtest --stratgy sma-cross", "--stratgy", "--strategy")]
    [InlineData("sentiment compare --labled x.csv", "--labled", "--labeled")]
    [InlineData("notebooks run nb.ipynb --cell", "--cell", "--cells")]
    // `sweep` runs its default command; Spectre blames its first option, the kit names the misspelt one.
    [InlineData("sweep --prices p.csv --news n.csv --shrad 1/3 --out x.jsonl", "--shrad", "--shard")]
    public void A_misspelt_option_names_the_nearest_one(string line, string typed, string meant)
    {
        var r = CliRunner.Run(_files.Root, line.Split(' '));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"unknown option {typed} ", r.Stderr);
        Assert.Contains($"did you mean {meant}?", r.Stderr);
    }

    [Theory]
    [InlineData("sample-data")]
    [InlineData("indicators")]
    [InlineData("sentiment score")]
    [InlineData("sentiment eval")]
    [InlineData("sentiment compare")]
    [InlineData("sentiment train")]
    [InlineData("backtest")]
    [InlineData("report")]
    [InlineData("notebooks run")]
    [InlineData("notebooks export")]
    [InlineData("study")]
    [InlineData("demo")]
    public void Every_command_refuses_an_unknown_option_before_doing_anything(string command)
    {
        var r = CliRunner.Run(_files.Root, [.. command.Split(' '), "--adjusted-prices-please"]);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"error: unknown option --adjusted-prices-please for `signals {command}`", r.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(_files.Root));   // nothing written: not even a cache or an output folder
    }

    [Fact]
    public void A_stray_argument_is_refused()
    {
        var r = CliRunner.Run(_files.Root, "study", "extra", "--prices", "p.csv");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unexpected argument 'extra' for `signals study`", r.Stderr);
    }

    [Fact]
    public void Suggestions_come_from_the_command_s_own_options_by_edit_distance()
    {
        Assert.Equal("--dry-run", CommandLineHints.Suggest(["sentiment", "score", "--dryrun"], "--dryrun"));
        Assert.Equal("--benchmark", CommandLineHints.Suggest(["study"], "--benhcmark"));   // a swap is one slip
        Assert.Null(CommandLineHints.Suggest(["indicators"], "--frobnicate"));             // nothing close: no guess
        Assert.Null(CommandLineHints.Suggest(["no-such-command"], "--out"));
        Assert.Equal(1, CommandLineHints.EditDistance("dryrun", "dry-run"));
        Assert.Equal(3, CommandLineHints.EditDistance("kitten", "sitting"));
    }

    [Fact]
    public void An_unknown_benchmark_fails_before_any_request()
    {
        using var server = new FakeOpenAiServer(Yes);
        var r = CliRunner.Run(_files.Root, NoKeys, LlmStudy(server, _files.PathOf("out"), "--benchmark", "SPY"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("benchmark 'SPY' is not among the price symbols", r.Stderr);
        Assert.Equal(0, server.RequestCount);
        Assert.Equal(0, server.ProbeCount);
    }

    [Fact]
    public void An_output_that_is_a_file_fails_before_any_request()
    {
        using var server = new FakeOpenAiServer(Yes);
        var file = _files.Write("taken.txt", "the user's own file");
        var r = CliRunner.Run(_files.Root, NoKeys, LlmStudy(server, file));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("is a file", r.Stderr);
        Assert.Equal(0, server.RequestCount);
        Assert.Equal("the user's own file", File.ReadAllText(file));
    }

    [Fact]
    public void A_dead_endpoint_is_named_before_the_batch()
    {
        string dead;
        using (var server = new FakeOpenAiServer(Yes)) dead = server.BaseUrl;
        var (prices, news) = SmallStudy();

        var r = CliRunner.Run(_files.Root, NoKeys, "study", "--prices", prices, "--news", news, "--scorer", "llm", "--provider", "custom",
            "--endpoint", dead, "--model", "test-model", "--min-names", "1", "--out", _files.PathOf("out"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"the LLM endpoint {dead}", r.Stderr);
        Assert.Contains("cannot be reached", r.Stderr);
        Assert.DoesNotContain("no headline falls on a price day", r.Stderr);
    }

    [Fact]
    public void When_every_item_fails_the_error_is_the_LLM_s_not_the_data_s()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Error(400, "model overloaded in a test"));
        var r = CliRunner.Run(_files.Root, NoKeys, LlmStudy(server, _files.PathOf("out")));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no headline scored: 10 of 10 failed", r.Stderr);
        Assert.Contains(server.BaseUrl, r.Stderr);
        Assert.Contains("model overloaded in a test", r.Stderr);
        Assert.DoesNotContain("no headline falls on a price day", r.Stderr);
        Assert.False(Directory.Exists(_files.PathOf("out")));
    }

    [Fact]
    public void A_dry_run_of_the_deepseek_preset_needs_no_key_and_gives_the_cut_off_warning()
    {
        var (_, news) = SmallStudy();
        var r = CliRunner.Run(_files.Root, NoKeys, "sentiment", "score", "--news", news, "--scorer", "llm", "--dry-run");

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("10 of 10 items to request", r.Stdout);
        Assert.Contains("deepseek-flash", r.Stdout);
        Assert.Contains("warning:", r.Stderr);
        Assert.Contains("cut-off", r.Stderr);
    }

    [Fact]
    public void A_study_dry_run_checks_everything_sends_nothing_and_writes_nothing()
    {
        using var server = new FakeOpenAiServer(Yes);
        var outDir = _files.PathOf("out");
        var r = CliRunner.Run(_files.Root, NoKeys, LlmStudy(server, outDir, "--dry-run"));

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("10 of 10 items to request", r.Stdout);
        Assert.Contains("no training cut-off is known for test-model", r.Stderr);
        Assert.Equal(0, server.RequestCount);
        Assert.Equal(0, server.ProbeCount);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public void Compare_has_a_dry_run_that_sends_nothing()
    {
        using var server = new FakeOpenAiServer(Yes);
        var labelled = _files.Write("labelled.csv", "text,label\nProfit rises,positive\nLoss widens,negative\nMeeting held,neutral\n");
        var r = CliRunner.Run(_files.Root, NoKeys, "sentiment", "compare", "--labeled", labelled, "--scorers", "lexicon,llm:custom/test-model",
            "--endpoint", server.BaseUrl, "--dry-run", "--out", _files.PathOf("cmp"));

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("lexicon: 3 items for the offline scorer", r.Stdout);
        Assert.Contains("llm:custom/test-model: 3 of 3 items to request", r.Stdout);
        Assert.Equal(0, server.RequestCount);
        Assert.False(File.Exists(_files.PathOf("cmp.json")));
    }

    [Fact]
    public void Eval_and_backtest_with_an_LLM_have_a_dry_run_that_sends_nothing()
    {
        using var server = new FakeOpenAiServer(Yes);
        var labelled = _files.Write("labelled.csv", "text,label\nProfit rises,positive\nLoss widens,negative\nMeeting held,neutral\n");
        var (prices, news) = SmallStudy();
        string[] llm = ["--scorer", "llm", "--provider", "custom", "--endpoint", server.BaseUrl, "--model", "test-model", "--dry-run"];

        var eval = CliRunner.Run(_files.Root, NoKeys, ["sentiment", "eval", "--labeled", labelled, .. llm]);
        var backtest = CliRunner.Run(_files.Root, NoKeys, ["backtest", "--prices", prices, "--news", news, "--strategy", "sentiment-longshort", "--out", _files.PathOf("run"), .. llm]);

        Assert.True(eval.ExitCode == 0, eval.Stderr);
        Assert.Contains("3 of 3 items to request", eval.Stdout);
        Assert.True(backtest.ExitCode == 0, backtest.Stderr);
        Assert.Contains("10 of 10 items to request", backtest.Stdout);
        Assert.False(Directory.Exists(_files.PathOf("run")));
        Assert.Equal(0, server.RequestCount + server.ProbeCount);
    }

    [Fact]
    public void An_error_quoting_random_bytes_escapes_every_control_character()
    {
        var bytes = new byte[512];
        new Random(3).NextBytes(bytes);
        bytes[0] = 0x1B; bytes[1] = (byte)'['; bytes[2] = (byte)'2'; bytes[3] = (byte)'J';   // "clear screen", for certain
        var (_, news) = SmallStudy();
        var prices = _files.PathOf("random.csv");
        File.WriteAllBytes(prices, bytes);

        var r = CliRunner.Run(_files.Root, "study", "--prices", prices, "--news", news, "--scorer", "lexicon", "--out", _files.PathOf("out"));

        Assert.NotEqual(0, r.ExitCode);
        Assert.StartsWith("error:", r.Stderr);
        Assert.DoesNotContain(r.Stderr.TrimEnd('\n'), c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public void Terminal_text_escapes_controls_and_keeps_the_rest()
    {
        Assert.Equal("plain: line\nnext", TerminalText.Escape("plain: line\nnext"));
        Assert.Equal("a\\x1B[2Jb\\x07\\x0D\\x9B\\u202E", TerminalText.Escape("a\u001b[2Jb\a\r\u009b\u202e"));
    }

    [Fact]
    public void Piped_study_output_keeps_each_summary_line_whole()
    {
        var (prices, news) = SmallStudy();
        var r = CliRunner.Run(_files.Root, "study", "--prices", prices, "--news", news, "--scorer", "lexicon", "--min-names", "1", "--out", _files.PathOf("out"));

        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        var lines = r.Stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("headlines: ", StringComparison.Ordinal) && l.Contains("rank IC at 1 day"));
        Assert.Contains(lines, l => l.StartsWith("costs paid: ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(')'));
        Assert.Contains(lines, l => l.StartsWith("wrote ", StringComparison.Ordinal) && l.Contains("study.json"));
        Assert.DoesNotContain(lines, l => l.EndsWith(' '));
    }

    [Fact]
    public void Piped_output_wraps_at_COLUMNS_when_it_is_set()
    {
        var wide = CliRunner.Run(_files.Root, "study", "--help");
        var narrow = CliRunner.Run(_files.Root, new Dictionary<string, string?> { ["COLUMNS"] = "60" }, "study", "--help");
        Assert.Equal(0, wide.ExitCode);
        Assert.Contains(wide.Stdout.Split('\n'), l => l.Length > 200);
        Assert.All(narrow.Stdout.Split('\n'), l => Assert.True(l.Length <= 60, l));
    }
}

/// <summary>--cache means the same for every scorer in every command: offline scorers read and fill it too.</summary>
public sealed class OfflineCacheTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("compare")]
    [InlineData("eval")]
    public void An_offline_scorer_fills_the_cache_and_a_rerun_reads_it(string command)
    {
        var labelled = _files.Write("labelled.csv", "text,label\nProfit rises,positive\nLoss widens,negative\nMeeting held,neutral\n");
        var cache = _files.PathOf("cache/scores.db");
        string[] args = command == "compare"
            ? ["sentiment", "compare", "--labeled", labelled, "--scorers", "lexicon", "--cache", cache, "--out", _files.PathOf("cmp")]
            : ["sentiment", "eval", "--labeled", labelled, "--scorer", "lexicon", "--cache", cache];

        var first = CliRunner.Run(_files.Root, args);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(File.Exists(cache));
        using (var db = new Signals.Sentiment.Caching.SentimentResultCache(cache)) Assert.Equal(3L, db.Count);
        var second = CliRunner.Run(_files.Root, args);
        Assert.True(second.ExitCode == 0, second.Stderr);
        using (var db = new Signals.Sentiment.Caching.SentimentResultCache(cache)) Assert.Equal(3L, db.Count);
        // The same figures from the cache (latencies and timings aside).
        Assert.Equal(Figures(first.Stdout), Figures(second.Stdout));
    }

    private static string Figures(string stdout)
    {
        var line = stdout.Split('\n').First(l => l.Contains("accuracy=") || l.StartsWith("│ lexicon ", StringComparison.Ordinal));
        return line.Contains('│') ? string.Join('|', line.Split('│').Take(5)) : line;
    }
}
