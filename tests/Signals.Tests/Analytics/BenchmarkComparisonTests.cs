using Signals.Analytics;

namespace Signals.Tests.Analytics;

public sealed class BenchmarkComparisonTests
{
    [Fact]
    public void A_strategy_that_is_alpha_plus_beta_times_the_benchmark_gives_them_back_in_closed_form()
    {
        var rng = new Random(4);
        var b = Enumerable.Range(0, 500).Select(_ => 0.01 * (rng.NextDouble() - 0.5)).ToArray();
        const double a = 0.0003, beta = 1.5;
        var r = b.Select(x => a + beta * x).ToArray();

        var c = BenchmarkComparison.Of(r, b, 252);

        // r − b = a + (β − 1) b, so TE = |β − 1| sd(b) √252 and IR = 252 (a + (β − 1) mean b) / TE.
        double meanB = b.Average();
        double sdB = Math.Sqrt(b.Sum(x => (x - meanB) * (x - meanB)) / (b.Length - 1));
        double te = (beta - 1) * sdB * Math.Sqrt(252);
        Assert.Equal(a * 252, c.Alpha, 10);
        Assert.Equal(beta, c.Beta, 10);
        Assert.Equal(te, c.TrackingError, 10);
        Assert.Equal(252 * (a + (beta - 1) * meanB) / te, c.InformationRatio, 8);
        Assert.Equal(500, c.Days);
    }

    [Fact]
    public void The_benchmark_against_itself_has_beta_one_and_no_tracking_error()
    {
        double[] equity = [100, 101, 99, 102, 104, 103];
        var c = BenchmarkComparison.OfEquity(equity, equity);
        Assert.Equal(1, c.Beta, 12);
        Assert.Equal(0, c.Alpha, 12);
        Assert.Equal(0, c.TrackingError);
        Assert.True(double.IsNaN(c.InformationRatio));
    }
}
