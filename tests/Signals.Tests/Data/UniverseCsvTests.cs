using Signals.Data;

namespace Signals.Tests.Data;

public sealed class UniverseCsvTests
{
    [Fact]
    public void A_file_without_the_spread_column_loads_and_gives_no_spreads()
    {
        using var temp = new TempFiles();
        var path = temp.Write("universe.csv", "symbol,name,sector\nAAA,Alpha Corp,Tech\nBBB,\"Beta, Inc.\",Energy\n");
        var universe = UniverseCsv.Load(path);
        Assert.False(universe.HasHalfSpreads);
        Assert.Equal(["AAA", "BBB"], universe.Members.Select(m => m.Symbol));
        Assert.Equal("Beta, Inc.", universe.Find("bbb")!.Name);
        Assert.Equal(["Energy", "Tech", ""], universe.Sectors(["BBB", "AAA", "ZZZ"]));
        var prices = TinyPanels.FromOpens([[10, 11, 12], [20, 21, 22]]);
        Assert.All(universe.HalfSpreadBps(prices).Values, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void A_ticker_list_alone_is_a_universe()
    {
        using var temp = new TempFiles();
        var universe = UniverseCsv.Load(temp.Write("tickers.csv", "Ticker\nAAA\n\nBBB\n"));
        Assert.Equal(["AAA", "BBB"], universe.Members.Select(m => m.Symbol));
        Assert.All(universe.Members, m => Assert.Null(m.Sector));
    }

    [Fact]
    public void Spreads_are_laid_out_on_the_panel_in_its_symbol_order_with_NaN_where_missing()
    {
        using var temp = new TempFiles();
        var path = temp.Write("u.csv", "symbol,half_spread_bps,sector\nBBB,7.5,Energy\nAAA,,Tech\nCCC,2,Tech\n");
        var universe = UniverseCsv.Load(path);
        Assert.True(universe.HasHalfSpreads);
        var prices = TinyPanels.FromOpens([[10, 11], [20, 21], [30, 31]]);    // AAA, BBB, CCC
        var panel = universe.HalfSpreadBps(prices);
        Assert.Equal(prices.Dates, panel.Dates);
        Assert.Equal(prices.Symbols, panel.Symbols);
        for (int d = 0; d < 2; d++)
        {
            Assert.True(double.IsNaN(panel[d, 0]));
            Assert.Equal(7.5, panel[d, 1]);
            Assert.Equal(2.0, panel[d, 2]);
        }
    }

    [Theory]
    [InlineData("AAA,Alpha,Tech,wide\n", 2, "half_spread_bps")]
    [InlineData("AAA,Alpha,Tech,-1\n", 2, "half_spread_bps")]
    [InlineData("AAA,Alpha,Tech,1\nAAA,Again,Tech,2\n", 3, "symbol")]
    [InlineData("AAA,Alpha,Tech\n", 2, null)]
    public void Bad_rows_name_the_file_line_and_column(string rows, int line, string? column)
    {
        using var temp = new TempFiles();
        var path = temp.Write("u.csv", "symbol,name,sector,half_spread_bps\n" + rows);
        var ex = Assert.Throws<DataFormatException>(() => UniverseCsv.Load(path));
        Assert.Equal(path, ex.File);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
    }

    [Fact]
    public void A_header_without_a_symbol_column_is_refused()
    {
        using var temp = new TempFiles();
        var ex = Assert.Throws<DataFormatException>(() => UniverseCsv.Load(temp.Write("u.csv", "name,sector\nAlpha,Tech\n")));
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void Write_then_Load_gives_the_same_members()
    {
        UniverseMember[] members = [new("AAA", "Alpha, Beta & Co", "Tech", 3.2), new("BBB", "Bravo", null, null), new("CCC", "Charlie \"C\"", "Energy", 12)];
        using var temp = new TempFiles();
        var path = temp.PathOf("u.csv");
        using (var w = new StreamWriter(path)) UniverseCsv.Write(w, members);
        Assert.StartsWith("symbol,name,sector,half_spread_bps\n", File.ReadAllText(path));
        Assert.Equal(members, UniverseCsv.Load(path).Members);

        var plain = new StringWriter();
        UniverseCsv.Write(plain, [new UniverseMember("AAA", "Alpha", "Tech")]);
        Assert.Equal("symbol,name,sector\nAAA,Alpha,Tech\n", plain.ToString());
    }
}
