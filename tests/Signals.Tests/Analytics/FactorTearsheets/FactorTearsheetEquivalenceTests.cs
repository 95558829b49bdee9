using Signals.Analytics;
using Signals.Analytics.FactorTearsheets;
using Signals.Data;
using Signals.Numerics;
using Signals.SampleData;
using Signals.Tests.SampleData;

namespace Signals.Tests.Analytics.FactorTearsheets;

/// <summary>
/// The tearsheet ranks each day's cross-section once and reuses the order for every figure (for speed). These tests
/// pin that every figure is bit for bit what the kit's one-figure functions give when called one by one
/// (<see cref="InformationCoefficient.Series"/>, <see cref="QuantileReturns.Compute"/>, <see cref="InformationCoefficient.RankAutocorrelation"/>,
/// a group's IC on its own sub-panel): the shortcut may not move a number.
/// </summary>
public sealed class FactorTearsheetEquivalenceTests
{
    [Fact]
    public void Every_figure_equals_the_one_figure_functions_on_a_panel_with_gaps_ties_and_missing_prices()
    {
        // 130 names: above the radix-sort threshold; a 37-name panel below it takes the comparison sort.
        var (bars, factor, groups) = MessyPanel(seed: 11, days: 160, symbols: 130);
        // Horizons not starting at 1, so the one-day series is computed on the side.
        var options = new FactorTearsheetOptions { Horizons = [5, 1, 3], Quantiles = 4, Groups = groups, RollingWindow = 20 };
        AssertSame(Reference(factor, bars, options), FactorTearsheet.Compute(factor, bars, options));
        var noOneDay = options with { Horizons = [2, 7] };
        AssertSame(Reference(factor, bars, noOneDay), FactorTearsheet.Compute(factor, bars, noOneDay));
        var (smallBars, smallFactor, smallGroups) = MessyPanel(seed: 12, days: 120, symbols: 37);
        var small = options with { Groups = smallGroups };
        AssertSame(Reference(smallFactor, smallBars, small), FactorTearsheet.Compute(smallFactor, smallBars, small));
    }

    [Fact]
    public void Every_figure_equals_the_one_figure_functions_on_the_sample()
    {
        var sample = CommittedSample.Load();
        var tone = SampleTruth.ToneByDecisionDay(sample.News, sample.Truth, sample.Panel.Close, sample.Calendar);
        var sectors = sample.Panel.Symbols.Select(s => sample.Universe.Single(u => u.Symbol == s).Sector).ToArray();
        var options = new FactorTearsheetOptions { Groups = sectors };
        AssertSame(Reference(tone, sample.Panel, options), FactorTearsheet.Compute(tone, sample.Panel, options));
    }

    /// <summary>A study shows the tearsheet's one-day quantile returns as its own quintile section: they must be <see cref="QuantileReturns.Compute"/>'s, every field.</summary>
    [Fact]
    public void The_one_day_quantile_returns_equal_QuantileReturns_Compute_to_the_bit()
    {
        var (bars, factor, groups) = MessyPanel(seed: 13, days: 150, symbols: 90);
        foreach (var horizons in new[] { new[] { 5, 1, 3 }, new[] { 2, 7 } })
        {
            var options = new FactorTearsheetOptions { Horizons = horizons, Quantiles = 4, Groups = groups };
            var shared = FactorTearsheet.Compute(factor, bars, options).OneDayQuantiles!;
            var alone = QuantileReturns.Compute(factor, ForwardReturns.Compute(bars, 1, options.Basis), 4);
            Assert.Equal(alone.Quantiles, shared.Quantiles);
            Assert.Equal(alone.Dates, shared.Dates);
            Assert.Equal(alone.MeanReturn, shared.MeanReturn);
            Assert.Equal(alone.Observations, shared.Observations);
            Assert.Equal(alone.DailyMean, shared.DailyMean);
            Assert.Equal(alone.SpreadSeries, shared.SpreadSeries);
            Assert.Equal(alone.Spread, shared.Spread);
            Assert.Equal(alone.SpreadTStat, shared.SpreadTStat);
        }
    }

    /// <summary>Random walks with missing prices, a factor with NaN gaps and many exact ties (values on a coarse grid).</summary>
    private static (BarPanel Bars, Panel Factor, string[] Groups) MessyPanel(int seed, int days, int symbols)
    {
        var rng = new Random(seed);
        var dates = TinyPanels.Weekdays(days);
        var names = TinyPanels.Symbols(symbols).Select((n, i) => n + i).ToArray();
        Panel open = new(dates, names), close = new(dates, names), volume = new(dates, names), factor = new(dates, names);
        for (int s = 0; s < symbols; s++)
        {
            double price = 50 + 50 * rng.NextDouble();
            for (int d = 0; d < days; d++)
            {
                price *= 1 + 0.02 * (rng.NextDouble() - 0.5);
                bool missing = rng.NextDouble() < 0.03;
                open[d, s] = missing ? double.NaN : price;
                close[d, s] = missing ? double.NaN : price * (1 + 0.01 * (rng.NextDouble() - 0.5));
                volume[d, s] = 1e5;
                double u = rng.NextDouble();
                factor[d, s] = u < 0.1 ? double.NaN : Math.Round(4 * (rng.NextDouble() - 0.5), 1);
            }
        }
        // A thin day and an empty day exercise the too-few-names paths.
        for (int s = 3; s < symbols; s++) factor[40, s] = double.NaN;
        for (int s = 0; s < symbols; s++) factor[41, s] = double.NaN;
        // A day with no spread (market-wide news: every name the same score): no name is in the top or bottom quantile.
        for (int s = 0; s < symbols; s++) if (!double.IsNaN(factor[60, s])) factor[60, s] = 0.7;
        var groups = Enumerable.Range(0, symbols).Select(s => "g" + (s % 4)).ToArray();
        return (new BarPanel(dates, names, open, close, close, close, volume), factor, groups);
    }

    /// <summary>The tearsheet assembled from the one-figure functions, one call per figure (the way it was first written).</summary>
    private static FactorTearsheetResult Reference(Panel factor, BarPanel prices, FactorTearsheetOptions options)
    {
        int days = factor.DayCount, q = options.Quantiles;
        var ic = new List<IcResult>();
        var forward = new Dictionary<int, Panel>();
        foreach (int h in options.Horizons)
        {
            forward[h] = ForwardReturns.Compute(prices, h, options.Basis);
            ic.Add(InformationCoefficient.Summarize(InformationCoefficient.Series(factor, forward[h]), h));
        }
        var oneDay = forward.TryGetValue(1, out var f1) ? f1 : ForwardReturns.Compute(prices, 1, options.Basis);
        var ic1 = InformationCoefficient.Series(factor, oneDay);
        var membership = QuantileMembership.Assign(factor, q);
        var byHorizon = new List<QuantileHorizon>();
        foreach (int h in options.Horizons)
        {
            var qr = QuantileReturns.Compute(factor, forward[h], q);
            var se = new double[q];
            for (int k = 0; k < q; k++)
            {
                var column = new double[days];
                for (int d = 0; d < days; d++) column[d] = qr.DailyMean[d * q + k];
                var m = Moments.Of(column);
                se[k] = m.Count > h ? m.SampleStd / Math.Sqrt((double)m.Count / h) : double.NaN;
            }
            byHorizon.Add(new QuantileHorizon(h, qr.MeanReturn, se, CohortGrowth(membership, oneDay, q, h)));
        }
        var byGroup = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var groups = options.Groups!;
        foreach (var name in groups.Distinct(StringComparer.Ordinal))
        {
            var columns = Enumerable.Range(0, groups.Count).Where(s => groups[s] == name).ToArray();
            byGroup[name] = Moments.Of(InformationCoefficient.Series(factor.Select(columns), oneDay.Select(columns))).Mean;
        }
        return new FactorTearsheetResult(factor.Dates, q, ic, ic1, options.RollingWindow, [], new double[0, 12], [], ic1, byHorizon,
            QuantileMembership.Turnover(membership, days, factor.SymbolCount, q), InformationCoefficient.RankAutocorrelation(factor),
            byGroup, [], [], options.CostBps);
    }

    /// <summary>Overlapping cohorts the direct way: for each day, each live cohort's bucket means, averaged (the first implementation).</summary>
    private static double[][] CohortGrowth(int[] membership, Panel oneDay, int q, int h)
    {
        int days = oneDay.DayCount, symbols = oneDay.SymbolCount;
        var growth = new double[q][];
        for (int k = 0; k < q; k++) growth[k] = new double[days];
        var level = Enumerable.Repeat(1.0, q).ToArray();
        for (int t = 0; t < days; t++)
        {
            var dayReturn = new double[q];
            var live = new int[q];
            for (int j = 0; j < h && j <= t; j++)
            {
                var sum = new double[q];
                var count = new int[q];
                for (int s = 0; s < symbols; s++)
                {
                    int b = membership[(t - j) * symbols + s];
                    double r = oneDay[t, s];
                    if (b < 0 || !double.IsFinite(r)) continue;
                    sum[b] += r; count[b]++;
                }
                for (int k = 0; k < q; k++) if (count[k] > 0) { dayReturn[k] += sum[k] / count[k]; live[k]++; }
            }
            for (int k = 0; k < q; k++)
            {
                if (live[k] > 0) level[k] *= 1 + dayReturn[k] / live[k];
                growth[k][t] = level[k];
            }
        }
        return growth;
    }

    /// <summary>Compares the figures the reference rebuilds; <c>RollingIc</c> and <c>QqSample</c> of the reference carry the raw one-day IC.</summary>
    private static void AssertSame(FactorTearsheetResult expected, FactorTearsheetResult actual)
    {
        Assert.Equal(expected.Ic.Count, actual.Ic.Count);
        for (int i = 0; i < expected.Ic.Count; i++)
        {
            Assert.Equal(expected.Ic[i].Series, actual.Ic[i].Series);
            Assert.Equal(expected.Ic[i], actual.Ic[i] with { Series = expected.Ic[i].Series });
        }
        var sorted = expected.RollingIc.Where(double.IsFinite).Order().ToArray();
        Assert.Equal(sorted, actual.QqSample);
        for (int i = 0; i < expected.ByHorizon.Count; i++)
        {
            var (e, a) = (expected.ByHorizon[i], actual.ByHorizon[i]);
            Assert.Equal(e.Horizon, a.Horizon);
            Assert.Equal(e.MeanReturn, a.MeanReturn);
            Assert.Equal(e.StdErr, a.StdErr);
            for (int k = 0; k < e.Cumulative.Length; k++) Assert.Equal(e.Cumulative[k], a.Cumulative[k]);
        }
        for (int k = 0; k < expected.QuantileTurnover.Length; k++) Assert.Equal(expected.QuantileTurnover[k], actual.QuantileTurnover[k]);
        Assert.Equal(expected.RankAutocorrelation, actual.RankAutocorrelation);
        Assert.Equal(expected.IcByGroup.ToArray(), actual.IcByGroup.ToArray());
    }
}
