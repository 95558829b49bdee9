using System.Text.Json;
using Signals.Cli;
using static Signals.Tests.Sentiment.Llm.LlmTestKit;

namespace Signals.Tests.Sentiment.Llm;

/// <summary>`signals sentiment eval --scorer llm`: the labelled set scored by an OpenAI-compatible model on loopback.</summary>
public class SentimentEvalCommandTests
{
    [Fact]
    public async Task An_llm_is_evaluated_on_the_labelled_set_and_items_it_cannot_answer_are_counted_not_scored()
    {
        using var temp = new TempFiles();
        var labelled = temp.Write("labels.csv",
            "text,label\n" +
            "Acme beats estimates and raises guidance,positive\n" +
            "Bolt wins a large defense contract,positive\n" +
            "Acme cuts guidance as orders slump,negative\n" +
            "Bolt files for bankruptcy protection,negative\n" +
            "Acme to report results on October 28,neutral\n" +
            "Bolt names a new chief financial officer,neutral\n");
        // The fake model: right on the guidance and bankruptcy lines, wrong on the contract, UNKNOWN on the date,
        // and it never answers the protocol on the CFO line (retried, then left out).
        using var server = new FakeOpenAiServer(r =>
            r.Headline.Contains("raises") ? FakeReply.Chat("YES\nGuidance up.") :
            r.Headline.Contains("contract") || r.Headline.Contains("cuts") || r.Headline.Contains("bankruptcy") ? FakeReply.Chat("NO\nBad.") :
            r.Headline.Contains("October") ? FakeReply.Chat("UNKNOWN\nNo news in a date.") :
            FakeReply.Chat("I would rather not say."));
        var keyVar = "SIGNALS_TEST_KEY_" + Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string?> { [keyVar] = TestKey };
        var json = temp.PathOf("out/llm.json");
        var errors = temp.PathOf("out/errors.csv");

        int exit = await InProcessCli.ExitCodeAsync(environment, ["sentiment", "eval", "--labeled", labelled, "--scorer", "llm", "--provider", "custom",
            "--endpoint", server.BaseUrl, "--model", "deepseek-reasoner", "--api-key-env", keyVar, "--max-retries", "1",
            "--json", json, "--errors", errors]);

        Assert.Equal(0, exit);
        Assert.Contains(server.Requests, r => r.User.Contains("the company in the headline"));
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.Equal(5, root.GetProperty("n").GetInt32());
        Assert.Equal(1, root.GetProperty("unscored").GetInt32());
        Assert.Equal(4 / 5.0, root.GetProperty("accuracy").GetDouble(), 6);   // 4 right of the 5 answered
        var wrong = File.ReadAllLines(errors);
        Assert.Equal(2, wrong.Length);
        Assert.StartsWith("3,positive,negative,", wrong[1]);   // line 3 of the file: the contract
        Assert.DoesNotContain(TestKey[..12], File.ReadAllText(json) + File.ReadAllText(errors));
    }
}
