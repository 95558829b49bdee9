using Signals.Data;
using Signals.Indicators;

namespace Signals.Tests.Indicators;

public class EdgeCaseTests
{
    /// <summary>Every spec the CLI knows, computed over the bars.</summary>
    private static IEnumerable<IndicatorColumn> AllColumns(BarSeries bars) =>
        IndicatorSpec.ParseList("sma:5,ema:5,wma:5,rsi:5,macd:3:6:4,bb:5:2,atr:5,stoch:5:3:3,adx:5,obv,willr:5,cci:5,roc:5,psar,vwap,zscore:5,rvol:5,ret,logret,donchian:5,keltner:5:2:5")
            .SelectMany(s => s.Compute(bars));

    [Fact]
    public void EmptyInputGivesEmptyResults()
    {
        var bars = RandomBars.Walk(1, 0);
        foreach (var c in AllColumns(bars)) Assert.Empty(c.Values);
        Assert.Empty(Array.Empty<double>().Rsi(14).Ema(20));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void ShorterThanTheLookbackGivesNoValues(int count)
    {
        var bars = RandomBars.Walk(2, count);
        foreach (var c in AllColumns(bars))
        {
            Assert.Equal(count, c.Values.Length);
            if (c.Name is "obv.obv" or "vwap.vwap" or "ret.ret" or "logret.logret" or "psar.sar" or "psar.isReversal" or "atr:5.tr" or "macd:3:6:4.fastEma") continue;
            Assert.All(c.Values, v => Assert.True(double.IsNaN(v), c.Name));
        }
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(250.37)]
    public void ConstantPricesGiveFlatValuesAndNoNoise(double price)
    {
        var bars = RandomBars.Constant(60, price);
        Assert.All(bars.Sma(5).Skip(4), v => Assert.Equal(price, v, 12));
        Assert.All(bars.Ema(5).Skip(4), v => Assert.Equal(price, v, 12));
        var bb = bars.BollingerBands(5);
        // A flat window has zero spread: %B and z-score are undefined rather than rounding noise.
        Assert.All(bb.ZScore, v => Assert.True(double.IsNaN(v)));
        Assert.All(bb.PercentB, v => Assert.True(double.IsNaN(v)));
        Assert.All(bb.Width.Skip(4), v => Assert.Equal(0, v));
        Assert.All(bars.ZScore(5), v => Assert.True(double.IsNaN(v)));
        Assert.All(bars.Rsi(5).Skip(5), v => Assert.Equal(100, v));
        Assert.All(bars.Stochastic(5).Oscillator.Skip(6), v => Assert.Equal(0, v));
        Assert.All(bars.WilliamsR(5).Skip(4), v => Assert.Equal(-100, v));
        Assert.All(bars.Cci(5), v => Assert.True(double.IsNaN(v)));
        Assert.All(bars.Atr(5).Atr.Skip(5), v => Assert.Equal(0, v));
        Assert.All(bars.Adx(5).Adx, v => Assert.True(double.IsNaN(v)));
        Assert.All(bars.Obv(), v => Assert.Equal(0, v));
        Assert.All(bars.RealizedVolatility(5).Skip(5), v => Assert.Equal(0, v));
    }

    [Fact]
    public void AFlatWindowAfterAMoveHasExactlyZeroSpread()
    {
        // Rolling sums carry rounding from the move; the flat window must still read σ = 0, not noise.
        var x = RandomBars.Values(8, 300, start: 1000);
        for (int i = 200; i < 230; i++) x[i] = 987.65;
        var bb = x.BollingerBands(10, 2);
        var stream = new BollingerBandsStream(10, 2);
        var streamed = x.Select(v => stream.Add(v)).ToArray();
        for (int i = 209; i < 230; i++)
        {
            Assert.Equal(bb.UpperBand[i], bb.LowerBand[i]);
            Assert.True(double.IsNaN(bb.ZScore[i]) && double.IsNaN(streamed[i].ZScore));
            Assert.Equal(987.65, bb.Sma[i], 10);
        }
        SeriesAssert.Near(Naive.Bollinger(x, 10, 2).Upper, bb.UpperBand, 1e-10);
    }

    [Fact]
    public void ZeroPricesAndVolumesNeverGiveInfinity()
    {
        var bars = RandomBars.Constant(80, 0, volume: 0);
        foreach (var c in AllColumns(bars))
            Assert.All(c.Values, v => Assert.False(double.IsInfinity(v), c.Name));
    }

    [Fact]
    public void VwapWaitsForTheFirstVolume()
    {
        var walk = RandomBars.Walk(3, 20);
        var volume = (double[])walk.Volume.Clone();
        for (int i = 0; i < 5; i++) volume[i] = 0;
        var bars = new BarSeries("V", walk.Timestamps, walk.Open, walk.High, walk.Low, walk.Close, volume);
        var vwap = bars.Vwap();
        Assert.Equal(5, SeriesAssert.LeadingNaN(vwap));
        Assert.Equal((walk.High[5] + walk.Low[5] + walk.Close[5]) / 3, vwap[5], 12);
    }

    [Fact]
    public void ChainedIndicatorsStartOnceTheirInputHasEnoughValues()
    {
        var closes = RandomBars.Values(4, 300);
        var rsi = closes.Rsi(14);
        var smoothed = rsi.Ema(20);
        Assert.Equal(14, SeriesAssert.LeadingNaN(rsi));
        Assert.Equal(14 + 19, SeriesAssert.LeadingNaN(smoothed));
        SeriesAssert.Near(Naive.Ema(rsi.Skip(14).ToArray(), 20), smoothed.Skip(14).ToArray());
    }

    [Fact]
    public void AGapRestartsTheWarmUp()
    {
        var x = RandomBars.WithGaps(5, 400);
        // SMA: a value exactly where the window holds no gap, equal to the plain mean.
        SeriesAssert.Near(Naive.SmaOfDefined(x, 10), x.Sma(10));
        // EMA: each run of numbers is a fresh series.
        var ema = x.Ema(10);
        int start = 64;
        SeriesAssert.Near(Naive.Ema(x[start..Math.Max(start, NextNaN(x, start))], 10), ema[start..Math.Max(start, NextNaN(x, start))]);
        Assert.All(Enumerable.Range(0, x.Length).Where(i => double.IsNaN(x[i])), i => Assert.True(double.IsNaN(ema[i])));
    }

    private static int NextNaN(double[] x, int from)
    {
        for (int i = from; i < x.Length; i++) if (double.IsNaN(x[i])) return i;
        return x.Length;
    }

    [Fact]
    public void BadArgumentsAreRejected()
    {
        var x = RandomBars.Values(6, 50);
        Assert.Throws<ArgumentOutOfRangeException>(() => x.Sma(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => x.Macd(26, 12, 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => x.BollingerBands(20, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParabolicSarStream(0.3, 0.2));
        Assert.Throws<ArgumentException>(() => IndicatorKernels.Sma(x, 5, new double[49]));
        Assert.Throws<ArgumentException>(() => IndicatorKernels.Atr(x, x.AsSpan(1), x, 5, new double[50], new double[50], new double[50]));
    }
}
