using Signals.Data;
using Signals.Indicators;

namespace Signals.Tests.Indicators;

/// <summary>
/// Property: over seeded random series and random parameters, each streaming form gives exactly the batch
/// numbers (bit for bit), including through NaN gaps, and allocates nothing per update once built.
/// </summary>
public class StreamingTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(100, 12)];

    [Theory, MemberData(nameof(Seeds))]
    public void SingleSeriesStreamsEqualBatch(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(0, 600);
        var x = seed % 2 == 0 ? RandomBars.WithGaps(seed, n) : RandomBars.Values(seed, n);
        int p = rng.Next(1, 40);

        SeriesAssert.Same(x.Sma(p), Run(new SmaStream(p), x, (s, v) => s.Add(v)), "sma");
        SeriesAssert.Same(x.Ema(p), Run(new EmaStream(p), x, (s, v) => s.Add(v)), "ema");
        SeriesAssert.Same(x.Wma(p), Run(new WmaStream(p), x, (s, v) => s.Add(v)), "wma");
        SeriesAssert.Same(x.Rsi(p), Run(new RsiStream(p), x, (s, v) => s.Add(v)), "rsi");
        var roc = x.Roc(p);
        SeriesAssert.Same(roc.Roc, Run(new RocStream(p), x, (s, v) => s.Add(v).Roc), "roc");
        SeriesAssert.Same(roc.Momentum, Run(new RocStream(p), x, (s, v) => s.Add(v).Momentum), "momentum");

        double k = 1 + rng.NextDouble() * 2;
        var bb = x.BollingerBands(p, k);
        var bbs = new BollingerBandsStream(p, k);
        var points = x.Select(v => bbs.Add(v)).ToArray();
        SeriesAssert.Same(bb.Sma, points.Select(q => q.Sma).ToArray(), "bb.sma");
        SeriesAssert.Same(bb.UpperBand, points.Select(q => q.UpperBand).ToArray(), "bb.upper");
        SeriesAssert.Same(bb.LowerBand, points.Select(q => q.LowerBand).ToArray(), "bb.lower");
        SeriesAssert.Same(bb.PercentB, points.Select(q => q.PercentB).ToArray(), "bb.percentB");
        SeriesAssert.Same(bb.ZScore, points.Select(q => q.ZScore).ToArray(), "bb.zScore");
        SeriesAssert.Same(bb.Width, points.Select(q => q.Width).ToArray(), "bb.width");
        SeriesAssert.Near(x.Sma(p), bb.Sma, 1e-12, "bb.sma = sma");

        int fast = rng.Next(1, 15), slow = fast + rng.Next(1, 20), signal = rng.Next(1, 12);
        var macd = x.Macd(fast, slow, signal);
        var ms = new MacdStream(fast, slow, signal);
        var mp = x.Select(v => ms.Add(v)).ToArray();
        SeriesAssert.Same(macd.Macd, mp.Select(q => q.Macd).ToArray(), "macd");
        SeriesAssert.Same(macd.Signal, mp.Select(q => q.Signal).ToArray(), "macd.signal");
        SeriesAssert.Same(macd.Histogram, mp.Select(q => q.Histogram).ToArray(), "macd.histogram");
        SeriesAssert.Same(macd.FastEma, mp.Select(q => q.FastEma).ToArray(), "macd.fast");
        SeriesAssert.Same(macd.SlowEma, mp.Select(q => q.SlowEma).ToArray(), "macd.slow");
    }

    [Theory, MemberData(nameof(Seeds))]
    public void BarStreamsEqualBatch(int seed)
    {
        var rng = new Random(seed);
        var bars = RandomBars.Walk(seed, rng.Next(0, 600));
        int p = rng.Next(1, 30);

        var atr = bars.Atr(p);
        var atrs = new AtrStream(p);
        var ap = bars.Bars().Select(b => atrs.Add(b)).ToArray();
        SeriesAssert.Same(atr.Tr, ap.Select(q => q.Tr).ToArray(), "tr");
        SeriesAssert.Same(atr.Atr, ap.Select(q => q.Atr).ToArray(), "atr");
        SeriesAssert.Same(atr.Atrp, ap.Select(q => q.Atrp).ToArray(), "atrp");

        var adx = bars.Adx(p);
        var adxs = new AdxStream(p);
        var dp = bars.Bars().Select(b => adxs.Add(b)).ToArray();
        SeriesAssert.Same(adx.Pdi, dp.Select(q => q.Pdi).ToArray(), "pdi");
        SeriesAssert.Same(adx.Mdi, dp.Select(q => q.Mdi).ToArray(), "mdi");
        SeriesAssert.Same(adx.Dx, dp.Select(q => q.Dx).ToArray(), "dx");
        SeriesAssert.Same(adx.Adx, dp.Select(q => q.Adx).ToArray(), "adx");
        SeriesAssert.Same(adx.Adxr, dp.Select(q => q.Adxr).ToArray(), "adxr");

        int signal = rng.Next(1, 5), smooth = rng.Next(1, 5);
        var st = bars.Stochastic(p, signal, smooth);
        var sts = new StochasticStream(p, signal, smooth);
        var sp = bars.Bars().Select(b => sts.Add(b)).ToArray();
        SeriesAssert.Same(st.Oscillator, sp.Select(q => q.Oscillator).ToArray(), "%K");
        SeriesAssert.Same(st.Signal, sp.Select(q => q.Signal).ToArray(), "%D");
        SeriesAssert.Same(st.PercentJ, sp.Select(q => q.PercentJ).ToArray(), "%J");

        SeriesAssert.Same(bars.WilliamsR(p), Run(new WilliamsRStream(p), bars, (s, b) => s.Add(b)), "willr");
        SeriesAssert.Same(bars.Cci(p), Run(new CciStream(p), bars, (s, b) => s.Add(b)), "cci");
        SeriesAssert.Same(bars.Obv(), Run(new ObvStream(), bars, (s, b) => s.Add(b)), "obv");
        SeriesAssert.Same(bars.Vwap(), Run(new VwapStream(), bars, (s, b) => s.Add(b)), "vwap");
        if (bars.Count > 10)
            SeriesAssert.Same(bars.Vwap(bars.Timestamps[10]), Run(new VwapStream(bars.Timestamps[10]), bars, (s, b) => s.Add(b)), "anchored vwap");

        var psar = bars.ParabolicSar(0.02, 0.2);
        var ps = new ParabolicSarStream(0.02, 0.2);
        var pp = bars.Bars().Select(b => ps.Add(b)).ToArray();
        SeriesAssert.Same(psar.Sar, pp.Select(q => q.Sar).ToArray(), "sar");
        Assert.Equal(psar.IsReversal, pp.Select(q => q.IsReversal).ToArray());

        var donchian = bars.Donchian(p);
        var dcs = new DonchianStream(p);
        var dc = bars.Bars().Select(b => dcs.Add(b)).ToArray();
        SeriesAssert.Same(donchian.UpperBand, dc.Select(q => q.UpperBand).ToArray(), "donchian.upper");
        SeriesAssert.Same(donchian.Centerline, dc.Select(q => q.Centerline).ToArray(), "donchian.center");
        SeriesAssert.Same(donchian.LowerBand, dc.Select(q => q.LowerBand).ToArray(), "donchian.lower");
        SeriesAssert.Same(donchian.Width, dc.Select(q => q.Width).ToArray(), "donchian.width");

        int emaPeriod = rng.Next(1, 30), atrPeriod = rng.Next(1, 20);
        double multiplier = 1 + rng.NextDouble() * 2;
        var keltner = bars.Keltner(emaPeriod, multiplier, atrPeriod);
        var kcs = new KeltnerStream(emaPeriod, multiplier, atrPeriod);
        var kc = bars.Bars().Select(b => kcs.Add(b)).ToArray();
        SeriesAssert.Same(keltner.UpperBand, kc.Select(q => q.UpperBand).ToArray(), "keltner.upper");
        SeriesAssert.Same(keltner.Centerline, kc.Select(q => q.Centerline).ToArray(), "keltner.center");
        SeriesAssert.Same(keltner.LowerBand, kc.Select(q => q.LowerBand).ToArray(), "keltner.lower");
        SeriesAssert.Same(keltner.Width, kc.Select(q => q.Width).ToArray(), "keltner.width");
    }

    [Fact]
    public void StreamsAllocateNothingPerUpdate()
    {
        var bars = RandomBars.Walk(9, 4000);
        var streams = new object[]
        {
            new SmaStream(20), new EmaStream(20), new WmaStream(20), new RsiStream(14), new MacdStream(), new BollingerBandsStream(),
            new RocStream(14), new AtrStream(), new StochasticStream(), new AdxStream(), new WilliamsRStream(), new CciStream(),
            new ObvStream(), new VwapStream(), new ParabolicSarStream(), new DonchianStream(), new KeltnerStream(),
        };
        for (int i = 0; i < 1000; i++) Feed(streams, bars[i]); // warm up (and JIT) first
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1000; i < bars.Count; i++) Feed(streams, bars[i]);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }

    private static void Feed(object[] streams, Bar bar)
    {
        foreach (var s in streams)
        {
            switch (s)
            {
                case SmaStream x: x.Add(bar.Close); break;
                case EmaStream x: x.Add(bar.Close); break;
                case WmaStream x: x.Add(bar.Close); break;
                case RsiStream x: x.Add(bar.Close); break;
                case MacdStream x: x.Add(bar.Close); break;
                case BollingerBandsStream x: x.Add(bar.Close); break;
                case RocStream x: x.Add(bar.Close); break;
                case AtrStream x: x.Add(bar); break;
                case StochasticStream x: x.Add(bar); break;
                case AdxStream x: x.Add(bar); break;
                case WilliamsRStream x: x.Add(bar); break;
                case CciStream x: x.Add(bar); break;
                case ObvStream x: x.Add(bar); break;
                case VwapStream x: x.Add(bar); break;
                case ParabolicSarStream x: x.Add(bar); break;
                case DonchianStream x: x.Add(bar); break;
                case KeltnerStream x: x.Add(bar); break;
            }
        }
    }

    private static double[] Run<TStream>(TStream stream, double[] x, Func<TStream, double, double> add)
    {
        var r = new double[x.Length];
        for (int i = 0; i < x.Length; i++) r[i] = add(stream, x[i]);
        return r;
    }

    private static double[] Run<TStream>(TStream stream, BarSeries bars, Func<TStream, Bar, double> add)
    {
        var r = new double[bars.Count];
        for (int i = 0; i < bars.Count; i++) r[i] = add(stream, bars[i]);
        return r;
    }
}
