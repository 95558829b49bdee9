using Signals.Indicators;

namespace Signals.Tests.Indicators;

/// <summary>
/// Inputs past the kernels' stack scratch (more than 1,024 bars, or a window whose deques need more than 1,024 slots)
/// take the rented-buffer paths: the numbers stay those of the naive oracles and of the streams, bit for bit.
/// </summary>
public class LongInputTests
{
    [Theory]
    [InlineData(3000, 20)]
    [InlineData(3000, 600)]
    [InlineData(700, 513)]
    public void RollingExtremeAndDeviationKernelsMatchOraclesAndStreams(int bars, int period)
    {
        var b = RandomBars.Walk(77 + period, bars);
        var raw = Naive.RawStochastic(b.High, b.Low, b.Close, period);

        var willr = b.WilliamsR(period);
        SeriesAssert.Near(raw.Select(v => v - 100).ToArray(), willr, what: "willr");
        var willrStream = new WilliamsRStream(period);
        SeriesAssert.Same(willr, b.Bars().Select(x => willrStream.Add(x)).ToArray(), "willr stream");

        var stoch = b.Stochastic(period, 3, 3);
        var k = Naive.SmaOfDefined(raw, 3);
        SeriesAssert.Near(k, stoch.Oscillator, what: "%K");
        SeriesAssert.Near(Naive.SmaOfDefined(k, 3), stoch.Signal, what: "%D");
        var stochStream = new StochasticStream(period, 3, 3);
        SeriesAssert.Same(stoch.PercentJ, b.Bars().Select(x => stochStream.Add(x).PercentJ).ToArray(), "%J stream");

        var cci = b.Cci(period);
        SeriesAssert.Near(Naive.Cci(b.High, b.Low, b.Close, period), cci, 1e-8, "cci");
        var cciStream = new CciStream(period);
        SeriesAssert.Same(cci, b.Bars().Select(x => cciStream.Add(x)).ToArray(), "cci stream");
    }

    /// <summary>Short windows are scanned whole unless a high or low is NaN; then the deques run, as in the streams.</summary>
    [Theory]
    [InlineData(40)]
    [InlineData(200)]
    [InlineData(1500)]
    public void ANaNBarGivesTheStreamsNumbersToo(int at)
    {
        var b = RandomBars.Walk(5, 2000);
        b.High[at] = double.NaN;
        b.Low[at + 3] = double.NaN;
        var willr = new WilliamsRStream(14);
        SeriesAssert.Same(b.WilliamsR(14), b.Bars().Select(x => willr.Add(x)).ToArray(), "willr");
        var stoch = new StochasticStream(14, 3, 3);
        SeriesAssert.Same(b.Stochastic(14, 3, 3).Oscillator, b.Bars().Select(x => stoch.Add(x).Oscillator).ToArray(), "%K");
    }
}
