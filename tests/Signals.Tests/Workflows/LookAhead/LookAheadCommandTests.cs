using System.Text.Json;
using Signals.Cli;
using Signals.Data;
using Signals.Tests.Sentiment.Llm;

namespace Signals.Tests.Workflows.LookAhead;

public sealed class LookAheadCommandTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Study_with_the_audit_writes_it_to_study_json_and_the_report()
    {
        var market = new LookAheadAuditTests.Market();
        var prices = _files.PathOf("prices.csv");
        using (var w = new StreamWriter(prices)) PriceCsv.Write(w, market.Prices.Symbols.Select(s => market.Prices.Series(s)));
        var news = _files.PathOf("news.csv");
        using (var w = new StreamWriter(news)) NewsFile.WriteCsv(w, market.News);
        var universe = _files.Write("universe.csv", "symbol,name\n" + string.Concat(market.Names.Select(n => $"{n.Key},{n.Value}\n")));
        var keyVar = "SIGNALS_TEST_KEY_" + Guid.NewGuid().ToString("N");
        var environment = new Dictionary<string, string?> { [keyVar] = LlmTestKit.TestKey };
        using var server = new FakeOpenAiServer(market.Answer);
        var outDir = _files.PathOf("study");

        int exit = await InProcessCli.ExitCodeAsync(environment,
        [
            "study", "--prices", prices, "--news", news, "--scorer", "llm", "--provider", "custom", "--endpoint", server.BaseUrl,
            "--model", "future-model", "--api-key-env", keyVar, "--universe", universe, "--cache", _files.PathOf("cache.db"),
            "--min-names", "1", "--look-ahead-audit", "--cutoff", "2020-10-30", "--out", outDir,
        ]);
        Assert.Equal(0, exit);
        Assert.Equal(2 * market.News.Count, server.RequestCount); // the study's named pass is re-used, the anonymised pass asked once

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "study.json")));
        var audit = json.RootElement.GetProperty("lookAheadAudit");
        Assert.Equal("2020-10-30", audit.GetProperty("cutoff").GetString());
        var before = audit.GetProperty("periods")[0];
        Assert.Equal("before", before.GetProperty("period").GetString());
        Assert.True(before.GetProperty("icDifferenceCi")[0].GetDouble() > 0);
        Assert.StartsWith("Likely memorisation", audit.GetProperty("verdict").GetString());
        Assert.Contains("Look-ahead audit", File.ReadAllText(Path.Combine(outDir, "report.html")));
        Assert.True(File.Exists(_files.PathOf("trials.jsonl")));   // the trial is recorded beside the cache
    }
}
