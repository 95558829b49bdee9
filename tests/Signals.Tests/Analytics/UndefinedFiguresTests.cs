using Signals.Analytics;
using Signals.Analytics.Protocols;
using Signals.Backtesting;

namespace Signals.Tests.Analytics;

/// <summary>Figures the kit cannot stand behind are NaN with a reason, never a number computed from a constant.</summary>
public sealed class UndefinedFiguresTests
{
    private static readonly DateOnly[] Dates = [.. Enumerable.Range(0, 30).Select(i => new DateOnly(2024, 1, 1).AddDays(i))];

    private static double[] Walk(int seed)
    {
        var rng = new Random(seed);
        var equity = new double[Dates.Length];
        equity[0] = 100;
        for (int i = 1; i < equity.Length; i++) equity[i] = equity[i - 1] * (1 + 0.01 * (rng.NextDouble() - 0.5));
        return equity;
    }

    [Fact]
    public void A_book_that_never_traded_has_no_Sharpe_alpha_or_beta_and_says_why()
    {
        var flat = Enumerable.Repeat(1e6, Dates.Length).ToArray();
        var zeros = new double[Dates.Length];
        var s = PerformanceStats.Of(Dates, flat, zeros, zeros, [], Walk(1));

        Assert.True(double.IsNaN(s.Sharpe) && double.IsNaN(s.Alpha) && double.IsNaN(s.Beta));
        Assert.Equal("the returns have no variance: the book never held a position", s.Undefined.For("sharpe"));
        Assert.StartsWith("the returns have no variance", s.Undefined.For("beta"));
        Assert.Equal("not defined: the returns have no variance: the book never held a position", s.Figure("sharpe", s.Sharpe).Format("0.00"));
        Assert.Contains("\"undefined\":{", s.ToJson());
        Assert.Equal(0, s.AnnualVolatility);                 // a volatility of zero is a fact, not undefined
        Assert.Null(s.Undefined.For("annualVolatility"));
    }

    [Fact]
    public void A_moving_book_has_every_figure_defined_and_its_json_has_no_undefined_member()
    {
        var zeros = new double[Dates.Length];
        var s = PerformanceStats.Of(Dates, Walk(2), Enumerable.Repeat(1.0, Dates.Length).ToArray(), zeros, [], Walk(3));
        Assert.False(s.Undefined.Any);
        Assert.DoesNotContain("undefined", s.ToJson());
        Assert.Equal(s.ToJson(), s.ToJsonNode().ToJsonString());
    }

    [Fact]
    public void The_information_ratio_of_a_flat_strategy_is_undefined_not_the_benchmark_negated()
    {
        var flat = Enumerable.Repeat(1e6, Dates.Length).ToArray();
        var c = BenchmarkComparison.OfEquity(flat, Walk(4));
        Assert.True(double.IsNaN(c.InformationRatio));
        Assert.Contains("never held a position", c.Undefined.For("informationRatio"));
        Assert.False(c.Figure("informationRatio", c.InformationRatio).IsDefined);
        Assert.True(double.IsFinite(c.TrackingError));       // still a measured fact about the two series

        var moving = BenchmarkComparison.OfEquity(Walk(5), Walk(4));
        Assert.True(double.IsFinite(moving.InformationRatio));
        Assert.False(moving.Undefined.Any);
    }

    [Fact]
    public void An_ic_without_any_day_says_why_and_one_day_has_no_t_statistic()
    {
        var none = InformationCoefficient.Summarize([double.NaN, double.NaN, double.NaN], 1);
        Assert.NotNull(none.Undefined.For("mean"));
        Assert.NotNull(none.Undefined.For("tStat"));
        var one = InformationCoefficient.Summarize([0.1, double.NaN], 1);
        Assert.Null(one.Undefined.For("mean"));
        Assert.Equal("fewer than two days with an IC", one.Undefined.For("tStat"));
        var many = InformationCoefficient.Summarize([0.1, 0.05, -0.02, 0.08], 1);
        Assert.False(many.Undefined.Any);
    }

    [Fact]
    public void A_regression_on_a_score_equal_within_every_day_has_no_coefficient()
    {
        var rng = new Random(6);
        var same = new List<PooledObservation>();
        var varied = new List<PooledObservation>();
        for (int day = 0; day < 20; day++)
        {
            double score = 0.1 * (day % 7) - 0.3;   // one market-wide score a day
            for (int name = 0; name < 8; name++)
            {
                double y = 0.01 * (rng.NextDouble() - 0.5);
                same.Add(new PooledObservation(day, score, y));
                varied.Add(new PooledObservation(day, score + 0.1 * name, y));
            }
        }
        var fit = DayFixedEffectsRegression.Fit(same);
        Assert.False(fit.IsDefined);
        Assert.True(double.IsNaN(fit.Coefficient));
        Assert.Contains("does not vary within any day", fit.UndefinedReason);
        Assert.True(DayFixedEffectsRegression.Fit(varied).IsDefined);
    }
}
