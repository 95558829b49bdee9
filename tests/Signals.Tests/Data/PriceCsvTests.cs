using Signals.Data;

namespace Signals.Tests.Data;

public sealed class PriceCsvTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    private const string Header = "date,open,high,low,close,volume\n";

    private static DataFormatException Fails(string path) => Assert.Throws<DataFormatException>(() => PriceCsv.Load(path));

    [Fact]
    public void Reads_an_ascending_file_with_the_exchange_offset()
    {
        var path = _files.Write("spy.csv", Header + "2024-01-02,10,11,9,10.5,100\n2024-07-01,10.5,12,10,11,200\n");
        var s = PriceCsv.Load(path);
        Assert.Equal("SPY", s.Symbol);
        Assert.Equal(2, s.Count);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.FromHours(-5)), s.Timestamps[0]);
        Assert.Equal(TimeSpan.FromHours(-4), s.Timestamps[1].Offset); // summer time in New York
        Assert.Equal([10, 10.5], s.Open);
        Assert.Equal([11, 12], s.High);
        Assert.Equal([9, 10], s.Low);
        Assert.Equal([10.5, 11], s.Close);
        Assert.Equal([100, 200], s.Volume);
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 7, 1)], s.Dates());
    }

    [Fact]
    public void Reads_a_wholly_descending_file_as_ascending()
    {
        var path = _files.Write("x.csv", Header + "2024-01-04,3,3,3,3,1\n2024-01-03,2,2,2,2,1\n2024-01-02,1,1,1,1,1\n");
        Assert.Equal([1, 2, 3], PriceCsv.Load(path).Close);
    }

    [Fact]
    public void Zero_prices_load_only_when_allowed_and_negatives_never()
    {
        var path = _files.Write("z.csv", Header + "2024-01-02,0,0,0,0,0\n2024-01-03,1,1,1,1,1\n");
        Assert.Contains("not positive", Fails(path).Message);
        var allowed = PriceCsv.Load(path, options: new PriceCsvOptions { AllowZeroPrices = true });
        Assert.Equal([0, 1], allowed.Close);
        var negative = _files.Write("n.csv", Header + "2024-01-02,-1,0,-1,0,0\n");
        Assert.Throws<DataFormatException>(() => PriceCsv.Load(negative, options: new PriceCsvOptions { AllowZeroPrices = true }));
    }

    [Fact]
    public void Dates_in_order_accepts_either_direction_and_names_the_line_that_turns_back()
    {
        var ordered = new PriceCsvOptions { RequireDatesInOrder = true };
        var descending = _files.Write("d.csv", Header + "2024-01-04,3,3,3,3,1\n2024-01-03,2,2,2,2,1\n2024-01-02,1,1,1,1,1\n");
        Assert.Equal([1, 2, 3], PriceCsv.Load(descending, options: ordered).Close);
        var pasted = _files.Write("p.csv", Header + "2024-01-02,1,1,1,1,1\n2024-01-03,2,2,2,2,1\n2023-06-01,9,9,9,9,1\n2023-06-02,9,9,9,9,1\n");
        var e = Assert.Throws<DataFormatException>(() => PriceCsv.Load(pasted, options: ordered));
        Assert.Equal(4, e.Line);
        Assert.Contains("out of order", e.Message);
        // Skip mode does not skip it: the file, not a row, is wrong.
        Assert.Throws<DataFormatException>(() => PriceCsv.Load(pasted, options: ordered with { OnBadRows = BadRowPolicy.Skip }));
        // Without the option any order loads, sorted.
        Assert.Equal([9, 9, 1, 2], PriceCsv.Load(pasted).Close);
    }

    [Fact]
    public void Reads_yahoo_exports_and_adjusts_when_asked()
    {
        var yahoo = "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,100,110,90,100,50,1000\n2024-01-03,100,100,100,100,50,1000\n";
        var path = _files.Write("aapl.csv", yahoo);
        Assert.Equal(100, PriceCsv.Load(path).Close[0]);
        var adjusted = PriceCsv.Load(path, options: new PriceCsvOptions { UseAdjustedClose = true });
        Assert.Equal(50, adjusted.Close[0]);
        Assert.Equal(55, adjusted.High[0]);
        Assert.Equal(45, adjusted.Low[0]);
    }

    [Fact]
    public void Reads_stooq_raw_exports_with_separate_date_and_time()
    {
        var stooq = "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\n" +
                    "AAPL.US,5,20240102,153000,1,2,0.5,1.5,10,0\nAAPL.US,5,20240102,153500,1.5,2,1,1.2,10,0\n";
        var s = PriceCsv.Load(_files.Write("aapl_us.csv", stooq));
        Assert.Equal("AAPL.US", s.Symbol);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 15, 35, 0, TimeSpan.FromHours(-5)), s.Timestamps[1]);
    }

    [Fact]
    public void Reads_intraday_times_with_offsets_as_given()
    {
        var s = PriceCsv.Load(_files.Write("i.csv", "timestamp,open,high,low,close,volume\n2024-01-02T14:30:00Z,1,1,1,1,1\n2024-01-02T09:31:00-05:00,1,1,1,1,1\n"));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 14, 31, 0, TimeSpan.Zero), s.Timestamps[1].ToUniversalTime());
    }

    [Fact]
    public void Splits_a_multi_symbol_file_and_builds_an_aligned_panel_with_explicit_gaps()
    {
        var path = _files.Write("u.csv", "date,symbol,open,high,low,close,volume\n" +
            "2024-01-02,AAA,1,1,1,1,1\n2024-01-02,BBB,2,2,2,2,2\n2024-01-03,AAA,1.1,1.1,1.1,1.1,1\n2024-01-04,AAA,1.2,1.2,1.2,1.2,1\n2024-01-04,BBB,2.2,2.2,2.2,2.2,2\n");
        var many = PriceCsv.LoadMany(path);
        Assert.Equal(["AAA", "BBB"], many.Select(s => s.Symbol));
        var panel = PriceCsv.LoadPanel(path);
        Assert.Equal(3, panel.DayCount);
        Assert.True(double.IsNaN(panel.Close[1, 1])); // BBB has no bar on Jan 3
        Assert.Equal(2.2, panel.Close[2, 1]);
        Assert.Equal(2, panel.Series("BBB").Count);
    }

    [Fact]
    public void Reads_a_folder_of_one_file_per_symbol()
    {
        _files.Write("folder/aaa.csv", Header + "2024-01-02,1,1,1,1,1\n");
        _files.Write("folder/bbb.csv", Header + "2024-01-02,2,2,2,2,2\n");
        var many = PriceCsv.LoadMany(_files.PathOf("folder"));
        Assert.Equal(["AAA", "BBB"], many.Select(s => s.Symbol));
    }

    [Fact]
    public void Round_trips_through_the_writer()
    {
        var path = _files.Write("u.csv", "date,symbol,open,high,low,close,volume\n2024-01-02,AAA,1.1,1.3,1.0,1.2,100\n2024-01-03,AAA,0.1,0.30000000000000004,0.1,0.2,5\n");
        var series = PriceCsv.LoadMany(path);
        var sw = new StringWriter();
        PriceCsv.Write(sw, series);
        var again = PriceCsv.LoadMany(_files.Write("v.csv", sw.ToString()));
        Assert.Equal(series[0].High, again[0].High);
        Assert.Equal(series[0].Timestamps, again[0].Timestamps);
    }

    [Fact]
    public void Rows_in_any_order_load_sorted()
    {
        var s = PriceCsv.Load(_files.Write("m.csv", Header + "2024-01-02,2,2,2,2,1\n2024-01-03,3,3,3,3,1\n2024-01-01,1,1,1,1,1\n2024-01-04,4,4,4,4,1\n"));
        Assert.Equal([1, 2, 3, 4], s.Close);
        var d = PriceCsv.Load(_files.Write("d.csv", Header + "2024-01-04,4,4,4,4,1\n2024-01-03,3,3,3,3,1\n2024-01-05,5,5,5,5,1\n"));
        Assert.Equal([3, 4, 5], d.Close);
    }

    [Fact]
    public void Duplicate_timestamps_name_the_second_line()
    {
        var e = Fails(_files.Write("d.csv", Header + "2024-01-02,1,1,1,1,1\n2024-01-03,1,1,1,1,1\n2024-01-03,1,1,1,1,1\n"));
        Assert.Equal(4, e.Line);
        Assert.Contains("duplicate", e.Message);
        Assert.Contains("line 3", e.Message); // where it was first seen
    }

    [Theory]
    [InlineData("2024-01-03,,1,1,1,1", "open", "empty")]
    [InlineData("2024-01-03,1,1,1,,1", "close", "empty")]
    [InlineData(",1,1,1,1,1", "date", "empty")]
    [InlineData("2024-01-03,1,abc,1,1,1", "high", "not a number")]
    [InlineData("2024-01-03,1,1,1,NaN,1", "close", "not a number")]
    [InlineData("2024-01-03,1,1,1,Infinity,1", "close", "not a number")]
    [InlineData("2024-01-03,1,1,1,1,x", "volume", "not a number")]
    [InlineData("2024-13-45,1,1,1,1,1", "date", "is not a date")]
    [InlineData("2024-01-03,1,1,2,1,1", "high", "below low")]
    [InlineData("2024-01-03,-1,1,0,1,1", "open", "not positive")]
    [InlineData("2024-01-03,1,1,1,1,-5", "volume", "negative volume")]
    [InlineData("2024-01-03,1,1,1", null, "expected 6 fields")]
    public void Bad_fields_name_file_line_and_column(string badRow, string? column, string problem)
    {
        var path = _files.Write("bad.csv", Header + "2024-01-02,1,1,1,1,1\n" + badRow + "\n2024-01-04,1,1,1,1,1\n");
        var e = Fails(path);
        Assert.Equal(3, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains("line 3", e.Message);
        Assert.Contains(problem, e.Message);
        Assert.StartsWith(path, e.Message);
    }

    [Fact]
    public void A_header_without_a_close_column_is_named()
    {
        var e = Fails(_files.Write("h.csv", "date,open,high,low,volume\n2024-01-02,1,1,1,1\n"));
        Assert.Equal(1, e.Line);
        Assert.Equal("close", e.Column);
    }

    [Fact]
    public void Zero_prices_are_bad_ticks_but_zero_volume_is_a_day()
    {
        var e = Fails(_files.Write("z.csv", Header + "2024-01-02,1,1,1,1,0\n2024-01-03,0,0,0,0,0\n"));
        Assert.Equal((3, "open"), (e.Line, e.Column));
        Assert.Equal([0.0], PriceCsv.Load(_files.Write("v.csv", Header + "2024-01-02,1,1,1,1,0\n")).Volume);
    }

    [Fact]
    public void Random_garbage_raises_only_the_loaders_exception()
    {
        var rng = new Random(7);
        string alphabet = "0123456789-,.:\"\n\r TZabcxyz+e";
        for (int trial = 0; trial < 400; trial++)
        {
            int len = rng.Next(0, 200);
            var chars = new char[len];
            for (int i = 0; i < len; i++) chars[i] = alphabet[rng.Next(alphabet.Length)];
            string body = trial % 2 == 0 ? Header + new string(chars) : new string(chars);
            var path = _files.Write($"g{trial}.csv", body);
            try { PriceCsv.LoadMany(path); }
            catch (DataFormatException) { }
            // Any other exception type fails the test by escaping.
        }
        for (int trial = 0; trial < 100; trial++)
        {
            var bytes = new byte[rng.Next(0, 300)];
            rng.NextBytes(bytes);
            var path = _files.PathOf($"b{trial}.csv");
            File.WriteAllBytes(path, bytes);
            try { PriceCsv.LoadMany(path); }
            catch (DataFormatException) { }
        }
    }
}
