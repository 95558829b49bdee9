using Signals.Indicators;

namespace Signals.Tests.Indicators;

/// <summary>The fast rolling kernels agree with textbook re-implementations on seeded random walks.</summary>
public class OracleTests
{
    public static TheoryData<int, int> Cases => new() { { 1, 1 }, { 2, 2 }, { 3, 5 }, { 4, 14 }, { 5, 20 }, { 6, 50 } };

    [Theory, MemberData(nameof(Cases))]
    public void MovingAverages(int seed, int period)
    {
        var x = RandomBars.Values(seed, 700);
        SeriesAssert.Near(Naive.Sma(x, period), x.Sma(period), what: "sma");
        SeriesAssert.Near(Naive.Ema(x, period), x.Ema(period), what: "ema");
        SeriesAssert.Near(Naive.Wma(x, period), x.Wma(period), what: "wma");
        SeriesAssert.Near(Naive.Rsi(x, period), x.Rsi(period), what: "rsi");
    }

    [Theory, MemberData(nameof(Cases))]
    public void Bollinger(int seed, int period)
    {
        if (period < 2) return;
        var x = RandomBars.Values(seed, 700);
        var e = Naive.Bollinger(x, period, 2);
        var a = x.BollingerBands(period, 2);
        SeriesAssert.Near(e.Sma, a.Sma); SeriesAssert.Near(e.Upper, a.UpperBand); SeriesAssert.Near(e.Lower, a.LowerBand);
        SeriesAssert.Near(e.PercentB, a.PercentB, 1e-8); SeriesAssert.Near(e.Z, a.ZScore, 1e-8); SeriesAssert.Near(e.Width, a.Width, 1e-8);
        SeriesAssert.Near(e.Z, x.ZScore(period), 1e-8, "zscore");
    }

    [Fact]
    public void MacdIsTheDifferenceOfTwoEmasAndItsSignal()
    {
        var x = RandomBars.Values(7, 600);
        var m = x.Macd(12, 26, 9);
        var fast = Naive.Ema(x, 12);
        var slow = Naive.Ema(x, 26);
        var line = fast.Zip(slow, (f, s) => f - s).ToArray();
        var signal = new double[x.Length];
        Array.Fill(signal, double.NaN);
        var defined = Naive.Ema(line.Skip(25).ToArray(), 9);
        Array.Copy(defined, 0, signal, 25, defined.Length);
        SeriesAssert.Near(fast, m.FastEma); SeriesAssert.Near(slow, m.SlowEma); SeriesAssert.Near(line, m.Macd);
        SeriesAssert.Near(signal, m.Signal);
        SeriesAssert.Near(line.Zip(signal, (a, b) => a - b).ToArray(), m.Histogram);
        Assert.Equal(25, SeriesAssert.LeadingNaN(m.Macd));
        Assert.Equal(33, SeriesAssert.LeadingNaN(m.Signal));
    }

    [Theory, MemberData(nameof(Cases))]
    public void BarIndicators(int seed, int period)
    {
        var b = RandomBars.Walk(seed, 500);
        SeriesAssert.Near(Naive.TrueRange(b.High, b.Low, b.Close), b.Atr(period).Tr, what: "tr");
        SeriesAssert.Near(Naive.Atr(b.High, b.Low, b.Close, period), b.Atr(period).Atr, what: "atr");
        var raw = Naive.RawStochastic(b.High, b.Low, b.Close, period);
        SeriesAssert.Near(raw.Select(v => v - 100).ToArray(), b.WilliamsR(period), what: "willr");
        var stoch = b.Stochastic(period, 3, 3);
        var k = Naive.SmaOfDefined(raw, 3);
        SeriesAssert.Near(k, stoch.Oscillator, what: "%K");
        SeriesAssert.Near(Naive.SmaOfDefined(k, 3), stoch.Signal, what: "%D");
        if (period >= 2) SeriesAssert.Near(Naive.Cci(b.High, b.Low, b.Close, period), b.Cci(period), 1e-8, "cci");
        var adx = b.Adx(period);
        var e = Naive.Adx(b.High, b.Low, b.Close, period);
        SeriesAssert.Near(e.Pdi, adx.Pdi, 1e-8, "pdi"); SeriesAssert.Near(e.Mdi, adx.Mdi, 1e-8, "mdi");
        SeriesAssert.Near(e.Dx, adx.Dx, 1e-8, "dx"); SeriesAssert.Near(e.Adx, adx.Adx, 1e-8, "adx"); SeriesAssert.Near(e.Adxr, adx.Adxr, 1e-8, "adxr");
    }

    [Theory, MemberData(nameof(Cases))]
    public void Channels(int seed, int period)
    {
        var b = RandomBars.Walk(seed, 400);
        var donchian = b.Donchian(period);
        var keltner = b.Keltner(period, 1.5, 10);
        var ema = Naive.Ema(b.Close, period);
        var atr = Naive.Atr(b.High, b.Low, b.Close, 10);
        for (int i = 0; i < b.Count; i++)
        {
            if (i < period) Assert.True(double.IsNaN(donchian.UpperBand[i]));
            else
            {
                // The channel of the bars before bar i.
                double hh = b.High.Skip(i - period).Take(period).Max(), ll = b.Low.Skip(i - period).Take(period).Min();
                Assert.Equal(hh, donchian.UpperBand[i]);
                Assert.Equal(ll, donchian.LowerBand[i]);
                Assert.Equal((hh + ll) / 2, donchian.Centerline[i], 12);
                Assert.Equal((hh - ll) / ((hh + ll) / 2), donchian.Width[i], 12);
            }
            if (double.IsNaN(ema[i]) || double.IsNaN(atr[i])) Assert.True(double.IsNaN(keltner.Centerline[i]));
            else
            {
                Assert.Equal(ema[i], keltner.Centerline[i], 9);
                Assert.Equal(ema[i] + 1.5 * atr[i], keltner.UpperBand[i], 9);
                Assert.Equal(ema[i] - 1.5 * atr[i], keltner.LowerBand[i], 9);
            }
        }
    }

    [Theory]
    [InlineData(11, 0.02, 0.2)]
    [InlineData(12, 0.01, 0.1)]
    [InlineData(13, 0.05, 0.5)]
    public void ParabolicSar(int seed, double step, double max)
    {
        var b = RandomBars.Walk(seed, 800);
        var (sar, rev) = Naive.ParabolicSar(b.High, b.Low, step, max);
        var r = b.ParabolicSar(step, max);
        SeriesAssert.Near(sar, r.Sar, 1e-9, "sar");
        Assert.Equal(rev, r.IsReversal);
        Assert.Contains(true, r.IsReversal);
    }

    [Fact]
    public void VwapObvRocAndReturns()
    {
        var b = RandomBars.Walk(21, 300);
        double pv = 0, vol = 0, obv = 0;
        var vwap = b.Vwap();
        var obvs = b.Obv();
        var roc = b.Roc(10);
        var ret = b.SimpleReturns();
        var log = b.LogReturns();
        for (int i = 0; i < b.Count; i++)
        {
            pv += b.Volume[i] * (b.High[i] + b.Low[i] + b.Close[i]) / 3;
            vol += b.Volume[i];
            Assert.Equal(pv / vol, vwap[i], 9);
            if (i > 0) obv += Math.Sign(b.Close[i] - b.Close[i - 1]) * b.Volume[i];
            Assert.Equal(obv, obvs[i]);
            if (i >= 10)
            {
                Assert.Equal(b.Close[i] - b.Close[i - 10], roc.Momentum[i], 9);
                Assert.Equal(100 * (b.Close[i] / b.Close[i - 10] - 1), roc.Roc[i], 9);
            }
            if (i >= 1)
            {
                Assert.Equal(b.Close[i] / b.Close[i - 1] - 1, ret[i], 12);
                Assert.Equal(Math.Log(b.Close[i] / b.Close[i - 1]), log[i], 12);
            }
        }
    }

    [Fact]
    public void RealizedVolatilityIsTheAnnualisedSampleDeviationOfLogReturns()
    {
        var x = RandomBars.Values(31, 400);
        var log = x.LogReturns();
        var vol = x.RealizedVolatility(20, 252);
        Assert.Equal(20, SeriesAssert.LeadingNaN(vol));
        for (int i = 20; i < x.Length; i++)
        {
            var window = log.Skip(i - 19).Take(20).ToArray();
            double m = window.Average();
            double sample = Math.Sqrt(window.Sum(r => (r - m) * (r - m)) / 19);
            Assert.Equal(sample * Math.Sqrt(252), vol[i], 10);
        }
    }

    [Fact]
    public void LongSeriesStayExactDespiteRollingSums()
    {
        // A price spike far above the rest would leave rounding residue in a naive running sum forever.
        var x = RandomBars.Values(41, 5000, start: 1);
        x[100] = 1e9;
        SeriesAssert.Near(Naive.Sma(x, 20).Skip(4000).ToArray(), x.Sma(20).Skip(4000).ToArray(), 1e-12);
        SeriesAssert.Near(Naive.Wma(x, 20).Skip(4000).ToArray(), x.Wma(20).Skip(4000).ToArray(), 1e-12);
        SeriesAssert.Near(Naive.Bollinger(x, 20, 2).Z.Skip(4000).ToArray(), x.ZScore(20).Skip(4000).ToArray(), 1e-9);
    }
}
