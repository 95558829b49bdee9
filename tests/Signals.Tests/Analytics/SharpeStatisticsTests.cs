using Signals.Analytics;
using Signals.Numerics;

namespace Signals.Tests.Analytics;

public class SharpeStatisticsTests
{
    // Reference values computed independently with Python's statistics.NormalDist from the published formulas.

    [Fact]
    public void Probabilistic_sharpe_matches_the_formula_computed_by_hand()
    {
        // SR = 0.1 per day, n = 253, skew −0.5, kurtosis 4:
        // z = 0.1·√252 / √(1 + 0.5·0.1 + 3/4·0.01) = 1.54371..., Φ(z) = 0.938668271349602.
        Assert.Equal(0.938668271349602, SharpeStatistics.Probabilistic(0.1, 253, -0.5, 4), 10);
    }

    [Fact]
    public void Probabilistic_sharpe_of_a_series_uses_its_own_moments()
    {
        var rng = new Random(5);
        var r = Enumerable.Range(0, 500).Select(_ => 0.0005 + 0.01 * AnalyticsFixtures.Gaussian(rng)).ToArray();
        var m = Moments.Of(r);
        double sr = m.Mean / m.SampleStd;
        Assert.Equal(SharpeStatistics.Probabilistic(sr, 500, m.Skewness, m.Kurtosis), SharpeStatistics.Probabilistic(r), 14);
        Assert.InRange(m.Kurtosis, 2.5, 3.5); // plain (not excess) kurtosis of a normal sample
    }

    [Theory]
    [InlineData(10, 1.57459830134575)]
    [InlineData(100, 2.5306028932016846)]
    [InlineData(1000, 3.255121513652723)]
    public void Expected_max_sharpe_follows_the_euler_mascheroni_approximation(int trials, double expected)
    {
        Assert.Equal(expected, SharpeStatistics.ExpectedMaxSharpe(trials, 1.0), 9);
        Assert.Equal(0.5 * expected, SharpeStatistics.ExpectedMaxSharpe(trials, 0.25), 9);
    }

    [Fact]
    public void Deflated_sharpe_matches_hand_value_and_falls_with_more_trials()
    {
        Assert.Equal(0.4194366505841747, SharpeStatistics.Deflated(0.1, 253, -0.5, 4, trials: 100, trialSharpeVariance: 0.002), 9);

        double previous = SharpeStatistics.Deflated(0.1, 253, -0.5, 4, trials: 1, trialSharpeVariance: 0.002);
        Assert.Equal(SharpeStatistics.Probabilistic(0.1, 253, -0.5, 4), previous, 14); // one trial: nothing to deflate
        foreach (int trials in new[] { 2, 5, 10, 50, 100, 1000, 10000 })
        {
            double dsr = SharpeStatistics.Deflated(0.1, 253, -0.5, 4, trials, 0.002);
            Assert.True(dsr < previous, $"DSR did not fall at {trials} trials");
            previous = dsr;
        }
    }

    [Fact]
    public void Deflated_from_trial_sharpes_uses_their_count_and_variance()
    {
        var rng = new Random(9);
        var r = Enumerable.Range(0, 300).Select(_ => 0.001 + 0.01 * AnalyticsFixtures.Gaussian(rng)).ToArray();
        double[] trials = [0.01, 0.05, -0.02, 0.08, 0.03];
        double mean = trials.Average(), variance = trials.Sum(t => (t - mean) * (t - mean)) / 4;
        Assert.Equal(SharpeStatistics.Deflated(r, 5, variance), SharpeStatistics.Deflated(r, trials), 14);
    }

    [Fact]
    public void Bootstrap_is_deterministic_for_a_seed_and_brackets_the_estimate()
    {
        var rng = new Random(21);
        var r = Enumerable.Range(0, 750).Select(_ => 0.0006 + 0.01 * AnalyticsFixtures.Gaussian(rng)).ToArray();

        var a = SharpeBootstrap.Sharpe(r, samples: 500, seed: 7);
        var b = SharpeBootstrap.Sharpe(r, samples: 500, seed: 7);
        var c = SharpeBootstrap.Sharpe(r, samples: 500, seed: 8);

        Assert.Equal(a, b);
        Assert.NotEqual(a.Lower, c.Lower);
        Assert.Equal(Returns.Sharpe(r), a.Estimate, 12);
        Assert.True(a.Lower < a.Estimate && a.Estimate < a.Upper);
        // Sharpe standard error over 3 years ≈ √(1/3) ≈ 0.58 annualised, so a 95% interval spans roughly ±1.1.
        Assert.InRange(a.Upper - a.Lower, 1.5, 3.0);
    }

    [Fact]
    public void Wider_coverage_gives_a_wider_interval()
    {
        var rng = new Random(22);
        var r = Enumerable.Range(0, 500).Select(_ => 0.01 * AnalyticsFixtures.Gaussian(rng)).ToArray();
        var ci90 = SharpeBootstrap.Sharpe(r, samples: 400, level: 0.90, seed: 1);
        var ci99 = SharpeBootstrap.Sharpe(r, samples: 400, level: 0.99, seed: 1);
        Assert.True(ci99.Lower < ci90.Lower && ci99.Upper > ci90.Upper);
    }
}
