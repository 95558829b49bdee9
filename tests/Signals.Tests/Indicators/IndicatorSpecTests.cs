using Signals.Indicators;

namespace Signals.Tests.Indicators;

public class IndicatorSpecTests
{
    [Theory]
    [InlineData("sma:20", "sma:20.sma")]
    [InlineData("macd:12:26:9", "macd:12:26:9.macd,macd:12:26:9.signal,macd:12:26:9.histogram,macd:12:26:9.fastEma,macd:12:26:9.slowEma")]
    [InlineData("bb:20:2", "bb:20:2.sma,bb:20:2.upperBand,bb:20:2.lowerBand,bb:20:2.percentB,bb:20:2.zScore,bb:20:2.width")]
    [InlineData("atr:14", "atr:14.tr,atr:14.atr,atr:14.atrp")]
    [InlineData("stoch:14:3:3", "stoch:14:3:3.oscillator,stoch:14:3:3.signal,stoch:14:3:3.percentJ")]
    [InlineData("adx:14", "adx:14.pdi,adx:14.mdi,adx:14.dx,adx:14.adx,adx:14.adxr")]
    [InlineData("obv", "obv.obv")]
    [InlineData("willr:14", "willr:14.williamsR")]
    [InlineData("roc:14", "roc:14.roc,roc:14.momentum")]
    [InlineData("psar:0.02:0.2", "psar:0.02:0.2.sar,psar:0.02:0.2.isReversal")]
    [InlineData("vwap", "vwap.vwap")]
    [InlineData("vwap:2020-01-10T10:00", "vwap:2020-01-10T10:00.vwap")]
    [InlineData("rsi", "rsi.rsi")]
    [InlineData("donchian:20", "donchian:20.upperBand,donchian:20.centerline,donchian:20.lowerBand,donchian:20.width")]
    [InlineData("keltner:20:2:10", "keltner:20:2:10.upperBand,keltner:20:2:10.centerline,keltner:20:2:10.lowerBand,keltner:20:2:10.width")]
    public void ColumnsAreNamedSpecDotField(string text, string columns)
    {
        var bars = RandomBars.Walk(1, 50);
        var computed = IndicatorSpec.Parse(text).Compute(bars);
        Assert.Equal(columns, string.Join(',', computed.Select(c => c.Name)));
        Assert.All(computed, c => Assert.Equal(50, c.Values.Length));
    }

    [Fact]
    public void ArgumentsReachTheIndicator()
    {
        var bars = RandomBars.Walk(2, 200);
        Assert.Equal(bars.Close.Sma(7), IndicatorSpec.Parse("sma:7").Compute(bars)[0].Values);
        Assert.Equal(bars.Close.Rsi(14), IndicatorSpec.Parse("rsi").Compute(bars)[0].Values);
        Assert.Equal(bars.Stochastic(10, 4, 2).PercentJ, IndicatorSpec.Parse("stoch:10:4:2").Compute(bars)[2].Values);
        Assert.Equal(bars.BollingerBands(10, 1.5).UpperBand, IndicatorSpec.Parse("BB:10:1.5").Compute(bars)[1].Values);
        Assert.Equal(bars.ParabolicSar(0.02, 0.2, 0.01).Sar, IndicatorSpec.Parse("psar:0.02:0.2:0.01").Compute(bars)[0].Values);
    }

    [Fact]
    public void ReversalIsAFlagColumnWithNoValueInWarmUp()
    {
        var bars = RandomBars.Walk(3, 300);
        var cols = IndicatorSpec.Parse("psar").Compute(bars);
        Assert.True(cols[1].IsFlag);
        for (int i = 0; i < bars.Count; i++)
            Assert.Equal(double.IsNaN(cols[0].Values[i]), double.IsNaN(cols[1].Values[i]));
    }

    [Theory]
    [InlineData("foo:3", "Unknown indicator 'foo'")]
    [InlineData("sma", "needs period")]
    [InlineData("sma:0", "at least 1")]
    [InlineData("sma:2.5", "whole number")]
    [InlineData("sma:20:3", "at most 1")]
    [InlineData("macd:26:12:9", "slow must be greater than fast")]
    [InlineData("bb:20:-2", "positive number")]
    [InlineData("psar:0.3:0.2", "max must be at least")]
    [InlineData("vwap:yesterday", "not an ISO date")]
    [InlineData("", "No indicator specs")]
    [InlineData("sma:20,sma:20", "listed twice")]
    public void BadSpecsSayWhatIsWrong(string text, string message)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => IndicatorSpec.ParseList(text));
        Assert.Contains(message, ex.Message);
    }
}
