using System.Globalization;
using System.Text.Json;
using Signals.Data;

namespace Signals.Tests.Data;

/// <summary>`signals study` (a child process) writes its report on each ticker-tagged download shape with the README's plain command.</summary>
public sealed class DownloadStudyCommandTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private static string[] Study(string prices, string news, string outDir, params string[] extra) =>
        ["study", "--prices", prices, "--news", news, "--scorer", "lexicon", "--min-names", "1", "--out", outDir, .. extra];

    [Fact]
    public void A_yahoo_folder_with_null_rows_and_a_twitter_tree_study_lists_each_null_row_and_records_provenance()
    {
        var shapes = new DownloadShapes(_files.Root);
        var (yahoo, nulls) = shapes.WriteYahooFolder();
        var tweets = shapes.WriteTwitterTree();
        var outDir = _files.PathOf("out");

        var strict = CliRunner.Run(_files.Root, Study(yahoo, tweets, outDir));
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains($"{nulls[0].File}, line {nulls[0].Line}, column 'Open'", strict.Stderr);
        Assert.False(Directory.Exists(outDir));

        var r = CliRunner.Run(_files.Root, Study(yahoo, tweets, outDir, "--on-bad-rows", "skip"));
        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.Contains("adjusted close that was not used", r.Stdout);
        Assert.Contains($"AAPL: {nulls.Count} price rows left out", r.Stdout);

        var badRows = File.ReadAllLines(Path.Combine(outDir, "bad-rows.csv"));
        Assert.Equal(nulls.Select(n => $"{n.File},{n.Line},Open,'null' is not a number"), badRows.Skip(1));

        string folderHash = FileHash.Of(yahoo);
        using (var p = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "run", "params.json"))))
        {
            var prices = p.RootElement.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("role").GetString() == "prices");
            Assert.Equal(folderHash, prices.GetProperty("sha256").GetString());
            Assert.False(prices.GetProperty("adjusted").GetBoolean());
            Assert.Equal(shapes.Prices.Values.Sum(v => v.Count), prices.GetProperty("rows").GetInt32());
            var news = p.RootElement.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("role").GetString() == "news");
            Assert.Equal(FileHash.Of(tweets), news.GetProperty("sha256").GetString());
            Assert.Equal(shapes.Tweets.Count, news.GetProperty("rows").GetInt32());
        }
        using var study = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "study.json")));
        var provenance = study.RootElement.GetProperty("provenance").EnumerateArray().ToList();
        Assert.Equal(folderHash, provenance[0].GetProperty("sha256").GetString());
        Assert.Equal(FileHash.Of(tweets), provenance[1].GetProperty("sha256").GetString());
        var data = study.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "data").GetProperty("data");
        Assert.True(data.GetProperty("unusedAdjustedColumn").GetBoolean());
        Assert.False(data.GetProperty("adjustedPrices").GetBoolean());
        Assert.Equal(nulls.Count, data.GetProperty("priceRowsSkippedBySymbol").GetProperty("AAPL").GetInt32());
        Assert.Contains(folderHash, File.ReadAllText(Path.Combine(outDir, "report.html")));
    }

    [Fact]
    public void Grouped_stock_name_files_with_a_cut_last_tweet_study_in_skip_mode()
    {
        var shapes = new DownloadShapes(_files.Root);
        var prices = shapes.WriteGroupedPrices();
        var (tweets, cut) = shapes.WriteGroupedTweets();
        var outDir = _files.PathOf("out");

        var r = CliRunner.Run(_files.Root, Study(prices, tweets, outDir, "--on-bad-rows", "skip", "--adjusted"));

        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        var badRows = File.ReadAllLines(Path.Combine(outDir, "bad-rows.csv"));
        Assert.StartsWith($"{tweets},{cut},", Assert.Single(badRows.Skip(1)));
        using var p = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "run", "params.json")));
        Assert.True(p.RootElement.GetProperty("inputs")[0].GetProperty("adjusted").GetBoolean());
    }

    [Fact]
    public void Excel_dated_newest_first_price_files_and_a_twitter_tree_study()
    {
        var shapes = new DownloadShapes(_files.Root);
        Directory.CreateDirectory(_files.PathOf("excel"));
        foreach (var t in DownloadShapes.Tickers) shapes.WriteExcelDated(t, monthFirst: t != "TSLA", name: Path.Combine("excel", t + ".csv"));
        var tweets = shapes.WriteTwitterTree();
        var outDir = _files.PathOf("out");

        var r = CliRunner.Run(_files.Root, Study(_files.PathOf("excel"), tweets, outDir));

        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        using var study = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "study.json")));
        var data = study.RootElement.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "data").GetProperty("data");
        Assert.Equal(DownloadShapes.Tickers.Length, data.GetProperty("priceSymbols").GetInt32());
        Assert.Equal(shapes.Prices["AAPL"][0].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), data.GetProperty("priceFirst").GetString());
    }

    [Fact]
    public void Indicators_take_adjusted_and_say_when_an_adjusted_close_is_left_unused()
    {
        var shapes = new DownloadShapes(_files.Root);
        var (yahoo, _) = shapes.WriteYahooFolder();
        var file = Path.Combine(yahoo, "MSFT.csv");
        var raw = CliRunner.Run(_files.Root, "indicators", "--quotes", file, "--indicators", "sma:5", "--out", _files.PathOf("raw.csv"));
        var adjusted = CliRunner.Run(_files.Root, "indicators", "--quotes", file, "--indicators", "sma:5", "--adjusted", "--out", _files.PathOf("adj.csv"));
        Assert.True(raw.ExitCode == 0, raw.Stderr);
        Assert.True(adjusted.ExitCode == 0, adjusted.Stderr);
        Assert.Contains("adjusted close that was not used", raw.Stderr);
        Assert.DoesNotContain("not used", adjusted.Stderr);
        var a = File.ReadAllLines(_files.PathOf("raw.csv"));
        var b = File.ReadAllLines(_files.PathOf("adj.csv"));
        Assert.Equal(a.Length, b.Length);
        Assert.NotEqual(a[^1], b[^1]);
    }

    [Fact]
    public void An_rss_csv_with_the_plain_study_command_gives_the_market_level_time_series_study()
    {
        var shapes = new DownloadShapes(_files.Root);
        var prices = shapes.WriteGroupedPrices();
        // An RSS feed saved as CSV, newest first: no ticker anywhere, RFC 1123 dates, market headlines of our own.
        string[] up = ["Stocks climb as factory orders beat forecasts", "Wall Street rallies on upbeat retail sales", "Markets gain as inflation cools"];
        string[] down = ["Stocks fall as bond yields surge", "Wall Street slides on weak hiring report", "Markets drop amid recession fears"];
        var rss = new System.Text.StringBuilder("title,pubDate,guid,link,description\n");
        var days = shapes.Prices["AAPL"];
        var rng = new Random(11);
        for (int i = days.Count - 1; i >= 0; i -= 2)
        {
            var at = days[i].Date.ToDateTime(new TimeOnly(13, 30), DateTimeKind.Utc).AddMinutes(rng.Next(0, 240));
            var title = rng.NextDouble() < 0.5 ? up[rng.Next(up.Length)] : down[rng.Next(down.Length)];
            rss.Append(CultureInfo.InvariantCulture, $"{title},\"{at.ToString("r", CultureInfo.InvariantCulture)}\",urn:item:{i},https://news.example.test/{i},\"Markets, day {i}: {title}\"\n");
        }
        var news = _files.Write("rss.csv", rss.ToString());
        Assert.Contains("GMT", File.ReadLines(news).Skip(1).First());
        var outDir = _files.PathOf("out");

        var r = CliRunner.Run(_files.Root, "study", "--prices", prices, "--news", news, "--scorer", "lexicon", "--out", outDir);

        Assert.True(r.ExitCode == 0, r.Stderr + r.Stdout);
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.False(File.Exists(Path.Combine(outDir, "lopez-lira-tang.csv")));
        using var study = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "study.json")));
        var ts = study.RootElement.GetProperty("timeSeries");
        Assert.Equal("noSymbols", ts.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, ts.GetProperty("longShort").ValueKind);
        Assert.Equal((days.Count + 1) / 2, ts.GetProperty("headlinesUsed").GetInt32());
    }
}
