using System.Text;
using Signals.Data;
using Signals.SampleData;
using Signals.Tests.SampleData;
using Signals.Sentiment.Embedded;

namespace Signals.Tests.Cli;

/// <summary>
/// The single-file writers and sample-data through the real CLI in a child process: a user's file at the output path
/// survives with a clear error and exit code 1 (refused before any work), while a rerun over the kit's own output works.
/// </summary>
public sealed class WriterSafetyTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private const string Mine = "my own file, not the kit's\n";

    private const string News =
        "id,timestamp,symbols,headline,source\n" +
        "n1,2024-03-04T09:00:00-05:00,ACME,Acme beats expectations and raises guidance,wire\n" +
        "n2,2024-03-05T09:00:00-05:00,BOLT,Bolt misses estimates and cuts outlook,wire\n" +
        "n3,2024-03-06T09:00:00-05:00,ACME,Acme to hold annual meeting in May,wire\n";

    private const string Labelled =
        "text,label\n" +
        "Acme beats expectations and raises guidance,positive\n" +
        "Profit jumps on record demand,positive\n" +
        "Shares soar after upgrade,positive\n" +
        "Bolt misses estimates and cuts outlook,negative\n" +
        "Losses widen as sales slump,negative\n" +
        "Shares plunge after downgrade,negative\n" +
        "Acme to hold annual meeting in May,neutral\n" +
        "Bolt appoints new chief financial officer,neutral\n" +
        "Company files quarterly report,neutral\n";

    private string Prices()
    {
        var sb = new StringBuilder("date,open,high,low,close,volume\n");
        var day = new DateOnly(2024, 1, 2);
        for (int i = 0; i < 30; i++, day = day.AddDays(1))
            sb.Append(System.FormattableString.Invariant($"{day:yyyy-MM-dd},{100 + i},{101 + i},{99 + i},{100.5 + i},{1000 + i}\n"));
        return _files.Write("prices.csv", sb.ToString());
    }

    private static void Refused(CliRunner.Result r, string path)
    {
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("not written by signals", r.Stderr);
        Assert.Equal(Mine, File.ReadAllText(path));
    }

    [Fact]
    public void Indicators_refuse_a_users_csv_and_rewrite_their_own()
    {
        var prices = Prices();
        var users = _files.Write("mine.csv", Mine);
        Refused(CliRunner.Run(_files.Root, "indicators", "--quotes", prices, "--indicators", "sma:5", "--out", users), users);

        var own = _files.PathOf("sma.csv");
        Assert.Equal(0, CliRunner.Run(_files.Root, "indicators", "--quotes", prices, "--indicators", "sma:5", "--out", own).ExitCode);
        var again = CliRunner.Run(_files.Root, "indicators", "--quotes", prices, "--indicators", "sma:5,ema:5", "--out", own);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.StartsWith("date,sma:5", File.ReadAllLines(own)[0]);
        Assert.Contains("ema:5", File.ReadAllLines(own)[0]);

        var input = CliRunner.Run(_files.Root, "indicators", "--quotes", prices, "--indicators", "sma:5", "--out", prices);
        Assert.Equal(1, input.ExitCode);
        Assert.Contains("input", input.Stderr);
    }

    [Fact]
    public void Sentiment_score_refuses_a_users_file_before_scoring_and_rewrites_its_own()
    {
        var news = _files.Write("news.csv", News);
        var users = _files.Write("scores.csv", Mine);
        var refused = CliRunner.Run(_files.Root, "sentiment", "score", "--news", news, "--scorer", "lexicon", "--out", users);
        Refused(refused, users);
        Assert.DoesNotContain("scored", refused.Stdout);

        var own = _files.PathOf("own.csv");
        Assert.Equal(0, CliRunner.Run(_files.Root, "sentiment", "score", "--news", news, "--scorer", "lexicon", "--out", own).ExitCode);
        var again = CliRunner.Run(_files.Root, "sentiment", "score", "--news", news, "--scorer", "lexicon", "--out", own);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(4, File.ReadAllLines(own).Length);

        var batch = _files.Write("requests.jsonl", Mine);
        var b = CliRunner.Run(_files.Root, "sentiment", "score", "--news", news, "--scorer", "llm", "--provider", "custom",
            "--endpoint", "http://127.0.0.1:9/v1", "--model", "m", "--batch-out", batch);
        Assert.Equal(1, b.ExitCode);
        Assert.Contains("only to a new file", b.Stderr);
        Assert.Equal(Mine, File.ReadAllText(batch));
    }

    [Fact]
    public void Sentiment_eval_refuses_users_errors_and_json_files_and_rewrites_its_own()
    {
        var labelled = _files.Write("labels.csv", Labelled);
        var users = _files.Write("errors.csv", Mine);
        var json = _files.PathOf("metrics.json");
        Refused(CliRunner.Run(_files.Root, "sentiment", "eval", "--labeled", labelled, "--scorer", "lexicon", "--errors", users, "--json", json), users);
        Assert.False(File.Exists(json));   // nothing written when one output is refused

        var usersJson = _files.Write("mine.json", Mine);
        Refused(CliRunner.Run(_files.Root, "sentiment", "eval", "--labeled", labelled, "--scorer", "lexicon", "--json", usersJson), usersJson);

        var errors = _files.PathOf("own-errors.csv");
        string[] own = ["sentiment", "eval", "--labeled", labelled, "--scorer", "lexicon", "--errors", errors, "--json", json];
        Assert.Equal(0, CliRunner.Run(_files.Root, own).ExitCode);
        var again = CliRunner.Run(_files.Root, own);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.StartsWith("line,truth,predicted", File.ReadAllLines(errors)[0]);
        Assert.Contains("\"macroF1\"", File.ReadAllText(json));
    }

    [Fact]
    public void Sentiment_ingest_refuses_a_users_out_file_before_reading_the_results()
    {
        var news = _files.Write("news.csv", News);
        var users = _files.Write("ingested.csv", Mine);
        var r = CliRunner.Run(_files.Root, "sentiment", "ingest", "--news", news, "--batch-results", _files.PathOf("absent.jsonl"),
            "--cache", _files.PathOf("cache.db"), "--provider", "custom", "--endpoint", "http://127.0.0.1:9/v1", "--model", "m", "--out", users);
        Refused(r, users);
        Assert.False(File.Exists(_files.PathOf("cache.db")));
    }

    [Fact]
    public void Sentiment_train_refuses_a_users_file_and_replaces_a_head_file()
    {
        var labelled = _files.Write("labels.csv", Labelled);
        var users = _files.Write("head.json", Mine);
        string[] Train(string output) => ["sentiment", "train", "--labeled", labelled, "--out", output, "--seed", "7", "--holdout", "0", "--folds", "2"];
        var refused = CliRunner.Run(_files.Root, Train(users));
        Refused(refused, users);
        Assert.DoesNotContain("labelled rows", refused.Stdout);   // refused before training

        var own = _files.PathOf("trained/head.json");
        Assert.Equal(0, CliRunner.Run(_files.Root, Train(own)).ExitCode);
        var first = File.ReadAllBytes(own);
        var again = CliRunner.Run(_files.Root, Train(own));
        Assert.True(again.ExitCode == 0, again.Stderr + again.Stdout);
        Assert.Equal(first, File.ReadAllBytes(own));
        Assert.True(SentimentHead.IsHeadFile(own));
        Assert.False(SentimentHead.IsHeadFile(users));
    }

    [Fact]
    public void Sample_data_never_touches_a_users_file_keeps_other_files_and_reruns_over_its_own()
    {
        var folder = _files.PathOf("sample");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "README.md"), "my notes");
        File.WriteAllText(Path.Combine(folder, "prices.csv"), Mine);

        var refused = CliRunner.Run(_files.Root, "sample-data", "--seed", "3", "--out", folder);
        Refused(refused, Path.Combine(folder, "prices.csv"));
        Assert.Equal(["README.md", "prices.csv"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        File.Delete(Path.Combine(folder, "prices.csv"));
        Assert.Equal(0, CliRunner.Run(_files.Root, "sample-data", "--seed", "3", "--out", folder).ExitCode);
        var seed3 = File.ReadAllBytes(Path.Combine(folder, "prices.csv"));
        var other = CliRunner.Run(_files.Root, "sample-data", "--seed", "4", "--out", folder);   // its own files: replaced
        Assert.True(other.ExitCode == 0, other.Stderr);
        Assert.NotEqual(seed3, File.ReadAllBytes(Path.Combine(folder, "prices.csv")));
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(folder, "README.md")));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Sample_data_regenerates_a_copy_of_the_committed_sample_without_a_marker_and_without_changing_a_byte()
    {
        // The committed data/sample has no marker: its files are the kit's because seed 42 writes exactly them.
        var folder = _files.PathOf("sample");
        Directory.CreateDirectory(folder);
        foreach (var name in SampleDataFiles.FileNames) File.Copy(CommittedSample.PathOf(name), Path.Combine(folder, name));
        File.WriteAllText(Path.Combine(folder, "README.md"), "about the sample");
        var before = SampleDataFiles.FileNames.ToDictionary(n => n, n => File.GetLastWriteTimeUtc(Path.Combine(folder, n)));

        var r = CliRunner.Run(_files.Root, "sample-data", "--seed", "42", "--out", folder);

        Assert.True(r.ExitCode == 0, r.Stderr);
        foreach (var name in SampleDataFiles.FileNames)
        {
            Assert.Equal(File.ReadAllBytes(CommittedSample.PathOf(name)), File.ReadAllBytes(Path.Combine(folder, name)));
            Assert.Equal(before[name], File.GetLastWriteTimeUtc(Path.Combine(folder, name)));   // not even rewritten
        }
        Assert.Equal("about the sample", File.ReadAllText(Path.Combine(folder, "README.md")));
        Assert.False(File.Exists(Path.Combine(folder, OutputFolder.MarkerFile)));

        // Another seed into that unmarked folder is refused: the kit cannot tell those files from a user's.
        var other = CliRunner.Run(_files.Root, "sample-data", "--seed", "7", "--out", folder);
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("not written by signals", other.Stderr);
        Assert.Equal(File.ReadAllBytes(CommittedSample.PathOf(SampleDataFiles.PricesFile)), File.ReadAllBytes(Path.Combine(folder, SampleDataFiles.PricesFile)));
    }
}
