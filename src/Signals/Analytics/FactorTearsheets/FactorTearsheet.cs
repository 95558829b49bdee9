using Signals.Data;

using Signals.Numerics;

namespace Signals.Analytics.FactorTearsheets;

/// <summary>Settings of <see cref="FactorTearsheet.Compute"/>.</summary>
public sealed record FactorTearsheetOptions
{
    /// <summary>Holding periods in trading days.</summary>
    public int[] Horizons { get; init; } = [1, 5, 10, 20];
    /// <summary>How many quantiles each day's names are split into.</summary>
    public int Quantiles { get; init; } = 5;
    /// <summary>Open: row t is known before t's open and returns run open[t] → open[t+h] (news signals). See <see cref="ForwardReturnBasis"/>.</summary>
    public ForwardReturnBasis Basis { get; init; } = ForwardReturnBasis.Open;
    /// <summary>Trading days in the rolling mean of the one-day IC.</summary>
    public int RollingWindow { get; init; } = 63;
    /// <summary>Group (sector) of each panel symbol for the IC by group; null = none.</summary>
    public IReadOnlyList<string>? Groups { get; init; }
    /// <summary>Cost per unit traded for the net-of-cost top-minus-bottom series.</summary>
    public double CostBps { get; init; } = 5;
}

/// <summary>One holding period's quantile results.</summary>
/// <param name="MeanReturn">Per quantile: mean h-day forward return.</param>
/// <param name="StdErr">Per quantile: standard deviation of the daily means / √(days / h) — h-day returns overlap, so only every h-th is new.</param>
/// <param name="Cumulative">Per quantile, per day: growth of 1 held in the quantile with h overlapping cohorts averaged (each cohort holds h days; each day's return is the mean of the live cohorts' one-day returns).</param>
public sealed record QuantileHorizon(int Horizon, double[] MeanReturn, double[] StdErr, double[][] Cumulative);

/// <summary>Everything the factor tearsheet draws, as data.</summary>
public sealed record FactorTearsheetResult(
    DateOnly[] Dates, int Quantiles, IReadOnlyList<IcResult> Ic, double[] RollingIc, int RollingWindow,
    int[] MonthlyIcYears, double[,] MonthlyIc, double[] QqTheoretical, double[] QqSample,
    IReadOnlyList<QuantileHorizon> ByHorizon, double[][] QuantileTurnover, double[] RankAutocorrelation,
    IReadOnlyDictionary<string, double> IcByGroup, double[] SpreadGross, double[] SpreadNet, double CostBps)
{
    /// <summary>
    /// The one-day quantile returns of the same pass (what <see cref="QuantileReturns.Compute"/> gives for this factor,
    /// the one-day forward returns and <see cref="Quantiles"/>, to the bit): a caller that shows both reads them here.
    /// </summary>
    public QuantileReturns? OneDayQuantiles { get; init; }
}

/// <summary>
/// The alphalens factor tearsheet, done with trading-day horizons and honest overlap handling: IC per horizon with its
/// rolling mean, monthly IC table, IC distribution and normal QQ points, mean forward return by quantile with error bars,
/// cumulative quantile returns with overlapping cohorts averaged, quantile turnover, factor rank autocorrelation, IC by
/// group, and the top-minus-bottom one-day spread gross and net of costs. Runs on the calling thread: one pass over the days
/// (<see cref="CrossSectionPass"/>) sorts each day's factor and each horizon's returns once and reads every rank off those orders.
/// </summary>
public static class FactorTearsheet
{
    /// <summary>The tearsheet of <paramref name="factor"/> (on the prices' days and symbols) against the prices' forward returns.</summary>
    public static FactorTearsheetResult Compute(Panel factor, BarPanel prices, FactorTearsheetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factor);
        ArgumentNullException.ThrowIfNull(prices);
        options ??= new FactorTearsheetOptions();
        if (options.Quantiles < 2) throw new ArgumentOutOfRangeException(nameof(options), options.Quantiles, "At least two quantiles.");
        if (options.Horizons.Length == 0 || options.Horizons.Any(h => h < 1)) throw new ArgumentException("Horizons are at least one trading day.", nameof(options));
        int days = factor.DayCount, symbols = factor.SymbolCount, q = options.Quantiles;
        Ranking.RequireAligned(factor, prices.Open, nameof(factor), nameof(prices));

        // Each distinct horizon once, plus one day (turnover, cohorts, spread and group ICs run on one-day returns).
        var distinct = options.Horizons.Append(1).Distinct().ToArray();
        // Rows computed as the pass reaches each day: a panel per horizon would be four day × symbol panels at once.
        var forward = Array.ConvertAll(distinct, h => ForwardReturns.RowsOf(prices, h, options.Basis));
        int oneDayIndex = Array.IndexOf(distinct, 1);
        var (groupOf, groupNames) = GroupIndex(options.Groups, symbols);
        var pass = CrossSectionPass.Run(factor, forward, oneDayIndex, q, groupOf, groupNames.Length);
        var oneDay = ForwardReturns.Compute(prices, 1, options.Basis);

        var ic = new List<IcResult>();
        var byHorizon = new List<QuantileHorizon>();
        var cohorts = QuantileMembership.CohortGrowth(pass.Membership, oneDay, q, options.Horizons);
        for (int n = 0; n < options.Horizons.Length; n++)
        {
            int h = options.Horizons[n], i = Array.IndexOf(distinct, h);
            ic.Add(InformationCoefficient.Summarize(pass.Ic[i], h));
            var (mean, se) = QuantileStatistics(pass.QuantileDailyMean[i], days, q, h);
            byHorizon.Add(new QuantileHorizon(h, mean, se, cohorts[n]));
        }
        var ic1 = pass.Ic[oneDayIndex];
        var turnover = QuantileMembership.Turnover(pass.Membership, days, symbols, q);
        var (gross, net) = Spread(pass.Membership, oneDay, q, turnover, options.CostBps);
        var (years, monthly) = MonthlyMeans(factor.Dates, ic1);
        var (theoretical, sample) = NormalQq(ic1);
        var icByGroup = new SortedDictionary<string, double>(StringComparer.Ordinal);
        for (int g = 0; g < groupNames.Length; g++) icByGroup[groupNames[g]] = Moments.Of(pass.GroupIc[g]).Mean;
        return new FactorTearsheetResult(factor.Dates, q, ic, RollingMean(ic1, options.RollingWindow), options.RollingWindow,
            years, monthly, theoretical, sample, byHorizon, turnover, pass.RankAutocorrelation, icByGroup, gross, net, options.CostBps)
        {
            OneDayQuantiles = QuantileReturns.FromDailyMeans(q, factor.Dates, pass.QuantileDailyMean[oneDayIndex], pass.OneDayObservations),
        };
    }

    /// <summary>
    /// Per quantile: the mean over days of the day's bucket mean (as <see cref="QuantileReturns.MeanReturn"/>), and its
    /// standard error: std of the daily means / √(days / h), since h-day returns overlap and only every h-th is new.
    /// </summary>
    private static (double[] Mean, double[] StdErr) QuantileStatistics(double[] daily, int days, int q, int h)
    {
        var mean = new double[q];
        var se = new double[q];
        var column = new double[days];
        for (int k = 0; k < q; k++)
        {
            for (int d = 0; d < days; d++) column[d] = daily[d * q + k];
            double sum = 0;
            int n = 0;
            foreach (double v in column) if (!double.IsNaN(v)) { sum += v; n++; }
            mean[k] = n == 0 ? double.NaN : sum / n;
            var m = Moments.Of(column);
            se[k] = m.Count > h ? m.SampleStd / Math.Sqrt((double)m.Count / h) : double.NaN;
        }
        return (mean, se);
    }

    /// <summary>Each symbol's group as an index into the distinct names (in order of first appearance).</summary>
    private static (int[]? GroupOf, string[] Names) GroupIndex(IReadOnlyList<string>? groups, int symbols)
    {
        if (groups is null) return (null, []);
        if (groups.Count != symbols) throw new ArgumentException($"{groups.Count} groups for {symbols} symbols.");
        var names = groups.Distinct(StringComparer.Ordinal).ToArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        return (groups.Select(g => index[g]).ToArray(), names);
    }

    private static (double[] Gross, double[] Net) Spread(int[] membership, Panel oneDay, int q, double[][] turnover, double costBps)
    {
        int days = oneDay.DayCount, symbols = oneDay.SymbolCount;
        var gross = new double[days];
        var net = new double[days];
        for (int d = 0; d < days; d++)
        {
            double top = 0, bottom = 0; int nt = 0, nb = 0;
            for (int s = 0; s < symbols; s++)
            {
                double r = oneDay[d, s];
                if (!double.IsFinite(r)) continue;
                int b = membership[d * symbols + s];
                if (b == q - 1) { top += r; nt++; } else if (b == 0) { bottom += r; nb++; }
            }
            if (nt == 0 || nb == 0) { gross[d] = net[d] = double.NaN; continue; }
            gross[d] = top / nt - bottom / nb;
            // Replacing a fraction f of an equal-weighted leg sells f and buys f of its notional.
            double traded = 2 * (Zero(turnover[q - 1][d]) + Zero(turnover[0][d]));
            net[d] = gross[d] - traded * costBps * 1e-4;
        }
        return (gross, net);
    }

    private static double Zero(double x) => double.IsFinite(x) ? x : 0;

    private static double[] RollingMean(double[] x, int window)
    {
        var result = new double[x.Length];
        double sum = 0; int n = 0;
        for (int t = 0; t < x.Length; t++)
        {
            if (double.IsFinite(x[t])) { sum += x[t]; n++; }
            if (t >= window && double.IsFinite(x[t - window])) { sum -= x[t - window]; n--; }
            result[t] = t >= window - 1 && n > 0 ? sum / n : double.NaN;
        }
        return result;
    }

    private static (int[] Years, double[,] Means) MonthlyMeans(DateOnly[] dates, double[] ic)
    {
        int first = dates[0].Year, count = dates[^1].Year - first + 1;
        var sum = new double[count, 12];
        var n = new int[count, 12];
        for (int d = 0; d < dates.Length; d++)
            if (double.IsFinite(ic[d])) { sum[dates[d].Year - first, dates[d].Month - 1] += ic[d]; n[dates[d].Year - first, dates[d].Month - 1]++; }
        var means = new double[count, 12];
        for (int y = 0; y < count; y++)
            for (int m = 0; m < 12; m++) means[y, m] = n[y, m] > 0 ? sum[y, m] / n[y, m] : double.NaN;
        return (Enumerable.Range(first, count).ToArray(), means);
    }

    /// <summary>Sorted daily ICs against standard normal quantiles at (i − ½)/n, scaled by the ICs' mean and std: on the line when normal.</summary>
    private static (double[] Theoretical, double[] Sample) NormalQq(double[] ic)
    {
        var sample = ic.Where(double.IsFinite).Order().ToArray();
        var m = Moments.Of(sample);
        var theoretical = new double[sample.Length];
        for (int i = 0; i < sample.Length; i++) theoretical[i] = m.Mean + m.SampleStd * StandardNormal.Quantile((i + 0.5) / sample.Length);
        return (theoretical, sample);
    }
}
