using Signals.Data;
using Signals.Indicators;

namespace Signals.Tests.Indicators;

/// <summary>
/// An indicator over a <see cref="BarPanel"/>: each symbol's column is that symbol's own indicator, bit for bit, on the
/// panel's dates, NaN on the days it has no bar; the warm-up counts bars, not calendar days.
/// </summary>
public class PanelIndicatorTests
{
    /// <summary>Four symbols on the same walk dates: one complete, one listed late, one delisted early, one with halts.</summary>
    private static BarSeries[] Universe()
    {
        var full = Renamed(RandomBars.Walk(31, 300), "FULL");
        var late = Renamed(RandomBars.Walk(32, 300).Slice(60, 240), "LATE");
        var early = Renamed(RandomBars.Walk(33, 300).Slice(0, 200), "EARLY");
        var halted = Without(Renamed(RandomBars.Walk(34, 300), "HALT"), [5, 12, 13, 14, 100, 101, 250]);
        return [full, late, early, halted];
    }

    public static TheoryData<string> Lines => ["rsi", "sma", "stoch.oscillator", "stoch.signal", "willr", "cci", "macd.histogram", "atr"];

    private static double[] Line(BarSeries bars, string name) => name switch
    {
        "rsi" => bars.Close.Rsi(14),
        "sma" => bars.Close.Sma(20),
        "stoch.oscillator" => bars.Stochastic(14, 3, 3).Oscillator,
        "stoch.signal" => bars.Stochastic(14, 3, 3).Signal,
        "willr" => bars.WilliamsR(14),
        "cci" => bars.Cci(20),
        "macd.histogram" => bars.Close.Macd(12, 26, 9).Histogram,
        "atr" => bars.Atr(14).Atr,
        _ => throw new ArgumentException(name),
    };

    [Theory, MemberData(nameof(Lines))]
    public void EachColumnIsThatSymbolsOwnIndicator(string name)
    {
        var universe = Universe();
        var prices = BarPanel.FromSeries(universe);

        var panel = prices.Indicator(b => Line(b, name));

        Assert.Equal(prices.Dates, panel.Dates);
        Assert.Equal(prices.Symbols, panel.Symbols);
        for (int s = 0; s < universe.Length; s++)
        {
            var series = universe[s];
            var expected = Line(series, name);
            var dayOfBar = series.Dates().Select(d => Array.IndexOf(prices.Dates, d)).ToArray();
            Assert.DoesNotContain(-1, dayOfBar);
            var aligned = new double[series.Count];
            for (int i = 0; i < series.Count; i++) aligned[i] = panel[dayOfBar[i], s];
            SeriesAssert.Same(expected, aligned, $"{name} {series.Symbol}");
            var days = new HashSet<int>(dayOfBar);
            for (int d = 0; d < panel.DayCount; d++)
                if (!days.Contains(d)) Assert.True(double.IsNaN(panel[d, s]), $"{series.Symbol} has no bar on day {d}, got {panel[d, s]}");
        }
    }

    [Fact]
    public void WarmUpCountsBarsNotDays()
    {
        var prices = BarPanel.FromSeries(Universe());
        var sma = prices.Indicator(b => b.Close.Sma(3));
        int halt = prices.Close.SymbolIndex("HALT");
        // HALT misses days 12–14: its day-15 SMA averages days 10, 11 and 15, the last three bars it has.
        double expected = (prices.Close[10, halt] + prices.Close[11, halt] + prices.Close[15, halt]) / 3;
        Assert.Equal(expected, sma[15, halt], 12);
        int late = prices.Close.SymbolIndex("LATE");
        Assert.True(double.IsNaN(sma[61, late]), "the second bar after listing is still warming up");
        Assert.False(double.IsNaN(sma[62, late]), "the third bar after listing has a value");
    }

    [Fact]
    public void SpecGivesTheSamePanelAsTheExtension()
    {
        var prices = BarPanel.FromSeries(Universe());
        Assert.Equal(prices.Indicator(b => b.Stochastic(10, 4, 2).PercentJ).Values,
            IndicatorSpec.Parse("stoch:10:4:2").Compute(prices, "percentJ").Values);
        Assert.Equal(prices.Indicator(b => b.Cci(20)).Values, IndicatorSpec.Parse("cci:20").Compute(prices).Values);
    }

    [Fact]
    public void SpecNeedsAFieldWhenItHasSeveral()
    {
        var prices = BarPanel.FromSeries(Universe());
        var none = Assert.Throws<ArgumentException>(() => IndicatorSpec.Parse("macd").Compute(prices));
        Assert.Contains("macd, signal, histogram", none.Message);
        var wrong = Assert.Throws<ArgumentException>(() => IndicatorSpec.Parse("macd").Compute(prices, "upperBand"));
        Assert.Contains("no field 'upperBand'", wrong.Message);
    }

    [Fact]
    public void AnIndicatorThatDropsBarsIsAnError()
    {
        var prices = BarPanel.FromSeries(Universe());
        var e = Assert.Throws<ArgumentException>(() => prices.Indicator(b => b.Close[1..]));
        Assert.Contains("FULL", e.Message);
        Assert.Contains("one per bar", e.Message);
    }

    private static BarSeries Renamed(BarSeries b, string symbol) => new(symbol, b.Timestamps, b.Open, b.High, b.Low, b.Close, b.Volume);

    private static BarSeries Without(BarSeries b, int[] drop)
    {
        var keep = Enumerable.Range(0, b.Count).Where(i => !drop.Contains(i)).ToArray();
        return new BarSeries(b.Symbol, [.. keep.Select(i => b.Timestamps[i])], [.. keep.Select(i => b.Open[i])], [.. keep.Select(i => b.High[i])],
            [.. keep.Select(i => b.Low[i])], [.. keep.Select(i => b.Close[i])], [.. keep.Select(i => b.Volume[i])]);
    }
}
