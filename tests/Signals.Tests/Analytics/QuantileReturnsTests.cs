using Signals.Analytics;
using Signals.Data;

namespace Signals.Tests.Analytics;

public class QuantileReturnsTests
{
    [Fact]
    public void Planted_signal_gives_monotone_quantile_returns_and_positive_spread()
    {
        var dates = AnalyticsFixtures.TradingDays(250);
        var syms = AnalyticsFixtures.Symbols(50);
        var signal = AnalyticsFixtures.Noise(dates, syms, seed: 10);
        var noise = AnalyticsFixtures.Noise(dates, syms, seed: 11);
        var forward = new Panel(dates, syms);
        for (int i = 0; i < forward.Values.Length; i++) forward.Values[i] = 0.002 * signal.Values[i] + 0.01 * noise.Values[i];

        var q = QuantileReturns.Compute(signal, forward, quantiles: 5);

        for (int k = 1; k < 5; k++) Assert.True(q.MeanReturn[k] > q.MeanReturn[k - 1], $"quantile {k + 1} not above {k}");
        Assert.True(q.Spread > 0);
        Assert.True(q.SpreadTStat > 5);
        Assert.All(q.Observations, o => Assert.Equal(250 * 10, o));
    }

    [Fact]
    public void Buckets_are_equal_count_and_keep_ties_together()
    {
        var dates = AnalyticsFixtures.TradingDays(1);
        string[] syms = ["A", "B", "C", "D", "E", "F"];
        var signal = new Panel(dates, syms, [6, 5, 4, 3, 2, 1]);
        var forward = new Panel(dates, syms, [0.6, 0.5, 0.4, 0.3, 0.2, 0.1]);
        var q = QuantileReturns.Compute(signal, forward, quantiles: 3);
        Assert.Equal([0.15, 0.35, 0.55], q.MeanReturn, new ToleranceComparer(1e-12));
        Assert.Equal(0.4, q.Spread, 12);

        // Signals 1,1,1,1,5,6: the four tied share average rank 2.5, so all land in bucket ⌊2·3/6⌋ + 1 = 2, together.
        var tied = new Panel(dates, syms, [1, 1, 1, 1, 5, 6]);
        var qt = QuantileReturns.Compute(tied, forward, quantiles: 3);
        Assert.Equal([0, 4, 2], qt.Observations);
        Assert.True(double.IsNaN(qt.MeanReturn[0]));
        Assert.Equal(0.45, qt.MeanReturn[1], 12);
    }

    [Fact]
    public void Demeaned_returns_remove_the_market_move()
    {
        var dates = AnalyticsFixtures.TradingDays(1);
        string[] syms = ["A", "B", "C", "D"];
        var signal = new Panel(dates, syms, [1, 2, 3, 4]);
        var forward = new Panel(dates, syms, [0.11, 0.12, 0.13, 0.14]);
        var q = QuantileReturns.Compute(signal, forward, quantiles: 2, demeaned: true);
        Assert.Equal([-0.01, 0.01], q.MeanReturn, new ToleranceComparer(1e-12));
    }
}
