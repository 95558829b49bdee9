using System.Globalization;
using Signals.Analytics.FactorTearsheets;

namespace Signals.Reporting;

/// <summary>The factor tearsheet's figures, in alphalens' order, from a <see cref="FactorTearsheetResult"/>.</summary>
public static class FactorTearsheetCharts
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] HorizonColors = [ChartColors.Strategy, ChartColors.Accent, ChartColors.Gain, ChartColors.Benchmark];

    /// <summary>Every figure; the IC by group only when the tearsheet had groups.</summary>
    public static Figure[] All(FactorTearsheetResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        Figure[] all = [QuantileMeans(r), QuantileCumulative(r), Spread(r), IcSeries(r), IcHistogram(r), IcQq(r), MonthlyIc(r), Turnover(r), RankAutocorrelation(r)];
        return r.IcByGroup.Count > 0 ? [.. all, IcByGroup(r)] : all;
    }

    /// <summary>Mean forward return by quantile, one bar group per holding period, with ± one standard error.</summary>
    public static Figure QuantileMeans(FactorTearsheetResult r)
    {
        var fig = new Figure("Mean forward return by factor quantile");
        var labels = Enumerable.Range(1, r.Quantiles).Select(q => "Q" + q.ToString(CultureInfo.InvariantCulture)).ToArray();
        for (int i = 0; i < r.ByHorizon.Count; i++)
        {
            var h = r.ByHorizon[i];
            fig.Add(new BarTrace(labels, h.MeanReturn) { Name = $"{h.Horizon}d", Color = HorizonColors[i % HorizonColors.Length], ErrorY = h.StdErr, HoverTemplate = "%{x}: %{y:.3%}" });
        }
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.YAxis.TickFormat = ".2%";
        fig.Layout.YAxis.Title = "Mean forward return (± 1 s.e.)";
        fig.Layout.HoverMode = HoverMode.X;
        return fig;
    }

    /// <summary>Growth of 1 in each quantile at the first holding period (overlapping cohorts averaged).</summary>
    public static Figure QuantileCumulative(FactorTearsheetResult r)
    {
        var h = r.ByHorizon[0];
        var fig = new Figure($"Cumulative return by quantile ({h.Horizon}d holding)");
        for (int q = 0; q < r.Quantiles; q++)
            fig.Add(new ScatterTrace(r.Dates, h.Cumulative[q]) { Name = "Q" + (q + 1).ToString(CultureInfo.InvariantCulture), Line = new LineStyle(Shade(q, r.Quantiles), 1.5), HoverTemplate = "%{y:.3f}" });
        DateAxis(fig);
        fig.Layout.YAxis.Title = "Growth of 1";
        return fig;
    }

    /// <summary>Top-minus-bottom one-day spread compounded, gross and net of costs.</summary>
    public static Figure Spread(FactorTearsheetResult r)
    {
        var fig = new Figure("Top minus bottom quantile, gross and net");
        fig.Add(new ScatterTrace(r.Dates, Compound(r.SpreadGross)) { Name = "gross", Line = new LineStyle(ChartColors.Benchmark, 1.5), HoverTemplate = "%{y:.3f}" });
        fig.Add(new ScatterTrace(r.Dates, Compound(r.SpreadNet)) { Name = $"net of {r.CostBps:0.#} bps per unit traded", Line = new LineStyle(ChartColors.Strategy, 2), HoverTemplate = "%{y:.3f}" });
        DateAxis(fig);
        fig.Layout.YAxis.Title = "Growth of 1";
        return fig;
    }

    /// <summary>Daily IC of the first horizon with its rolling mean.</summary>
    public static Figure IcSeries(FactorTearsheetResult r)
    {
        var ic = r.Ic[0];
        var fig = new Figure($"Daily rank IC ({ic.Horizon}d) and its {r.RollingWindow}-day mean");
        fig.Add(new ScatterTrace(r.Dates, ic.Series) { Name = "daily IC", Line = new LineStyle(ChartColors.Benchmark, 0.8), Opacity = 0.6, HoverTemplate = "%{y:.3f}" });
        fig.Add(new ScatterTrace(r.Dates, r.RollingIc) { Name = $"{r.RollingWindow}-day mean", Line = new LineStyle(ChartColors.Strategy, 2), HoverTemplate = "%{y:.4f}" });
        DateAxis(fig);
        fig.Layout.YAxis.ZeroLine = true;
        fig.Layout.YAxis.Title = "Rank IC";
        return fig;
    }

    /// <summary>Distribution of daily ICs in 30 equal bins.</summary>
    public static Figure IcHistogram(FactorTearsheetResult r)
    {
        var values = r.QqSample;
        var fig = new Figure($"Daily IC distribution ({r.Ic[0].Horizon}d)");
        if (values.Length > 0)
        {
            const int bins = 30;
            double lo = values[0], hi = values[^1], width = hi > lo ? (hi - lo) / bins : 1;
            var centres = new double[bins];
            var counts = new double[bins];
            for (int b = 0; b < bins; b++) centres[b] = lo + (b + 0.5) * width;
            foreach (var v in values) counts[Math.Min(bins - 1, (int)((v - lo) / width))]++;
            fig.Add(new BarTrace(centres, counts) { Name = "days", Color = ChartColors.Strategy, HoverTemplate = "IC %{x:.3f}: %{y} days<extra></extra>" });
        }
        fig.Layout.ShowLegend = false;
        fig.Layout.HoverMode = HoverMode.Closest;
        fig.Layout.XAxis.Title = "Daily rank IC";
        fig.Layout.YAxis.Title = "Days";
        fig.Layout.Height = 320;
        return fig;
    }

    /// <summary>Sorted daily ICs against the normal quantiles of the same mean and std: fat tails bend off the line.</summary>
    public static Figure IcQq(FactorTearsheetResult r)
    {
        var fig = new Figure("Daily IC against a normal (QQ)");
        fig.Add(new ScatterTrace(r.QqTheoretical, r.QqTheoretical) { Name = "normal", Line = new LineStyle(ChartColors.Benchmark, 1, LineDash.Dash) });
        fig.Add(new ScatterTrace(r.QqTheoretical, r.QqSample) { Name = "observed", Mode = ScatterMode.Markers, Marker = new MarkerStyle { Color = ChartColors.Strategy, Size = 3 } });
        fig.Layout.HoverMode = HoverMode.Closest;
        fig.Layout.XAxis.Title = "Normal quantile";
        fig.Layout.YAxis.Title = "Observed IC";
        fig.Layout.Height = 360;
        return fig;
    }

    /// <summary>Heatmap of the monthly mean IC at the first horizon, years by months.</summary>
    public static Figure MonthlyIc(FactorTearsheetResult r)
    {
        var years = Array.ConvertAll(r.MonthlyIcYears, y => y.ToString(CultureInfo.InvariantCulture));
        return Charts.Heatmap(MonthNames, years, r.MonthlyIc, $"Monthly mean IC ({r.Ic[0].Horizon}d)", cellFormat: ".3f", metricName: "IC");
    }

    /// <summary>Share of names new to the top and bottom quantiles each day, as a trailing mean over the result's rolling window.</summary>
    public static Figure Turnover(FactorTearsheetResult r)
    {
        // Daily turnover is mostly noise day to day; its trailing mean shows the level and drift that matter for costs.
        int w = r.RollingWindow;
        var fig = new Figure($"Quantile turnover, {w}-day trailing mean (share of names new to the quantile)");
        fig.Add(new ScatterTrace(r.Dates, TrailingMean(r.QuantileTurnover[^1], w)) { Name = $"top, {w}-day mean", Line = new LineStyle(ChartColors.Gain, 1.5), HoverTemplate = "%{y:.1%}" });
        fig.Add(new ScatterTrace(r.Dates, TrailingMean(r.QuantileTurnover[0], w)) { Name = $"bottom, {w}-day mean", Line = new LineStyle(ChartColors.Loss, 1.5), HoverTemplate = "%{y:.1%}" });
        DateAxis(fig);
        fig.Layout.YAxis.TickFormat = ".0%";
        fig.Layout.YAxis.Title = $"Turnover ({w}-day mean)";
        return fig;
    }

    /// <summary>Lag-1 rank autocorrelation of the factor (how stable its ranking is day to day), as a trailing mean over the rolling window.</summary>
    public static Figure RankAutocorrelation(FactorTearsheetResult r)
    {
        int w = r.RollingWindow;
        var fig = new Figure($"Factor rank autocorrelation (lag 1), {w}-day trailing mean");
        fig.Add(new ScatterTrace(r.Dates, TrailingMean(r.RankAutocorrelation, w)) { Name = $"rank autocorrelation, {w}-day mean", Line = new LineStyle(ChartColors.Strategy, 1.5), HoverTemplate = "%{y:.3f}" });
        DateAxis(fig);
        fig.Layout.ShowLegend = false;
        fig.Layout.YAxis.Title = $"Rank autocorrelation ({w}-day mean)";
        return fig;
    }

    /// <summary>
    /// The mean of the finite values among each day and the <paramref name="window"/> − 1 days before it (NaN until
    /// half a window of values exists), so a noisy daily series reads as its level. Trailing only: no later day is used.
    /// </summary>
    public static double[] TrailingMean(IReadOnlyList<double> values, int window)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var result = new double[values.Count];
        double sum = 0;
        int count = 0;
        for (int i = 0; i < values.Count; i++)
        {
            if (double.IsFinite(values[i])) { sum += values[i]; count++; }
            if (i >= window && double.IsFinite(values[i - window])) { sum -= values[i - window]; count--; }
            result[i] = count >= (window + 1) / 2 ? sum / count : double.NaN;
        }
        return result;
    }

    /// <summary>Bars of the mean one-day IC within each group (sector), red below zero.</summary>
    public static Figure IcByGroup(FactorTearsheetResult r)
    {
        var names = r.IcByGroup.Keys.Select(PlotlyText.Escape).ToArray();
        var values = r.IcByGroup.Values.ToArray();
        var fig = new Figure("Mean one-day IC within each group");
        fig.Add(new BarTrace(names, values) { Name = "IC", Colors = Array.ConvertAll(values, v => v < 0 ? ChartColors.Loss : ChartColors.Gain), ValueLabelFormat = ".3f" });
        fig.Layout.ShowLegend = false;
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.Height = 320;
        return fig;
    }

    private static void DateAxis(Figure fig)
    {
        fig.Layout.XAxis.Type = AxisType.Date;
        fig.Layout.XAxis.ShowGrid = false;
    }

    private static string Shade(int q, int count) => q == 0 ? ChartColors.Loss : q == count - 1 ? ChartColors.Gain : ChartColors.Benchmark;

    private static double[] Compound(double[] returns)
    {
        var level = new double[returns.Length];
        double x = 1;
        for (int i = 0; i < returns.Length; i++) level[i] = x *= 1 + (double.IsFinite(returns[i]) ? returns[i] : 0);
        return level;
    }
}
