using Signals.Data;
using Signals.Indicators;

namespace Signals.Tests.Indicators;

/// <summary>Small cases worked out by hand.</summary>
public class HandComputedTests
{
    private static readonly double N = double.NaN;

    private static BarSeries Bars(params (double High, double Low, double Close, double Volume)[] rows)
    {
        var t = Enumerable.Range(0, rows.Length).Select(i => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(i)).ToArray();
        return new BarSeries("T", t, rows.Select(r => r.Close).ToArray(), rows.Select(r => r.High).ToArray(),
            rows.Select(r => r.Low).ToArray(), rows.Select(r => r.Close).ToArray(), rows.Select(r => r.Volume).ToArray());
    }

    [Fact]
    public void Sma() => Assert.Equal([N, N, 2, 3, 4], new double[] { 1, 2, 3, 4, 5 }.Sma(3));

    [Fact]
    public void EmaIsSeededWithTheSimpleAverage() =>
        // k = 2/(3+1) = 0.5; seed (2+4+6)/3 = 4; then 4 + 0.5·(8−4) = 6; 6 + 0.5·(12−6) = 9.
        Assert.Equal([N, N, 4, 6, 9], new double[] { 2, 4, 6, 8, 12 }.Ema(3));

    [Fact]
    public void WmaWeightsTheNewestMost() =>
        Assert.Equal([N, N, 14 / 6.0, 20 / 6.0], new double[] { 1, 2, 3, 4 }.Wma(3));

    [Fact]
    public void RsiUsesWilderSmoothing()
    {
        // Changes +1, −1, +2. Seed: gain 0.5, loss 0.5 → 50. Next: gain (0.5+2)/2 = 1.25, loss 0.25 → RS 5 → 83.33.
        var rsi = new double[] { 10, 11, 10, 12 }.Rsi(2);
        Assert.True(double.IsNaN(rsi[0]) && double.IsNaN(rsi[1]));
        Assert.Equal(50, rsi[2], 12);
        Assert.Equal(100 - 100 / 6.0, rsi[3], 12);
    }

    [Fact]
    public void RsiWithoutLossesIs100() => Assert.Equal([N, N, 100, 100], new double[] { 1, 2, 3, 4 }.Rsi(2));

    [Fact]
    public void BollingerBandsUsePopulationDeviation()
    {
        // Mean 3, variance (4+1+0+1+4)/5 = 2.
        var bb = new double[] { 1, 2, 3, 4, 5 }.BollingerBands(5, 2);
        double sd = Math.Sqrt(2);
        Assert.Equal(3, bb.Sma[4], 12);
        Assert.Equal(3 + 2 * sd, bb.UpperBand[4], 12);
        Assert.Equal(3 - 2 * sd, bb.LowerBand[4], 12);
        Assert.Equal(2 / sd, bb.ZScore[4], 12);
        Assert.Equal((5 - (3 - 2 * sd)) / (4 * sd), bb.PercentB[4], 12);
        Assert.Equal(4 * sd / 3, bb.Width[4], 12);
        Assert.True(double.IsNaN(bb.Sma[3]));
    }

    [Fact]
    public void AtrSeedsWithTheMeanTrueRange()
    {
        // TR: none, 2, 2, then a gap up: max(1, |15−11|, |14−11|) = 4. ATR(2): (2+2)/2 = 2, then (2·1 + 4)/2 = 3.
        var atr = Bars((10, 8, 9, 1), (11, 9, 10, 1), (12, 10, 11, 1), (15, 14, 14.5, 1)).Atr(2);
        Assert.Equal([N, 2, 2, 4], atr.Tr);
        Assert.Equal([N, N, 2, 3], atr.Atr);
        Assert.Equal(3 / 14.5 * 100, atr.Atrp[3], 12);
    }

    [Fact]
    public void ObvAddsUpVolumeAndSubtractsDownVolume() =>
        Assert.Equal([0, 6, 6, -2], Bars((10, 10, 10, 5), (11, 11, 11, 6), (11, 11, 11, 7), (9, 9, 9, 8)).Obv());

    [Fact]
    public void RocAndMomentum()
    {
        var roc = new double[] { 10, 12, 9 }.Roc(1);
        Assert.Equal([N, 2, -3], roc.Momentum);
        Assert.Equal([N, 20, -25], roc.Roc);
    }

    [Fact]
    public void VwapIsCumulativeTypicalPriceWeightedByVolume() =>
        // Typical prices 2 and 4 with volumes 100 and 300: (200 + 1200)/400 = 3.5.
        Assert.Equal([2, 3.5], Bars((3, 1, 2, 100), (6, 3, 3, 300)).Vwap());

    [Fact]
    public void AnchoredVwapStartsAtTheAnchor()
    {
        var bars = Bars((3, 1, 2, 100), (6, 3, 3, 300), (9, 9, 9, 100));
        var vwap = bars.Vwap(bars.Timestamps[1]);
        Assert.True(double.IsNaN(vwap[0]));
        Assert.Equal([4, (1200 + 900) / 400.0], vwap[1..]);
    }

    [Fact]
    public void WilliamsRAndStochastic()
    {
        // Window of 2: highest 12, lowest 8, close 11 → raw %K 75, %R −25.
        var bars = Bars((10, 8, 9, 1), (12, 9, 11, 1));
        Assert.Equal([N, -25], bars.WilliamsR(2));
        Assert.Equal([N, 75], bars.Stochastic(2, 1, 1).Oscillator);
    }

    [Fact]
    public void CciOfARisingLine()
    {
        // Typical prices 1, 2, 3: mean 2, mean absolute deviation 2/3 → (3−2)/(0.015·2/3) = 100.
        Assert.Equal(100, Bars((1, 1, 1, 1), (2, 2, 2, 1), (3, 3, 3, 1)).Cci(3)[2], 10);
    }

    [Fact]
    public void ParabolicSarFollowsARiseThenReverses()
    {
        // Guessed rise from bar 0; bar 1's low breaks the SAR (first reversal: discarded with the guess);
        // the fall then reverses again on bar 3's high, where SAR = the extreme low 7.
        var bars = Bars((10, 9, 9.5, 1), (9.5, 7, 7.5, 1), (9, 7.5, 8, 1), (12, 10, 11.5, 1));
        var r = bars.ParabolicSar(0.02, 0.2);
        Assert.True(double.IsNaN(r.Sar[0]) && double.IsNaN(r.Sar[1]));
        // Bar 2 falling: prior SAR 10 (the old extreme), 10 − 0.02·(10 − 7) = 9.94, not below the last two highs (10, 9.5).
        Assert.Equal(10, r.Sar[2], 12);
        Assert.False(r.IsReversal[2]);
        Assert.Equal(7, r.Sar[3]);
        Assert.True(r.IsReversal[3]);
    }
}
