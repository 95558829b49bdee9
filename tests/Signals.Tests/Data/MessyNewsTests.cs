using Signals.Data;
using Signals.Tests.Workflows;

namespace Signals.Tests.Data;

public sealed class MessyNewsTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_headline_dump_with_an_index_column_and_stock_loads_with_duplicates_counted()
    {
        var fixture = new MessyDownloads(_files.Root);
        var load = NewsFile.LoadWithReport(fixture.NewsPath);

        int dataRows = fixture.NewsText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.Equal(dataRows, load.RowsRead);
        Assert.Equal(1, load.Duplicates);
        Assert.Empty(load.BadRows);
        Assert.Equal(dataRows - 1, load.Items.Count);
        // One headline under two tickers is one item per ticker.
        var chips = load.Items.Where(n => n.Headline == "Chip makers rally on strong demand").ToList();
        Assert.Equal(["AAPL", "IBM"], chips.SelectMany(n => n.Symbols).Order());
        Assert.Equal(new DateTimeOffset(2012, 3, 14, 8, 1, 0, TimeSpan.FromHours(-4)), chips[0].Published);
    }

    [Fact]
    public void Strict_loading_stops_at_the_first_broken_line_naming_the_file()
    {
        var fixture = new MessyDownloads(_files.Root);
        int broken = fixture.BreakATitle();
        var e = Assert.Throws<DataFormatException>(() => NewsFile.LoadWithReport(fixture.NewsPath));
        Assert.Equal(fixture.NewsPath, e.File);
        Assert.Equal(broken, e.Line);
        Assert.Contains($"line {broken}", e.Message);
        Assert.Contains("expected 4 fields, found 2", e.Message);
    }

    [Fact]
    public void Skip_mode_leaves_out_both_halves_of_a_broken_title_and_says_why()
    {
        var fixture = new MessyDownloads(_files.Root);
        int broken = fixture.BreakATitle();
        var load = NewsFile.LoadWithReport(fixture.NewsPath, new NewsLoadOptions { OnBadRows = BadRowPolicy.Skip });
        Assert.Equal([broken, broken + 1], load.BadRows.Select(r => r.Line));
        Assert.Contains("found 2", load.BadRows[0].Reason);
        Assert.Contains("found 3", load.BadRows[1].Reason);
        Assert.DoesNotContain(load.Items, n => n.Headline.Contains("record quarter"));

        var csv = new StringWriter();
        BadRow.WriteCsv(csv, load.BadRows);
        var lines = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("file,line,column,reason", lines[0]);
        Assert.StartsWith($"{fixture.NewsPath},{broken},,", lines[1]);
    }

    [Theory]
    [InlineData("ticker,headline,published")]
    [InlineData("tickers,text,datetime")]
    [InlineData("symbols,title,timestamp")]
    [InlineData("stocks,headline,date")]
    [InlineData("stock,title,date")]
    public void Header_aliases_name_the_same_three_fields(string header)
    {
        var path = _files.Write("n.csv", header + "\nAAA,Some news,2024-03-01T16:05:00Z\n");
        var item = Assert.Single(NewsFile.Load(path));
        Assert.Equal(["AAA"], item.Symbols);
        Assert.Equal("Some news", item.Headline);
    }

    [Theory]
    [InlineData("2024-03-01T10:05:00-05:00", "2024-03-01T15:05:00Z")]
    [InlineData("2024-03-01 10:05:00-05:00", "2024-03-01T15:05:00Z")]
    [InlineData("2024-03-01 10:05-05:00", "2024-03-01T15:05:00Z")]
    [InlineData("2024-03-01T15:05:00Z", "2024-03-01T15:05:00Z")]
    [InlineData("2024-03-01T15:05Z", "2024-03-01T15:05:00Z")]
    [InlineData("2024-03-01 10:05", "2024-03-01T15:05:00Z")]          // with --news-zone America/New_York
    [InlineData("2024-03-01T10:05:30", "2024-03-01T15:05:30Z")]
    [InlineData("2024-03-01", "2024-03-01T21:00:00Z")]                // date only: after that day's close
    public void Timestamps_in_the_spellings_dumps_use(string text, string utc)
    {
        var path = _files.Write("n.csv", $"symbol,headline,timestamp\nAAA,x,{text}\n");
        var load = NewsFile.LoadWithReport(path, new NewsLoadOptions { Zone = "America/New_York" });
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), load.Items[0].Published);
        Assert.Equal(text.Length == 10 ? 1 : 0, load.DateOnly);
    }

    [Fact]
    public void A_date_only_timestamp_needs_no_zone_and_trades_the_next_open()
    {
        var path = _files.Write("n.csv", "symbol,headline,date\nAAA,x,2024-03-01\n");
        var item = Assert.Single(NewsFile.Load(path));
        var point = TradingCalendar.UsEquities().FirstDecisionPoint(item.Published, DecisionTiming.Open);
        Assert.Equal(new DateOnly(2024, 3, 4), point.Day);   // Friday's news, known after the close: Monday's open
    }

    [Fact]
    public void Skip_mode_reports_a_row_with_a_bad_timestamp_and_keeps_the_rest()
    {
        var path = _files.Write("n.jsonl",
            "{\"timestamp\":\"2024-03-01T16:05:00Z\",\"tickers\":[\"A\",\"B\"],\"title\":\"a\"}\n" +
            "{\"timestamp\":\"soon\",\"ticker\":\"A\",\"title\":\"b\"}\n");
        var load = NewsFile.LoadWithReport(path, new NewsLoadOptions { OnBadRows = BadRowPolicy.Skip });
        var item = Assert.Single(load.Items);
        Assert.Equal(["A", "B"], item.Symbols);
        var bad = Assert.Single(load.BadRows);
        Assert.Equal((2, "timestamp"), (bad.Line, bad.Column));
    }
}
