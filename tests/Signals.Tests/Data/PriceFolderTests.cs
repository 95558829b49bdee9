using System.IO.Compression;
using Signals.Data;

namespace Signals.Tests.Data;

public sealed class PriceFolderTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private const string Rows = "2024-01-02,10,11,9,10.5,1000,0\n2024-01-03,10.5,11,10,10.8,0,0\n2024-01-05,10.8,11.2,10.7,11,1500,0\n";

    private string Folder()
    {
        _files.Write("px/aapl.us.txt", "Date,Open,High,Low,Close,Volume,OpenInt\n" + Rows);
        _files.Write("px/BMW.DE.csv", "Date,Open,High,Low,Close,Volume\n" + string.Join('\n', Rows.Split('\n').Select(l => l.Length == 0 ? l : l[..l.LastIndexOf(',')])));
        using (var gz = new GZipStream(File.Create(_files.PathOf("px/msft.us.csv.gz")), CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz))
            w.Write("Date,Open,High,Low,Close,Volume,OpenInt\n" + Rows);
        _files.Write("px/README.md", "not prices");
        return _files.PathOf("px");
    }

    [Fact]
    public void A_folder_of_txt_csv_and_gz_files_is_read_with_us_suffixes_stripped()
    {
        var series = PriceCsv.LoadMany(Folder());
        Assert.Equal(["AAPL", "BMW.DE", "MSFT"], series.Select(s => s.Symbol).Order());
        var aapl = series.Single(s => s.Symbol == "AAPL");
        Assert.Equal(3, aapl.Count);
        Assert.Equal(0, aapl.Volume[1]);   // a zero-volume day is a day, not an error
        Assert.Equal(aapl.Close, series.Single(s => s.Symbol == "MSFT").Close);
    }

    [Fact]
    public void Other_suffixes_are_stripped_on_request_and_names_can_be_mapped()
    {
        var options = new PriceCsvOptions
        {
            SymbolSuffixes = [".US", ".DE"],
            SymbolMap = new Dictionary<string, string> { ["MSFT"] = "MICROSOFT" },
        };
        var panel = PriceCsv.LoadPanel(Folder(), options);
        Assert.Equal(["AAPL", "BMW", "MICROSOFT"], panel.Symbols.Order());
        Assert.Equal(3, panel.DayCount);
    }

    [Fact]
    public void Two_files_giving_one_symbol_the_same_day_are_named_together()
    {
        _files.Write("px/aapl.us.txt", "Date,Open,High,Low,Close,Volume,OpenInt\n" + Rows);
        _files.Write("px/AAPL.csv", "Date,Open,High,Low,Close,Volume\n2024-01-02,1,1,1,1,1\n");
        var e = Assert.Throws<DataFormatException>(() => PriceCsv.LoadMany(_files.PathOf("px")));
        Assert.Equal((_files.PathOf("px/aapl.us.txt"), 2), (e.File, e.Line));
        Assert.Contains($"duplicate timestamp 2024-01-02 for AAPL (first on {_files.PathOf("px/AAPL.csv")}, line 2)", e.Message);
    }

    [Fact]
    public void A_symbol_map_file_is_strict()
    {
        var ok = _files.Write("map.csv", "from,to\nBRK-B,BRK.B\n");
        Assert.Equal("BRK.B", SymbolMapFile.Load(ok)["BRK-B"]);
        var bad = _files.Write("bad.csv", "from,to\nA,B\nA,C\n");
        var e = Assert.Throws<DataFormatException>(() => SymbolMapFile.Load(bad));
        Assert.Equal(3, e.Line);
    }
}
