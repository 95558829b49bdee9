using System.Globalization;
using System.IO.Compression;
using System.Text;
using Signals.Data;

namespace Signals.Tests.Data;

/// <summary>Each shape of <see cref="DownloadShapes"/> loads with the plain call (or a documented option), and dirty rows are named.</summary>
public sealed class DownloadShapesTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private static readonly NewsLoadOptions Skip = new() { OnBadRows = BadRowPolicy.Skip };

    [Fact]
    public void A_per_ticker_tree_of_extensionless_twitter_json_takes_each_symbol_from_its_folder()
    {
        var shapes = new DownloadShapes(_files.Root);
        var folder = shapes.WriteTwitterTree();

        var load = NewsFile.LoadWithReport(folder);

        Assert.Equal(shapes.Tweets.Count, load.RowsRead);
        Assert.Equal(shapes.Tweets.Count, load.Items.Count);
        Assert.Empty(load.BadRows);
        Assert.Equal(DownloadShapes.Tickers.Order(), load.Items.SelectMany(i => i.Symbols).Distinct().Order());
        var first = shapes.Tweets.OrderBy(t => t.At).First();
        var item = load.Items.Single(i => i.Id == first.Id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal([first.Symbol], item.Symbols);
        Assert.Equal(new DateTimeOffset(first.At, TimeSpan.Zero), item.Published);
        Assert.Equal(first.Text, item.Headline);
        Assert.Contains(load.SymbolNotes, n => n.Contains("folder's name"));
        Assert.Equal(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length, load.Files.Count);
    }

    [Fact]
    public void One_tweet_in_two_ticker_folders_is_one_item_naming_both()
    {
        string line = "{\"created_at\":\"Thu Jan 02 15:45:02 +0000 2014\",\"id\":42,\"text\":\"$AAPL $MSFT both rally\"}\n";
        _files.Write("t/AAPL/2014-01-02", line);
        _files.Write("t/MSFT/2014-01-02", line);
        var load = NewsFile.LoadWithReport(_files.PathOf("t"));
        var item = Assert.Single(load.Items);
        Assert.Equal(["AAPL", "MSFT"], item.Symbols);
        Assert.Equal(new DateTimeOffset(2014, 1, 2, 15, 45, 2, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void A_news_folder_mixes_csv_json_arrays_and_gzip_with_files_at_the_top_named_by_their_file()
    {
        _files.Write("n/aapl.csv", "date,headline\n2024-03-01T15:00:00Z,Apple one\n");
        _files.Write("n/msft.json", "[\n  {\"published_at\": \"2024-03-01T16:00:00Z\", \"title\": \"Microsoft one\"},\n  {\"published_at\": \"2024-03-02T16:00:00Z\", \"title\": \"Microsoft two\", \"summary\": \"more\"}\n]\n");
        var gz = _files.PathOf("n/ibm.jsonl.gz");
        using (var stream = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
            stream.Write(Encoding.UTF8.GetBytes("{\"datetime\": 1709308800, \"content\": \"IBM one\"}\n"));
        var load = NewsFile.LoadWithReport(_files.PathOf("n"));
        Assert.Equal(["Apple one", "IBM one", "Microsoft one", "Microsoft two"], load.Items.Select(i => i.Headline).Order());
        Assert.Equal(["AAPL"], load.Items.Single(i => i.Headline == "Apple one").Symbols);
        Assert.Equal(["IBM"], load.Items.Single(i => i.Headline == "IBM one").Symbols);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 16, 0, 0, TimeSpan.Zero), load.Items.Single(i => i.Headline == "IBM one").Published);
        Assert.Equal("more", load.Items.Single(i => i.Headline == "Microsoft two").Body);
    }

    [Fact]
    public void A_cut_json_array_is_a_bad_row_at_the_cut_line()
    {
        var path = _files.Write("cut.json", "[\n{\"time\":\"2024-03-01T15:00:00Z\",\"ticker\":\"A\",\"title\":\"one\"},\n{\"time\":\"2024-03-01T15:00:00Z\",\"ticker\":\"A\",\"title\":\"tw");
        var e = Assert.Throws<DataFormatException>(() => NewsFile.LoadWithReport(path));
        Assert.Equal(3, e.Line);
        var load = NewsFile.LoadWithReport(path, Skip);
        Assert.Equal("one", Assert.Single(load.Items).Headline);
        Assert.Equal(3, Assert.Single(load.BadRows).Line);
    }

    [Fact]
    public void A_grouped_tweet_file_with_stock_name_loads_and_its_cut_last_line_is_named()
    {
        var shapes = new DownloadShapes(_files.Root);
        var (path, cut) = shapes.WriteGroupedTweets();

        var e = Assert.Throws<DataFormatException>(() => NewsFile.LoadWithReport(path));
        Assert.Equal(path, e.File);
        Assert.Equal(cut, e.Line);
        Assert.Contains($"line {cut}", e.Message);

        var load = NewsFile.LoadWithReport(path, Skip);
        Assert.Equal(cut, Assert.Single(load.BadRows).Line);
        Assert.Equal(shapes.Tweets.Count, load.Items.Count);
        Assert.Equal(DownloadShapes.Tickers.Order(), load.Items.SelectMany(i => i.Symbols).Distinct().Order());
        Assert.True(load.Items.Zip(load.Items.Skip(1)).All(p => p.First.Published <= p.Second.Published));
    }

    [Fact]
    public void An_rss_csv_without_a_ticker_loads_as_market_level_news()
    {
        var shapes = new DownloadShapes(_files.Root);
        var path = shapes.WriteRss(items: 40);
        var load = NewsFile.LoadWithReport(path);
        Assert.Equal(40, load.Items.Count);
        Assert.Equal(40, load.MarketLevel);
        Assert.All(load.Items, i => Assert.Empty(i.Symbols));
        Assert.Equal(new DateTimeOffset(2014, 1, 6, 13, 0, 0, TimeSpan.Zero), load.Items[0].Published);
        Assert.StartsWith("Stocks ", load.Items[0].Headline);
        Assert.StartsWith("Markets, ", load.Items[0].Body);
        Assert.Equal("https://example.test/0", load.Items[0].Id);
        var note = Assert.Single(load.SymbolNotes);
        Assert.Contains("market-level", note);
        Assert.Contains("title, pubDate, guid, link, description", note);
    }

    [Theory]
    [InlineData("Mon, 07 Mar 2022 00:14:42 GMT", "2022-03-07T00:14:42Z")]
    [InlineData("Mon, 7 Mar 2022 09:14:42 -0500", "2022-03-07T14:14:42Z")]
    [InlineData("07 Mar 2022 00:14 EST", "2022-03-07T05:14:00Z")]
    [InlineData("Thu Jan 02 15:45:02 +0000 2014", "2014-01-02T15:45:02Z")]
    [InlineData("1388677502", "2014-01-02T15:45:02Z")]
    [InlineData("1388677502000", "2014-01-02T15:45:02Z")]
    [InlineData("2022-09-29 23:41:16+00:00", "2022-09-29T23:41:16Z")]
    public void Timestamp_shapes_of_real_dumps_are_read_under_every_time_alias(string text, string utc)
    {
        var expected = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);
        foreach (var column in new[] { "created_at", "pubDate", "published_at", "datetime", "time" })
        {
            var path = _files.Write($"{column}.csv", $"ticker,summary,{column}\n$AAA,x,\"{text}\"\n");
            var item = Assert.Single(NewsFile.Load(path));
            Assert.Equal(expected, item.Published);
            Assert.Equal(["AAA"], item.Symbols);
        }
    }

    [Fact]
    public void The_headline_is_preferred_when_several_text_columns_exist_and_cashtags_are_symbols()
    {
        var path = _files.Write("n.csv", "content,tweet,title,headline,cashtags,timestamp\nc,t,ti,h,$AAA $BBB,2024-03-01T15:00:00Z\n");
        var item = Assert.Single(NewsFile.Load(path));
        Assert.Equal("h", item.Headline);
        Assert.Equal("c", item.Body);
        Assert.Equal(["AAA", "BBB"], item.Symbols);
    }

    [Fact]
    public void A_file_with_no_timestamp_column_names_the_columns_it_saw()
    {
        var e = Assert.Throws<DataFormatException>(() => NewsFile.Load(_files.Write("n.csv", "when,Stock Name,Tweet\nx,AAA,y\n")));
        Assert.Contains("when, Stock Name, Tweet", e.Message);
        Assert.Contains("created_at".Replace("_", ""), e.Message);
    }

    [Fact]
    public void Yahoo_null_rows_stop_a_strict_load_and_are_listed_by_symbol_under_skip()
    {
        var shapes = new DownloadShapes(_files.Root);
        var (folder, nulls) = shapes.WriteYahooFolder();

        var e = Assert.Throws<DataFormatException>(() => PriceCsv.LoadWithReport(folder));
        Assert.Equal((nulls[0].File, nulls[0].Line, "Open"), (e.File, e.Line, e.Column));
        Assert.Contains("'null' is not a number", e.Message);

        var load = PriceCsv.LoadWithReport(folder, new PriceCsvOptions { OnBadRows = BadRowPolicy.Skip });
        Assert.Equal(nulls, load.BadRows.Select(r => (r.File, r.Line)));
        Assert.Equal(new Dictionary<string, int> { ["AAPL"] = nulls.Count }, load.SkippedBySymbol);
        Assert.Equal(shapes.Prices["AAPL"].Count - nulls.Count, load.Series.Single(s => s.Symbol == "AAPL").Count);
        Assert.True(load.HasUnusedAdjustedColumn);
        Assert.False(load.Adjusted);
        Assert.Contains(load.Warnings(), w => w.Contains("adjusted close") && w.Contains("--adjusted"));
        Assert.Contains(load.Warnings(), w => w.StartsWith("AAPL: " + nulls.Count.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(shapes.Prices.Values.Sum(v => v.Count), load.RowsRead);

        var adjusted = PriceCsv.LoadWithReport(folder, new PriceCsvOptions { OnBadRows = BadRowPolicy.Skip, UseAdjustedClose = true });
        Assert.True(adjusted.Adjusted);
        Assert.False(adjusted.HasUnusedAdjustedColumn);
        Assert.Equal(shapes.Prices["MSFT"].Select(d => d.AdjClose), adjusted.Series.Single(s => s.Symbol == "MSFT").Close);
    }

    [Fact]
    public void The_source_line_of_each_bar_is_known()
    {
        var shapes = new DownloadShapes(_files.Root);
        var (folder, _) = shapes.WriteYahooFolder();
        var load = PriceCsv.LoadWithReport(folder, new PriceCsvOptions { OnBadRows = BadRowPolicy.Skip });
        var day = shapes.Prices["MSFT"][9].Date;
        Assert.Equal(new PriceSource(Path.Combine(folder, "MSFT.csv"), 11), load.SourceOf("MSFT", day));
        Assert.Null(load.SourceOf("MSFT", new DateOnly(1999, 1, 1)));
    }

    [Fact]
    public void A_grouped_newest_first_long_file_with_stock_name_loads_the_same_as_a_shuffled_one()
    {
        var shapes = new DownloadShapes(_files.Root);
        var grouped = PriceCsv.LoadWithReport(shapes.WriteGroupedPrices());
        var shuffled = PriceCsv.LoadWithReport(shapes.WriteGroupedPrices("shuffled.csv", shuffle: true));
        Assert.Equal(DownloadShapes.Tickers, grouped.Series.Select(s => s.Symbol));
        foreach (var t in DownloadShapes.Tickers)
        {
            var a = grouped.Series.Single(s => s.Symbol == t);
            var b = shuffled.Series.Single(s => s.Symbol == t);
            Assert.Equal(shapes.Prices[t].Select(d => d.Close), a.Close);
            Assert.Equal(a.Timestamps, b.Timestamps);
            Assert.Equal(a.Close, b.Close);
        }
    }

    [Fact]
    public void A_long_file_whose_symbol_column_is_not_recognised_says_so_first_naming_the_columns()
    {
        var shapes = new DownloadShapes(_files.Root);
        var path = shapes.WriteGroupedPrices();
        File.WriteAllText(path, File.ReadAllText(path).Replace("Stock Name", "Security"));
        var e = Assert.Throws<DataFormatException>(() => PriceCsv.LoadWithReport(path, new PriceCsvOptions { OnBadRows = BadRowPolicy.Skip }));
        Assert.Contains("no symbol column among the columns (Date, Open, High, Low, Close, Adj Close, Volume, Security)", e.Message);
        Assert.Contains("stockname", e.Message);
        Assert.DoesNotContain("out of order", e.Message);
    }

    [Fact]
    public void Only_a_true_duplicate_key_is_an_error_and_it_names_both_places()
    {
        const string header = "Date,Open,High,Low,Close,Volume\n";
        _files.Write("px/AAPL/2014.csv", header + "2014-01-03,1,1,1,1,1\n2014-01-02,1,1,1,1,1\n");
        _files.Write("px/AAPL/2015.csv", header + "2015-01-02,2,2,2,2,1\n");
        var merged = PriceCsv.LoadWithReport(_files.PathOf("px"));
        Assert.Equal([1, 1, 2], Assert.Single(merged.Series).Close);
        Assert.Equal("AAPL", merged.Series[0].Symbol);

        _files.Write("px/AAPL/2015b.csv", header + "2015-01-05,2,2,2,2,1\n2015-01-02,3,3,3,3,1\n");
        var e = Assert.Throws<DataFormatException>(() => PriceCsv.LoadWithReport(_files.PathOf("px")));
        Assert.Equal((_files.PathOf("px/AAPL/2015b.csv"), 3), (e.File, e.Line));
        Assert.Contains("duplicate timestamp", e.Message);
        Assert.Contains(_files.PathOf("px/AAPL/2015.csv") + ", line 2", e.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Excel_dated_prices_newest_first_load_like_the_iso_file(bool monthFirst)
    {
        var shapes = new DownloadShapes(_files.Root);
        var s = PriceCsv.Load(shapes.WriteExcelDated("TSLA", monthFirst));
        Assert.Equal(shapes.Prices["TSLA"].Select(d => d.Date), s.Dates());
        Assert.Equal(shapes.Prices["TSLA"].Select(d => d.Close), s.Close);
    }

    [Fact]
    public void Slash_dates_that_fit_both_orders_stop_naming_date_format_which_settles_them()
    {
        var path = _files.Write("x.csv", "Date,Open,High,Low,Close\n7/1/2016,1,1,1,1\n6/1/2016,1,1,1,1\n");
        var e = Assert.Throws<DataFormatException>(() => PriceCsv.Load(path));
        Assert.Contains("--date-format", e.Message);
        Assert.Equal("Date", e.Column);
        var dayFirst = PriceCsv.Load(path, options: new PriceCsvOptions { DateFormat = "d/M/yyyy" });
        Assert.Equal([new DateOnly(2016, 1, 6), new DateOnly(2016, 1, 7)], dayFirst.Dates());
        var monthFirst = PriceCsv.Load(path, options: new PriceCsvOptions { DateFormat = "M/d/yyyy" });
        Assert.Equal([new DateOnly(2016, 6, 1), new DateOnly(2016, 7, 1)], monthFirst.Dates());
    }

    [Fact]
    public void An_explicit_time_format_reads_what_no_detected_shape_fits()
    {
        var path = _files.Write("x.csv", "Date,Open,High,Low,Close\n01.07.2016 09:30,1,1,1,1\n");
        Assert.Throws<DataFormatException>(() => PriceCsv.Load(path));
        var s = PriceCsv.Load(path, options: new PriceCsvOptions { TimeFormat = "dd.MM.yyyy HH:mm" });
        Assert.Equal(new DateTimeOffset(2016, 7, 1, 9, 30, 0, TimeSpan.FromHours(-4)), s.Timestamps[0]);
    }

    [Theory]
    [InlineData("2024-01-03,1,1,1,0,5", "close", "not positive")]
    [InlineData("2024-01-03,0,1,1,1,5", "open", "not positive")]
    [InlineData("2024-01-03,1,2,1,3,5", "close", "outside the day's range")]
    [InlineData("2024-01-03,0.5,2,1,1.5,5", "open", "outside the day's range")]
    [InlineData("2024-01-03,1,1e308,1,1e308,5", "high", "implausibly large")]
    [InlineData("2024-01-03,1,1,2,1,5", "high", "below low")]
    [InlineData("2024-01-03,1,1,1,NaN,5", "close", "not a number")]
    [InlineData("2024-01-03,1,1,1,-1,5", "close", "not positive")]
    public void Bad_ticks_are_named_strictly_and_left_out_and_listed_under_skip(string row, string column, string problem)
    {
        var path = _files.Write("t.csv", "date,open,high,low,close,volume\n2024-01-02,1,1,1,1,5\n" + row + "\n2024-01-04,1,1,1,1,5\n");
        var e = Assert.Throws<DataFormatException>(() => PriceCsv.LoadWithReport(path));
        Assert.Equal((path, 3, column), (e.File, e.Line, e.Column));
        Assert.Contains(problem, e.Message);

        var load = PriceCsv.LoadWithReport(path, new PriceCsvOptions { OnBadRows = BadRowPolicy.Skip });
        var bad = Assert.Single(load.BadRows);
        Assert.Equal((path, 3, column), (bad.File, bad.Line, bad.Column));
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 4)], load.Series[0].Dates());
        Assert.Equal(1, load.SkippedBySymbol["T"]);
    }

    [Fact]
    public void Invalid_utf8_in_a_symbol_is_a_bad_row_not_a_phantom_symbol()
    {
        var path = _files.PathOf("u.csv");
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("date,symbol,open,high,low,close\n2024-01-02,AAA,1,1,1,1\n2024-01-03,AA"));
        bytes.AddRange([0xC3, 0x28]);
        bytes.AddRange(Encoding.UTF8.GetBytes(",1,1,1,1\n2024-01-03,AAA,1,1,1,1\n"));
        File.WriteAllBytes(path, [.. bytes]);
        var e = Assert.Throws<DataFormatException>(() => PriceCsv.LoadWithReport(path));
        Assert.Equal((3, "symbol"), (e.Line, e.Column));
        Assert.Contains("UTF-8", e.Message);
        var load = PriceCsv.LoadWithReport(path, new PriceCsvOptions { OnBadRows = BadRowPolicy.Skip });
        Assert.Equal(["AAA"], load.Series.Select(s => s.Symbol));
        Assert.Equal(3, Assert.Single(load.BadRows).Line);
    }

    [Fact]
    public void A_folder_hash_covers_every_file_by_relative_path_and_changes_with_any_of_them()
    {
        _files.Write("a/X/1.csv", "one");
        _files.Write("a/Y/2.csv", "two");
        _files.Write("b/X/1.csv", "one");
        _files.Write("b/Y/2.csv", "two");
        string a = FileHash.Of(_files.PathOf("a"));
        Assert.Matches("^[0-9a-f]{64}$", a);
        Assert.Equal(a, FileHash.Of(_files.PathOf("b")));
        File.WriteAllText(_files.PathOf("b/Y/2.csv"), "twO");
        Assert.NotEqual(a, FileHash.Of(_files.PathOf("b")));
        File.WriteAllText(_files.PathOf("b/Y/2.csv"), "two");
        File.Move(_files.PathOf("b/Y/2.csv"), _files.PathOf("b/X/2.csv"));
        Assert.NotEqual(a, FileHash.Of(_files.PathOf("b")));
        Assert.Equal(FileHash.Sha256(_files.PathOf("a/X/1.csv")), FileHash.Of(_files.PathOf("a/X/1.csv")));
    }
}
