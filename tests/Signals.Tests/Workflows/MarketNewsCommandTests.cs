using System.Text.Json;

namespace Signals.Tests.Workflows;

public sealed class MarketNewsCommandTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    [Fact]
    public void Symbol_less_news_gives_a_time_series_report_and_no_long_short()
    {
        var f = new MarketNewsFixture(days: 300, names: 5, predictive: true);
        var prices = f.WritePrices(_files.PathOf("prices"));
        var news = f.WriteNews(_files.PathOf("market.csv"));
        var outDir = _files.PathOf("study");

        var r = CliRunner.Run(_files.Root, "study", "--prices", prices, "--news", news, "--market-news", "--entry-z", "0.25", "--scorer", "lexicon", "--out", outDir);

        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        Assert.Contains("time-series study", r.Stdout);
        Assert.Contains("no cross-sectional long-short", r.Stdout);
        Assert.DoesNotContain("lopez-lira-tang.csv", r.Stdout);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.False(File.Exists(Path.Combine(outDir, "lopez-lira-tang.csv")));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "study.json")));
        var root = json.RootElement;
        Assert.Equal("market-timing", root.GetProperty("strategy").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("protocols").ValueKind);
        var ts = root.GetProperty("timeSeries");
        Assert.Equal("noSymbols", ts.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, ts.GetProperty("longShort").ValueKind);
        Assert.Equal(300, ts.GetProperty("headlinesUsed").GetInt32());
        Assert.Equal(0.25, ts.GetProperty("signal").GetProperty("entryZ").GetDouble());
        Assert.Equal(4, ts.GetProperty("ic").GetArrayLength());
        Assert.True(ts.GetProperty("ic")[0].GetProperty("ic").GetDouble() > 0, "the lexicon reads the planted sign");
        Assert.True(ts.GetProperty("timing").GetProperty("positionChanges").GetInt32() > 0);
        Assert.Contains(ts.GetProperty("health").EnumerateArray(), c => c.GetProperty("id").GetString() == "signalVariation" && c.GetProperty("status").GetString() == "ok");
        var page = File.ReadAllText(Path.Combine(outDir, "report.html"));
        Assert.Contains("id=\"section-timeSeries\"", page);
        Assert.Contains("Time-series IC by horizon", page);
    }

    [Fact]
    public void Market_news_attached_to_every_name_goes_to_the_time_series_study()
    {
        var f = new MarketNewsFixture(days: 300, names: 5, predictive: true);
        var prices = f.WritePrices(_files.PathOf("prices"));
        var news = f.WriteNews(_files.PathOf("market.csv"), f.Symbols);
        var outDir = _files.PathOf("study");

        var r = CliRunner.Run(_files.Root, "study", "--prices", prices, "--news", news, "--scorer", "lexicon", "--out", outDir);

        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "study.json")));
        var ts = json.RootElement.GetProperty("timeSeries");
        Assert.Equal("identicalScores", ts.GetProperty("mode").GetString());
        Assert.Equal("market-timing", json.RootElement.GetProperty("strategy").GetString());
        Assert.Contains("health warn crossSection", r.Stdout);
    }
}
