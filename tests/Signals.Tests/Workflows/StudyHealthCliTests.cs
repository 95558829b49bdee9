using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Signals.Tests.Workflows;

/// <summary>
/// `signals study` on degenerate news, as a user would run it: market-wide headlines that give every name the same
/// score each day, and news on one name only. Files are written by the test.
/// </summary>
public sealed class StudyHealthCliTests : IDisposable
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Symbols = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ"];
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    /// <summary>Random-walk prices for ten names over 300 weekdays from 2022-01-03.</summary>
    private string WritePrices()
    {
        var rng = new Random(5);
        var sb = new StringBuilder("date,symbol,open,high,low,close,volume\n");
        var price = Symbols.Select(_ => 50 + 50 * rng.NextDouble()).ToArray();
        foreach (var day in Weekdays())
            for (int s = 0; s < Symbols.Length; s++)
            {
                double open = price[s] * Math.Exp(0.005 * (rng.NextDouble() - 0.5));
                double close = open * Math.Exp(0.03 * (rng.NextDouble() - 0.5));
                sb.Append(string.Create(Inv, $"{day:yyyy-MM-dd},{Symbols[s]},{open:0.####},{Math.Max(open, close) * 1.002:0.####},{Math.Min(open, close) * 0.998:0.####},{close:0.####},{rng.Next(100_000, 2_000_000)}\n"));
                price[s] = close;
            }
        var path = _files.PathOf("prices.csv");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static IEnumerable<DateOnly> Weekdays()
    {
        int n = 0;
        for (var day = new DateOnly(2022, 1, 3); n < 300; day = day.AddDays(1))
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) { n++; yield return day; }
    }

    /// <summary>One headline a weekday at 08:00 New York, naming <paramref name="symbols"/>, alternating good and bad news.</summary>
    private string WriteNews(string symbols)
    {
        string[] words = ["beats estimates and raises guidance", "misses estimates and cuts guidance", "upgraded to buy", "downgraded to sell"];
        var sb = new StringBuilder("id,timestamp,symbols,headline,source\n");
        int i = 0;
        foreach (var day in Weekdays().Skip(1))
        {
            sb.Append(string.Create(Inv, $"n{i:00000},{day:yyyy-MM-dd}T08:00:00-05:00,{symbols},Market {words[i % words.Length]},Wire\n"));
            i++;
        }
        var path = _files.PathOf("news.csv");
        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private (CliRunner.Result Run, JsonElement Json) Study(string news)
    {
        var outDir = _files.PathOf("study");
        var r = CliRunner.Run(_files.Root, "study", "--prices", WritePrices(), "--news", news, "--scorer", "lexicon", "--out", outDir);
        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "study.json")));
        return (r, doc.RootElement.Clone());
    }

    private static JsonElement Check(JsonElement json, string id) =>
        json.GetProperty("health").EnumerateArray().Single(h => h.GetProperty("id").GetString() == id);

    [Fact]
    public void Market_wide_news_fails_the_spread_check_and_has_no_Lopez_Lira_Tang_coefficient()
    {
        var (run, json) = Study(WriteNews("\"" + string.Join(';', Symbols) + "\""));

        var spread = Check(json, "cross-sectional-spread");
        Assert.Equal("fail", spread.GetProperty("status").GetString());
        Assert.Contains("no spread", spread.GetProperty("message").GetString());
        var llt = json.GetProperty("protocols").GetProperty("lopezLiraTang");
        Assert.Equal(JsonValueKind.Null, llt.GetProperty("coefficient").ValueKind);
        Assert.Contains("does not vary within any day", llt.GetProperty("undefined").GetString());
        Assert.Contains("health FAIL cross-sectional-spread", run.Stdout);
        Assert.Contains("Lopez-Lira & Tang: coefficient not defined", run.Stdout);
        // The IC needs a spread in the signal: with none on any day it is absent, with its reason.
        var ic1 = json.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "ic")
            .GetProperty("data").GetProperty("byHorizon")[0];
        Assert.Equal(JsonValueKind.Null, ic1.GetProperty("mean").ValueKind);
        Assert.True(ic1.GetProperty("undefined").TryGetProperty("mean", out _));
    }

    [Fact]
    public void News_on_one_name_never_trades_and_reports_no_information_ratio()
    {
        var (run, json) = Study(WriteNews("AAA"));

        var benchmark = json.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "benchmark").GetProperty("data");
        Assert.Equal(JsonValueKind.Null, benchmark.GetProperty("informationRatio").ValueKind);
        Assert.Contains("never held a position", benchmark.GetProperty("undefined").GetProperty("informationRatio").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("performance").GetProperty("strategy").GetProperty("sharpe").ValueKind);
        Assert.Equal("fail", Check(json, "trading-activity").GetProperty("status").GetString());
        Assert.Equal("fail", Check(json, "days-too-thin").GetProperty("status").GetString());
        Assert.Contains("information ratio (strategy): not defined:", run.Stdout);
        Assert.Contains("health FAIL trading-activity", run.Stdout);
        Assert.DoesNotContain("information ratio 1", run.Stdout);
    }
}
