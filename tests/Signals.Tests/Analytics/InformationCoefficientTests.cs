using Signals.Analytics;
using Signals.Backtesting;
using Signals.Data;

namespace Signals.Tests.Analytics;

public class InformationCoefficientTests
{
    [Fact]
    public void Forward_returns_follow_the_documented_bases()
    {
        var dates = AnalyticsFixtures.TradingDays(4);
        string[] syms = ["A"];
        var open = new Panel(dates, syms, [10, 11, 12, 13]);
        var close = new Panel(dates, syms, [20, 22, 25, 30]);

        var nextOpen = ForwardReturns.NextOpen(open, 2);
        Assert.Equal(13.0 / 11 - 1, nextOpen[0, 0], 12);   // decided at bar 0, filled at open 1, held 2 bars
        Assert.True(double.IsNaN(nextOpen[1, 0]));           // open[4] does not exist

        var c2c = ForwardReturns.CloseToClose(close, 1);
        Assert.Equal([0.1, 25.0 / 22 - 1, 0.2, double.NaN], c2c.Values, new ToleranceComparer(1e-12));

        // Known before the open of bar t (news aligned to the open): entered at open t itself.
        var atOpen = ForwardReturns.OpenToOpen(open, 2);
        Assert.Equal([12.0 / 10 - 1, 13.0 / 11 - 1, double.NaN, double.NaN], atOpen.Values, new ToleranceComparer(1e-12));
        var bars = new BarPanel(dates, syms, open, open, open, close, open);
        Assert.Equal(atOpen.Values, ForwardReturns.Compute(bars, 2, ForwardReturnBasis.Open).Values);
    }

    [Fact]
    public void The_default_basis_is_where_the_backtester_fills_the_signal()
    {
        Assert.Equal(ForwardReturnBasis.Open, ForwardReturns.BasisFor(DecisionTiming.Open));
        Assert.Equal(ForwardReturnBasis.NextOpen, ForwardReturns.BasisFor(DecisionTiming.Close));
        Assert.Equal(ForwardReturnBasis.CloseToClose, ForwardReturns.BasisFor(DecisionTiming.Open, FillTiming.Close));
        Assert.Equal(ForwardReturnBasis.CloseToClose, ForwardReturns.BasisFor(DecisionTiming.Close, FillTiming.Close));

        var bars = AnalyticsFixtures.RandomBars(80, 20, seed: 4);
        var signal = ForwardReturns.Compute(bars, 1, ForwardReturnBasis.Open);
        var byDefault = InformationCoefficient.Of(signal, bars, [1]);
        Assert.Equal(ForwardReturnBasis.Open, byDefault.Basis);
        Assert.Equal(1.0, byDefault.ByHorizon[0].Mean, 12);   // the signal is open t → open t+1 itself
        Assert.Equal(ForwardReturnBasis.NextOpen, InformationCoefficient.Of(signal, bars, [1], timing: DecisionTiming.Close).Basis);
    }

    [Theory]
    [InlineData(IcMethod.Pearson)]
    [InlineData(IcMethod.Spearman)]
    public void Signal_equal_to_the_forward_return_has_ic_of_one(IcMethod method)
    {
        var bars = AnalyticsFixtures.RandomBars(60, 30, seed: 1);
        var forward = ForwardReturns.Compute(bars, 5);
        var signal = forward.Clone();

        var ic = InformationCoefficient.Series(signal, forward, method);

        for (int d = 0; d < 60 - 6; d++) Assert.Equal(1.0, ic[d], 12);
        for (int d = 60 - 6; d < 60; d++) Assert.True(double.IsNaN(ic[d])); // forward window runs past the data
    }

    [Fact]
    public void Analyze_reports_each_horizon_in_order_with_perfect_ic_only_where_the_signal_matches()
    {
        var bars = AnalyticsFixtures.RandomBars(120, 40, seed: 2);
        var signal = ForwardReturns.Compute(bars, 10, ForwardReturnBasis.CloseToClose);

        var analysis = InformationCoefficient.Of(signal, bars, basis: ForwardReturnBasis.CloseToClose);

        Assert.Equal([1, 5, 10, 20], analysis.ByHorizon.Select(r => r.Horizon).ToArray());
        var at10 = analysis.ByHorizon[2];
        Assert.Equal(1.0, at10.Mean, 12);
        Assert.Equal(110, at10.Days);
        Assert.True(analysis.ByHorizon[0].Mean < 0.6); // a 10-day return only partly predicts the 1-day one
        Assert.Equal(analysis.Decay.Select(d => d.MeanIc), analysis.ByHorizon.Select(r => r.Mean));
    }

    [Fact]
    public void Independent_noise_has_ic_near_zero()
    {
        var bars = AnalyticsFixtures.RandomBars(400, 100, seed: 3);
        var noise = AnalyticsFixtures.Noise(bars.Dates, bars.Symbols, seed: 4);

        var r = InformationCoefficient.Summarize(InformationCoefficient.Series(noise, ForwardReturns.Compute(bars, 1)), 1);

        // Daily IC of 100 independent pairs has std ≈ 0.1; the mean over ~400 days has std ≈ 0.005.
        Assert.InRange(r.Mean, -0.02, 0.02);
        Assert.InRange(r.Std, 0.07, 0.13);
        Assert.InRange(r.TStat, -3.5, 3.5);
    }

    [Fact]
    public void Spearman_handles_ties_with_average_ranks()
    {
        var dates = AnalyticsFixtures.TradingDays(1);
        string[] syms = ["A", "B", "C", "D"];
        var signal = new Panel(dates, syms, [1, 2, 2, 3]);
        var forward = new Panel(dates, syms, [1, 3, 2, 4]);

        var ic = InformationCoefficient.Series(signal, forward, IcMethod.Spearman, minObservations: 2);

        // Ranks (1, 2.5, 2.5, 4) vs (1, 3, 2, 4): 4.5 / √(4.5·5); scipy.stats.spearmanr gives 0.9486832980505138.
        Assert.Equal(0.9486832980505138, ic[0], 12);
    }

    [Fact]
    public void Missing_values_are_skipped_pairwise_and_thin_days_give_nan()
    {
        var dates = AnalyticsFixtures.TradingDays(2);
        string[] syms = ["A", "B", "C", "D", "E"];
        var signal = new Panel(dates, syms, [1, 2, double.NaN, 4, 5, /* day 1 */ 1, double.NaN, double.NaN, double.NaN, 2]);
        var forward = new Panel(dates, syms, [0.1, 0.2, 0.3, double.NaN, 0.5, /* day 1 */ 0.1, 0.2, 0.3, 0.4, 0.5]);

        var ic = InformationCoefficient.Series(signal, forward, IcMethod.Pearson, minObservations: 3);

        Assert.Equal(1.0, ic[0], 12); // A, B, E lie on a line
        Assert.True(double.IsNaN(ic[1]));
    }

    [Fact]
    public void Misaligned_panels_are_rejected()
    {
        var a = new Panel(AnalyticsFixtures.TradingDays(3), ["A", "B"]);
        var b = new Panel(AnalyticsFixtures.TradingDays(3), ["A", "C"]);
        var ex = Assert.Throws<ArgumentException>(() => InformationCoefficient.Series(a, b));
        Assert.Contains("'B' vs 'C'", ex.Message);
    }

    [Fact]
    public void Summary_statistics_and_overlap_adjusted_t_stats()
    {
        double[] series = [0.1, 0.2, double.NaN, 0.05, 0.15, 0.1];
        var r = InformationCoefficient.Summarize(series, 2);
        double[] valid = [0.1, 0.2, 0.05, 0.15, 0.1];
        Assert.Equal(5, r.Days);
        Assert.Equal(valid.Average(), r.Mean, 12);
        Assert.Equal(TStatistics.Plain(valid), r.TStat, 12);
        Assert.Equal(TStatistics.Plain([0.1, 0.15]), r.NonOverlappingTStat, 12); // days 0, 2 (NaN, skipped), 4
        Assert.Equal(1.0, r.PositiveFraction);
    }

    [Fact]
    public void Newey_west_with_no_lags_uses_the_population_variance_and_shrinks_under_autocorrelation()
    {
        double[] x = [0.3, -0.1, 0.2, 0.4, 0.0, 0.1];
        double mean = x.Average(), pop = x.Sum(v => (v - mean) * (v - mean)) / x.Length;
        Assert.Equal(mean / Math.Sqrt(pop / x.Length), TStatistics.NeweyWest(x, 0), 12);

        // A smooth, persistent series: overlapping-horizon ICs look like this; HAC must widen the error.
        var persistent = Enumerable.Range(0, 200).Select(i => 0.05 + 0.1 * Math.Sin(i / 15.0)).ToArray();
        Assert.True(TStatistics.NeweyWest(persistent, 9) < 0.5 * TStatistics.Plain(persistent));
    }

    [Fact]
    public void Rank_autocorrelation_is_one_for_a_frozen_ranking_and_near_zero_for_fresh_noise()
    {
        var dates = AnalyticsFixtures.TradingDays(50);
        var syms = AnalyticsFixtures.Symbols(80);
        var noise = AnalyticsFixtures.Noise(dates, syms, seed: 30);
        var trending = new Panel(dates, syms);
        for (int d = 0; d < 50; d++)
            for (int s = 0; s < 80; s++) trending[d, s] = s + 0.1 * d; // ranking never changes

        var frozen = InformationCoefficient.RankAutocorrelation(trending, lag: 2);
        Assert.True(double.IsNaN(frozen[0]) && double.IsNaN(frozen[1]));
        Assert.All(frozen[2..], v => Assert.Equal(1.0, v, 12));

        var fresh = InformationCoefficient.RankAutocorrelation(noise);
        Assert.InRange(fresh[1..].Average(), -0.05, 0.05);
    }
}
