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
    public void Market_wide_news_is_studied_through_time_never_as_a_long_short_on_ties()
    {
        var (run, json) = Study(WriteNews("\"" + string.Join(';', Symbols) + "\""));

        // Every name carries the same score each day: ranking them would be ranking ties, so no long-short runs, no
        // Lopez-Lira & Tang coefficient is printed, and the health list says why.
        var series = json.GetProperty("timeSeries");
        Assert.Equal("identicalScores", series.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, series.GetProperty("longShort").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("protocols").ValueKind);
        Assert.Equal("market-timing", json.GetProperty("strategy").GetString());
        Assert.Equal("warn", Check(json, "crossSection").GetProperty("status").GetString());
        Assert.Contains("health warn crossSection", run.Stdout);
        Assert.Contains("no cross-sectional long-short", run.Stdout);
        Assert.DoesNotContain("Lopez-Lira & Tang: coefficient", run.Stdout);
    }

    [Fact]
    public void News_on_one_name_times_that_name_and_never_prints_a_long_short_information_ratio()
    {
        var (run, json) = Study(WriteNews("AAA"));

        var series = json.GetProperty("timeSeries");
        Assert.Equal("singleName", series.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, series.GetProperty("longShort").ValueKind);
        Assert.Equal("warn", Check(json, "crossSection").GetProperty("status").GetString());
        Assert.Contains("no cross-sectional long-short", run.Stdout);
        Assert.DoesNotContain("information ratio", run.Stdout);
    }
}
