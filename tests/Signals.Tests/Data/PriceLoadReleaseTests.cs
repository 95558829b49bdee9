using Signals.Backtesting.Portfolios;
using Signals.Data;

namespace Signals.Tests.Data;

/// <summary>What a load still answers after its per-symbol series are let go, and the in-place turnover band.</summary>
public sealed class PriceLoadReleaseTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("signals-release-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Release_keeps_the_panel_row_sources_and_counts_and_refuses_the_series()
    {
        var path = Path.Combine(_dir, "prices.csv");
        File.WriteAllText(path, "date,symbol,open,high,low,close,volume\n"
            + "2024-01-02,AAA,10,11,9,10.5,100\n2024-01-03,AAA,10.5,12,10,11,200\n2024-01-02,BBB,20,21,19,20.5,300\n");
        var load = PriceCsv.LoadWithReport(path);
        var expected = load.Panel.Close.Values.ToArray();
        long bars = load.Bars;
        var source = load.SourceOf("AAA", new DateOnly(2024, 1, 3));

        var panel = load.ReleaseSeries();

        Assert.Same(load.Panel, panel);
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), panel.Close.Values.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(3, bars);
        Assert.Equal(bars, load.Bars);
        Assert.Equal(source, load.SourceOf("AAA", new DateOnly(2024, 1, 3)));
        Assert.Equal(new PriceSource(path, 3), load.SourceOf("AAA", new DateOnly(2024, 1, 3)));
        Assert.Null(load.SourceOf("CCC", new DateOnly(2024, 1, 3)));
        var error = Assert.Throws<InvalidOperationException>(() => load.Series);
        Assert.Contains("ReleaseSeries", error.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Released_without_highs_and_lows_the_panel_holds_the_same_opens_closes_and_volumes_and_refuses_the_rest(bool panelBuiltFirst)
    {
        var path = Path.Combine(_dir, "prices.csv");
        // BBB misses a day (NaN cells) and files before AAA.
        File.WriteAllText(path, "date,symbol,open,high,low,close,volume\n"
            + "2024-01-02,BBB,20,21,19,20.5,300\n2024-01-02,AAA,10,11,9,10.5,100\n2024-01-03,AAA,10.5,12,10,11,200\n2024-01-04,BBB,20.1,21.5,19.5,21,310\n");
        var full = PriceCsv.LoadWithReport(path).Panel;
        var load = PriceCsv.LoadWithReport(path);
        if (panelBuiltFirst) _ = load.Panel;

        var panel = load.ReleaseSeries(withHighLow: false);

        Assert.True(full.HasHighLow);
        Assert.False(panel.HasHighLow);
        Assert.Same(panel, load.Panel);
        Assert.Equal(full.Dates, panel.Dates);
        Assert.Equal(full.Symbols, panel.Symbols);
        foreach (var (a, b) in new[] { (full.Open, panel.Open), (full.Close, panel.Close), (full.Volume, panel.Volume) })
            Assert.Equal(a.Values.Select(BitConverter.DoubleToInt64Bits), b.Values.Select(BitConverter.DoubleToInt64Bits));
        Assert.Contains(panel.Close.Values, double.IsNaN);
        var error = Assert.Throws<InvalidOperationException>(() => panel.High);
        Assert.Contains("without highs and lows", error.Message);
        Assert.Throws<InvalidOperationException>(() => panel.Low);
        Assert.False(panel.Slice(1, 2).HasHighLow);
        Assert.False(panel.Select([1]).HasHighLow);
        Assert.Equal(full.Select([1]).Close.Values, panel.Select([1]).Close.Values);
        Assert.True(full.Slice(1, 2).HasHighLow);
        Assert.Equal(full.Slice(1, 2).High.Values, full.High.Slice(1, 2).Values);
    }

    [Fact]
    public void Banding_in_place_equals_the_copying_band()
    {
        var dates = new[] { new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 3), new DateOnly(2024, 1, 4), new DateOnly(2024, 1, 5) };
        var targets = new Panel(dates, ["A", "B"], [0.5, -0.5, 0.52, -0.3, double.NaN, -0.31, 0.1, 0.2]);
        var copied = TurnoverBand.Apply(targets, 0.05);
        var inPlace = new Panel(dates, ["A", "B"], (double[])targets.Values.Clone());
        TurnoverBand.ApplyInPlace(inPlace, 0.05);
        Assert.Equal([0.5, -0.5, 0.5, -0.3, 0, -0.3, 0.1, 0.2], copied.Values);
        Assert.Equal(copied.Values, inPlace.Values);
    }
}
