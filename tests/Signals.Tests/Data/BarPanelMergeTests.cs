using Signals.Data;

namespace Signals.Tests.Data;

/// <summary>The one-pass panel of daily series equals the cell-by-cell alignment it replaced, gaps and odd calendars included.</summary>
public sealed class BarPanelMergeTests
{
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5));

    private static BarSeries Daily(string symbol, IEnumerable<int> days, double seed)
    {
        var list = days.ToList();
        var t = list.Select(d => Start.AddDays(d)).ToArray();
        double[] Column(double k) => list.Select(d => seed * 1000 + d + k).ToArray();
        return new BarSeries(symbol, t, Column(0.1), Column(0.4), Column(0.0), Column(0.2), Column(0.3));
    }

    /// <summary>The alignment as first written: NaN everywhere, then each bar at its date's row.</summary>
    private static (DateOnly[] Dates, double[][] Fields) Reference(IReadOnlyList<BarSeries> series)
    {
        var dates = series.SelectMany(s => s.Dates()).Distinct().Order().ToArray();
        var row = dates.Select((date, i) => (date, i)).ToDictionary(p => p.date, p => p.i);
        var fields = Enumerable.Range(0, 5).Select(_ => Enumerable.Repeat(double.NaN, dates.Length * series.Count).ToArray()).ToArray();
        for (int s = 0; s < series.Count; s++)
        {
            var d = series[s].Dates();
            for (int i = 0; i < d.Length; i++)
            {
                int cell = row[d[i]] * series.Count + s;
                fields[0][cell] = series[s].Open[i]; fields[1][cell] = series[s].High[i]; fields[2][cell] = series[s].Low[i];
                fields[3][cell] = series[s].Close[i]; fields[4][cell] = series[s].Volume[i];
            }
        }
        return (dates, fields);
    }

    private static void AssertSame(IReadOnlyList<BarSeries> series)
    {
        var panel = BarPanel.FromSeries(series);
        var (dates, fields) = Reference(series);
        Assert.Equal(dates, panel.Dates);
        var actual = new[] { panel.Open, panel.High, panel.Low, panel.Close, panel.Volume };
        for (int f = 0; f < 5; f++)
            Assert.Equal(fields[f].Select(BitConverter.DoubleToInt64Bits), actual[f].Values.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Days_the_longest_series_lacks_are_merged_in()
    {
        AssertSame([
            Daily("LONG", Enumerable.Range(5, 30).Where(d => d % 7 != 3), 1),
            Daily("EARLY", Enumerable.Range(0, 8), 2),
            Daily("LATE", Enumerable.Range(30, 10), 3),
            Daily("HOLES", [3, 10, 17, 24, 31], 4),
            Daily("NONE", [], 5),
        ]);
    }

    [Fact]
    public void Many_symbols_over_several_bands_with_listings_delistings_and_gaps()
    {
        var random = new Random(11);
        var series = new List<BarSeries>();
        for (int s = 0; s < 75; s++)
        {
            int first = random.Next(0, 200), last = random.Next(first, 400);
            series.Add(Daily($"S{s:D3}", Enumerable.Range(first, last - first).Where(_ => random.NextDouble() > 0.05), s));
        }
        AssertSame(series);
    }

    [Fact]
    public void No_series_make_an_empty_panel()
    {
        var panel = BarPanel.FromSeries([]);
        Assert.Empty(panel.Dates);
        Assert.Empty(panel.Close.Values);
    }

    [Fact]
    public void Two_bars_on_one_date_still_name_the_first_symbol_that_has_them()
    {
        var intraday = new BarSeries("INTRA", [Start, Start.AddHours(4)], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1]);
        var error = Assert.Throws<ArgumentException>(() => BarPanel.FromSeries([Daily("A", [0, 1], 1), intraday]));
        Assert.Equal("INTRA has two bars on 2020-01-01; a panel holds daily bars.", error.Message);
    }

    [Fact]
    public void Large_panels_are_written_in_full()
    {
        // Above LargeArrays' threshold (8 MB a field), where the arrays are neither zeroed nor ordinary pages.
        var days = Enumerable.Range(0, 2100).ToArray();
        var series = Enumerable.Range(0, 520).Select(s => Daily($"S{s}", days.Where(d => (d + s) % 13 != 0), s)).ToList();
        AssertSame(series);
    }
}
