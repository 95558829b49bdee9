using System.Text.Json;
using Signals.Cli;
using Signals.Data;
using Signals.Tests.Reporting;
using Signals.Tests.Sentiment.Llm;

namespace Signals.Tests.Sentiment.Evaluation;

/// <summary>`signals sentiment compare` offline: embedded, lexicon and an LLM on the loopback fake server, labels and returns.</summary>
public class SentimentCompareCommandTests
{
    private const string Labelled =
        "text,label\n" +
        "Acme beats estimates and raises full-year guidance,positive\n" +
        "Bolt wins a large defense contract,positive\n" +
        "Shares jump after record quarterly profit,positive\n" +
        "Acme cuts full-year guidance as orders slump,negative\n" +
        "Bolt files for bankruptcy protection,negative\n" +
        "Regulator fines Bolt over misleading disclosures,negative\n" +
        "Acme to report third-quarter results on October 28,neutral\n" +
        "Bolt appoints new chief financial officer,neutral\n" +
        "Acme to report third-quarter results on October 28,neutral\n";

    private static FakeReply Model(FakeRequest r)
    {
        var h = r.Headline.ToLowerInvariant();
        return h.Contains("beat") || h.Contains("wins") || h.Contains("jump") || h.Contains("record") || h.Contains("upgrade")
            ? FakeReply.Chat("YES\nGood.", promptTokens: 100, completionTokens: 20, cacheHitTokens: 64, delay: TimeSpan.FromMilliseconds(5))
            : h.Contains("cut") || h.Contains("bankrupt") || h.Contains("fine") || h.Contains("miss") || h.Contains("downgrade")
                ? FakeReply.Chat("NO\nBad.", promptTokens: 100, completionTokens: 20, cacheHitTokens: 64, delay: TimeSpan.FromMilliseconds(5))
                : FakeReply.Chat("UNKNOWN\nNothing.", promptTokens: 100, completionTokens: 20, cacheHitTokens: 64, delay: TimeSpan.FromMilliseconds(5));
    }

    [Fact]
    public async Task Compare_scores_every_scorer_on_labels_and_returns_and_its_page_draws_in_chromium()
    {
        using var files = new TempFiles();
        var labelled = files.Write("labels.csv", Labelled);
        // A slice of the sample news keeps the test quick; the prices are the whole sample universe.
        var news = NewsFile.Load(RepoPaths.Of("data", "sample", "news.csv")).Take(400).ToArray();
        var newsPath = files.PathOf("news.csv");
        using (var w = new StreamWriter(newsPath)) NewsFile.WriteCsv(w, news);
        using var server = new FakeOpenAiServer(Model);
        var prefix = files.PathOf("out/compare");

        int exit = await InProcessCli.ExitCodeAsync(["sentiment", "compare", "--labeled", labelled,
            "--scorers", "embedded,lexicon,llm:custom/deepseek-flash", "--endpoint", server.BaseUrl, "--price", "0.15,0.60",
            "--prices", RepoPaths.Of("data", "sample", "prices.csv"), "--news", newsPath, "--out", prefix]);

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(File.ReadAllText(prefix + ".json"));
        var root = doc.RootElement;
        Assert.Equal(9, root.GetProperty("rows").GetInt32());
        Assert.Equal(1, root.GetProperty("duplicateRows").GetInt32());
        var scorers = root.GetProperty("scorers").EnumerateArray().ToArray();
        Assert.Equal(["embedded", "lexicon", "llm:custom/deepseek-flash"], scorers.Select(s => s.GetProperty("scorer").GetString()));
        var llm = scorers[2];
        Assert.Equal(1.0, llm.GetProperty("accuracy").GetDouble(), 9); // the fake model is right on every row
        Assert.Equal(9, llm.GetProperty("items").GetInt32());
        Assert.Equal(0, llm.GetProperty("failed").GetInt32());
        // --price sets one input price for hits and misses: 100 input + 20 output tokens per row at 0.15 / 0.60 per million.
        Assert.Equal((100 * 0.15 + 20 * 0.60) / 1e6 * 1000, llm.GetProperty("costPer1000Usd").GetDouble(), 9);
        Assert.InRange(llm.GetProperty("latencyP50Ms").GetDouble(), 1, 5000);
        Assert.True(llm.GetProperty("latencyP95Ms").GetDouble() >= llm.GetProperty("latencyP50Ms").GetDouble());
        Assert.Equal(0, scorers[0].GetProperty("costPer1000Usd").GetDouble());
        Assert.True(scorers[0].GetProperty("latencyAmortized").GetBoolean());
        foreach (var s in scorers)
        {
            var returns = s.GetProperty("returns");
            Assert.Equal(JsonValueKind.Number, returns.GetProperty("rankIc1d").ValueKind);
            Assert.Equal(JsonValueKind.Number, returns.GetProperty("longShortSharpe").ValueKind);
            Assert.True(returns.GetProperty("headlinesScored").GetInt32() > 300);
        }

        if (HeadlessChromium.Find() is not { } chromium) throw new Xunit.Sdk.XunitException(HeadlessChromium.InstallHint);
        var dom = HeadlessChromium.Run(chromium, prefix + ".html");
        // plotly.js replaces each chart div's content with its own "plot-container" when it draws.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(dom, "class=\"plot-container plotly\"").Count);
        Assert.Contains("llm:custom/deepseek-flash", dom);
    }
}
