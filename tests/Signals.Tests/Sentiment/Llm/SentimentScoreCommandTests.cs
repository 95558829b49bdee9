using Signals.Sentiment;
using Signals.Cli;
using static Signals.Tests.Sentiment.Llm.LlmTestKit;

namespace Signals.Tests.Sentiment.Llm;

public class SentimentScoreCommandTests
{
    private static (string News, string Universe) WriteInputs()
    {
        var news = TempPath("news.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(news)!);
        File.WriteAllText(news,
            "id,timestamp,symbol,headline\n" +
            "n1,2024-03-01T09:00:00-05:00,ACME,\"Acme Corp beats estimates, raises guidance\"\n" +
            "n2,2024-03-01T10:00:00-05:00,ACME,Acme misses on revenue\n" +
            "n3,2024-03-01T11:00:00-05:00,BOLT,Bolt Industries names new CFO\n");
        var universe = Path.Combine(Path.GetDirectoryName(news)!, "universe.csv");
        File.WriteAllText(universe, "symbol,name,sector\nACME,Acme Corp,Industrials\nBOLT,Bolt Industries,Industrials\n");
        return (news, universe);
    }

    private static FakeReply Answer(FakeRequest r) =>
        r.Headline.Contains("misses") ? FakeReply.Chat("NO\nRevenue fell short.") :
        r.Headline.Contains("CFO") ? FakeReply.Chat("I cannot tell.") :
        FakeReply.Chat("**YES**\nGuidance up, \"strong\" quarter.", reasoningContent: "beat + raise", completionTokens: 50, reasoningTokens: 30);

    [Fact]
    public async Task Llm_scores_are_written_one_row_per_item_and_a_rerun_comes_from_the_cache()
    {
        var (news, universe) = WriteInputs();
        var folder = Path.GetDirectoryName(news)!;
        var keyVar = "SIGNALS_TEST_KEY_" + Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string?> { [keyVar] = TestKey };
        using var server = new FakeOpenAiServer(Answer);
        string[] Args(string output) =>
        [
            "sentiment", "score", "--news", news, "--scorer", "llm", "--provider", "custom", "--endpoint", server.BaseUrl,
            "--model", "deepseek-reasoner", "--api-key-env", keyVar, "--universe", universe, "--cache", Path.Combine(folder, "cache.db"),
            "--concurrency", "2", "--out", output,
        ];

        var out1 = Path.Combine(folder, "scores.csv");
        var run1 = await InProcessCli.RunWithEnvironmentAsync(environment, Args(out1));
        Assert.Equal(0, run1.ExitCode);
        Assert.DoesNotContain(TestKey[..12], run1.Stdout + run1.Stderr);
        int requests = server.RequestCount;
        Assert.Equal(1 + 1 + 3, requests); // the unparseable item is tried three times

        var lines = File.ReadAllLines(out1);
        Assert.Equal("id,score,label,confidence,status,error,model,promptVersion,inputTokens,outputTokens,reasoningTokens,cached,latencyMs," +
            "servedModel,systemFingerprint,thinking,reasoningEffort,scoredUtc,cacheHitTokens,costUsd,rationale", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("n1,1,positive,1,ok,,deepseek-reasoner,lopez-lira-v1,40,50,30,false,", lines[1]);
        Assert.EndsWith(",\"Guidance up, \"\"strong\"\" quarter.\"", lines[1]);
        Assert.StartsWith("n2,-1,negative,1,ok,", lines[2]);
        Assert.StartsWith("n3,,,,failed,no answer followed the lopez-lira-v1 protocol in 3 attempts", lines[3]);
        Assert.Contains(server.Requests, r => r.User.Contains("stock price of Acme Corp (ACME)"));
        Assert.DoesNotContain(TestKey[..12], File.ReadAllText(out1));

        var out2 = Path.Combine(folder, "again.csv");
        Assert.Equal(0, await InProcessCli.ExitCodeAsync(environment, Args(out2)));
        Assert.Equal(requests + 3, server.RequestCount); // only the failed item is asked again
        var again = File.ReadAllLines(out2);
        Assert.Contains(",true,", again[1]);
        Assert.Contains(",true,", again[2]);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void A_models_words_cannot_become_a_spreadsheet_formula()
    {
        var results = new[]
        {
            new SentimentResult { Id = "n1", Score = 1, Rationale = "=HYPERLINK(\"http://x\",\"click\")", Reasoning = "+1 beat" },
            new SentimentResult { Id = "n2", Score = -1, Rationale = "-5% guidance cut", Reasoning = "@SUM(A1)" },
            new SentimentResult { Id = "n3", Score = double.NaN, Status = ScoreStatus.Failed, Error = "=1+1", Rationale = "plain, words" },
        };
        var w = new StringWriter();
        Signals.Features.ScoredHeadlineCsv.Write(w, results, withReasoning: true);

        var lines = w.ToString().Split('\n');
        Assert.EndsWith(",\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",'+1 beat", lines[1]);
        Assert.EndsWith(",'-5% guidance cut,'@SUM(A1)", lines[2]);
        Assert.StartsWith("n3,,,,failed,'=1+1,", lines[3]);
        Assert.EndsWith(",\"plain, words\",", lines[3]);
    }

    [Fact]
    public async Task Dry_run_sends_nothing_and_writes_nothing()
    {
        var (news, _) = WriteInputs();
        using var server = new FakeOpenAiServer(Answer);
        var output = Path.Combine(Path.GetDirectoryName(news)!, "dry.csv");
        var code = await InProcessCli.ExitCodeAsync(["sentiment", "score", "--news", news, "--scorer", "llm", "--provider", "ollama",
            "--endpoint", server.BaseUrl, "--model", "llama3.1", "--dry-run", "--out", output]);
        Assert.Equal(0, code);
        Assert.Equal(0, server.RequestCount);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Offline_lexicon_scorer_runs_through_the_same_command_and_cache()
    {
        var (news, _) = WriteInputs();
        var folder = Path.GetDirectoryName(news)!;
        var args = new[] { "sentiment", "score", "--news", news, "--scorer", "lexicon", "--cache", Path.Combine(folder, "lex.db") };
        Assert.Equal(0, await InProcessCli.ExitCodeAsync([.. args, "--out", Path.Combine(folder, "lex1.csv")]));
        Assert.Equal(0, await InProcessCli.ExitCodeAsync([.. args, "--out", Path.Combine(folder, "lex2.csv")]));
        var first = File.ReadAllLines(Path.Combine(folder, "lex1.csv"));
        var second = File.ReadAllLines(Path.Combine(folder, "lex2.csv"));
        Assert.Equal(4, first.Length);
        Assert.All(first.Skip(1), l => Assert.Contains(",ok,", l));
        Assert.All(second.Skip(1), l => Assert.Contains(",true,", l));
    }

    [Fact]
    public async Task A_missing_key_is_a_one_line_error_naming_the_variable()
    {
        var (news, _) = WriteInputs();
        var code = await InProcessCli.ExitCodeAsync(["sentiment", "score", "--news", news, "--scorer", "llm", "--provider", "deepseek",
            "--api-key-env", "SIGNALS_TEST_UNSET_" + Guid.NewGuid().ToString("N"), "--out", Path.Combine(Path.GetDirectoryName(news)!, "x.csv")]);
        Assert.Equal(1, code);
    }
}
