using System.Text;
using Signals.Cli;
using Signals.Cli.Commands;
using Signals.Data;
using Signals.Sentiment;
using Signals.Workflows.Comparison;

namespace Signals.Tests.Cli;

/// <summary>
/// Commands write through the host they are given and read its environment only: runs side by side in one process
/// keep their outputs apart, machine output stays byte-exact, and no secret of one run's environment reaches another.
/// </summary>
public sealed class CliHostTests
{
    private const string Quotes =
        "date,open,high,low,close,volume\n" +
        "2024-01-02,10,11,9,10.5,1000\n2024-01-03,10.5,11.5,10,11,1100\n2024-01-04,11,12,10.5,11.5,1200\n" +
        "2024-01-05,11.5,12,11,11.8,1300\n2024-01-08,11.8,12.5,11.5,12.2,1400\n";

    [Fact]
    public async Task Indicators_without_out_write_the_exact_csv_bytes_to_the_hosts_stdout_and_notes_to_its_stderr()
    {
        using var files = new TempFiles();
        var quotes = files.Write("q.csv", Quotes);
        var withOut = files.PathOf("sma.csv");

        var piped = await InProcessCli.RunAsync("indicators", "--quotes", quotes, "--indicators", "sma:2");
        var written = await InProcessCli.RunAsync("indicators", "--quotes", quotes, "--indicators", "sma:2", "--out", withOut);

        Assert.Equal(0, piped.ExitCode);
        Assert.Equal(0, written.ExitCode);
        // stdout holds the CSV and nothing else: the same bytes the --out file gets.
        Assert.Equal(File.ReadAllText(withOut, Encoding.UTF8), piped.Stdout);
        Assert.StartsWith("date,", piped.Stdout);
        Assert.Equal("", written.Stdout);
        Assert.Contains("indicator columns", written.Stderr);
    }

    [Fact]
    public async Task Runs_in_parallel_keep_their_outputs_and_errors_apart()
    {
        using var files = new TempFiles();
        var quotes = files.Write("q.csv", Quotes);
        var runs = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => i % 2 == 0
            ? InProcessCli.RunAsync("indicators", "--quotes", quotes, "--indicators", $"sma:{2 + i % 3}")
            : InProcessCli.RunAsync("indicators", "--quotes", files.PathOf($"missing-{i}.csv"), "--indicators", "sma:2"))));

        for (int i = 0; i < runs.Length; i++)
        {
            if (i % 2 == 0)
            {
                Assert.Equal(0, runs[i].ExitCode);
                Assert.Equal($"sma:{2 + i % 3}.sma", runs[i].Stdout.Split('\n')[0].Split(',')[^1]);
                Assert.Equal(6, runs[i].Stdout.TrimEnd('\n').Split('\n').Length);
                Assert.Equal("", runs[i].Stderr);
            }
            else
            {
                Assert.NotEqual(0, runs[i].ExitCode);
                Assert.Equal("", runs[i].Stdout);
                Assert.StartsWith("error: ", runs[i].Stderr);
                Assert.Contains($"missing-{i}.csv", runs[i].Stderr);
                Assert.Single(runs[i].Stderr.TrimEnd('\n').Split('\n'));
            }
        }
    }

    [Fact]
    public async Task The_api_key_comes_from_the_hosts_environment_and_never_from_the_process()
    {
        using var files = new TempFiles();
        var news = files.Write("news.csv", "id,timestamp,symbol,headline\nn1,2024-03-01T09:00:00-05:00,ACME,Acme beats estimates\n");
        string keyVar = "SIGNALS_TEST_KEY_" + Guid.NewGuid().ToString("N");
        string key = "sk-test-" + Guid.NewGuid().ToString("N");
        using var server = new Signals.Tests.Sentiment.Llm.FakeOpenAiServer(r => Signals.Tests.Sentiment.Llm.FakeReply.Chat("YES\nUp."));
        string[] Args(string output) => ["sentiment", "score", "--news", news, "--scorer", "llm", "--provider", "custom", "--endpoint", server.BaseUrl,
            "--model", "test-model", "--api-key-env", keyVar, "--max-retries", "0", "--out", files.PathOf(output)];

        var without = await InProcessCli.RunAsync(Args("none.csv"));
        var with = await InProcessCli.RunWithEnvironmentAsync(new Dictionary<string, string?> { [keyVar] = key }, Args("scores.csv"));

        Assert.NotEqual(0, without.ExitCode);
        Assert.Contains(keyVar, without.Stderr);   // the missing variable is named, from this run's (empty) environment
        Assert.Equal(0, with.ExitCode);
        Assert.Contains(server.Requests, r => r.Authorization == "Bearer " + key);
        Assert.DoesNotContain(key, with.Stdout + with.Stderr + File.ReadAllText(files.PathOf("scores.csv")));
    }

    [Fact]
    public async Task Version_and_errors_go_to_the_hosts_writers()
    {
        var version = await InProcessCli.RunAsync("--version");
        var unknown = await InProcessCli.RunAsync("study", "--dryrun");

        Assert.Equal(0, version.ExitCode);
        Assert.Equal(SignalsApp.Version + "\n", version.Stdout.Replace("\r\n", "\n"));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("error: unknown option --dryrun for `signals study` (did you mean --dry-run?)\n", unknown.Stderr.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Compare_prints_each_scorers_completion_once_though_the_cache_reports_it_twice()
    {
        var error = new StringWriter();
        var lines = new SentimentCompareCommand.CompletionLines(error);

        lines.Report(new ComparisonProgress("lexicon", "labels", new ScoringProgress(3, 9)));
        lines.Report(new ComparisonProgress("lexicon", "labels", new ScoringProgress(9, 9)));
        lines.Report(new ComparisonProgress("lexicon", "labels", new ScoringProgress(9, 9)));   // the cache's own "done"
        lines.Report(new ComparisonProgress("lexicon", "news", new ScoringProgress(4, 4)));
        lines.Report(new ComparisonProgress("embedded", "labels", new ScoringProgress(9, 9, 1)));
        lines.Report(new ComparisonProgress("embedded", "labels", new ScoringProgress(9, 9, 1)));

        Assert.Equal(["lexicon: labels 9/9 (0 failed)", "lexicon: news 4/4 (0 failed)", "embedded: labels 9/9 (1 failed)"],
            error.ToString().TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task Compare_with_a_cache_prints_one_progress_line_per_scorer()
    {
        using var files = new TempFiles();
        var labelled = files.Write("labels.csv", "text,label\nAcme beats estimates,positive\nBolt files for bankruptcy,negative\nAcme names a new CFO,neutral\n");

        var run = await InProcessCli.RunAsync("sentiment", "compare", "--labeled", labelled, "--scorers", "lexicon,embedded",
            "--cache", files.PathOf("cache.db"), "--out", files.PathOf("out/compare"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        var progress = run.Stderr.Split('\n').Where(l => l.Contains(": labels ")).ToList();
        Assert.Equal(["embedded: labels 3/3 (0 failed)", "lexicon: labels 3/3 (0 failed)"], progress.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_earlier_demos_statistics_are_refused_with_what_to_do_and_left_untouched()
    {
        using var files = new TempFiles();
        files.Write("data/prices.csv", "not read: the refusal comes first\n");
        files.Write("data/news.csv", "not read\n");
        const string earlier = "{\n  \"strategy\": { \"sharpe\": 3.1 },\n  \"benchmark\": { \"sharpe\": 0.9 },\n  \"ic\": [],\n  \"headlines\": 22819,\n  \"failedScores\": 0\n}\n";
        var stats = files.Write("reports/demo-stats.json", earlier);
        var mine = files.Write("mine/demo-stats.json", "{ \"strategy\": { \"sharpe\": 1 }, \"notes\": \"my own\" }\n");

        var old = await InProcessCli.RunAsync("demo", "--data", files.PathOf("data"), "--no-cache", "--out", files.PathOf("reports/demo.html"));
        var user = await InProcessCli.RunAsync("demo", "--data", files.PathOf("data"), "--no-cache", "--out", files.PathOf("mine/demo.html"));

        Assert.Equal(1, old.ExitCode);
        Assert.Contains("exists and was not written by signals", old.Stderr);
        Assert.Contains("earlier `signals demo`", old.Stderr);
        Assert.Contains("demo-stats.old.json", old.Stderr);
        Assert.Equal(earlier, File.ReadAllText(stats));
        Assert.False(File.Exists(files.PathOf("reports/demo.html")));
        // A file of another shape gets the plain refusal: nothing suggests it is the demo's.
        Assert.Equal(1, user.ExitCode);
        Assert.Contains("exists and was not written by signals", user.Stderr);
        Assert.DoesNotContain("earlier `signals demo`", user.Stderr);
        Assert.Equal("{ \"strategy\": { \"sharpe\": 1 }, \"notes\": \"my own\" }\n", File.ReadAllText(mine));
    }
}
