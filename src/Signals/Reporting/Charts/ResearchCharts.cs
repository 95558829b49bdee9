using Signals.Analytics.EventStudies;
using Signals.Analytics.Protocols;
using Signals.Backtesting.Costs;

namespace Signals.Reporting;

/// <summary>
/// Charts of the research sections beyond a backtest tearsheet: the event study and the papers' long-shorts. Built from
/// the result records the library returns, so the study report, the notebooks and a user's own code draw the same thing.
/// </summary>
public static class ResearchCharts
{
    private static readonly string[] BucketColors = [ChartColors.Loss, ChartColors.Benchmark, ChartColors.Gain, ChartColors.Strategy, ChartColors.Accent];

    /// <summary>
    /// Mean cumulative abnormal return of each bucket by trading day around the decision point, with its confidence band;
    /// a dashed line marks offset 0 (the decision open, where every path is 0 by construction).
    /// </summary>
    public static Figure EventStudy(EventStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var fig = new Figure($"Cumulative abnormal return around the decision point ({result.Model.ToString().ToLowerInvariant()}-adjusted)");
        double[] x = Array.ConvertAll(result.Offsets, o => (double)o);
        for (int b = 0; b < result.Buckets.Count; b++)
        {
            var bucket = result.Buckets[b];
            string color = BucketColors[b % BucketColors.Length];   // sign buckets: negative red, neutral grey, positive green
            string band = ToTransparent(color);
            string name = PlotlyText.Escape(bucket.Name);
            fig.Add(new ScatterTrace(x, bucket.Upper) { Name = name + " upper", ShowLegend = false, Line = new LineStyle(band, 0), HoverTemplate = "<extra></extra>" });
            fig.Add(new ScatterTrace(x, bucket.Lower) { Name = name + " band", ShowLegend = false, Line = new LineStyle(band, 0), Fill = FillMode.ToNextY, FillColor = band, HoverTemplate = "<extra></extra>" });
            fig.Add(new ScatterTrace(x, bucket.Car)
            {
                Name = $"{name} ({bucket.Count:N0})",
                Mode = ScatterMode.LinesAndMarkers,
                Line = new LineStyle(color, 2),
                Marker = new MarkerStyle { Color = color, Size = 4 },
                HoverTemplate = "day %{x}: %{y:.3%}<extra>" + name + "</extra>",
            });
        }
        fig.Layout.Shapes.Add(Shape.VerticalLine(0.0));
        fig.Layout.HoverMode = HoverMode.X;
        fig.Layout.XAxis.Title = "Trading days from the decision point";
        fig.Layout.XAxis.Type = AxisType.Linear;
        fig.Layout.YAxis.Title = "Mean CAR";
        fig.Layout.YAxis.TickFormat = ".2%";
        fig.Layout.YAxis.ZeroLine = true;
        return fig;
    }

    /// <summary>A news long-short's compounded gross and net-of-cost equity from 1.</summary>
    public static Figure LongShort(LongShortSeries series, string title)
    {
        ArgumentNullException.ThrowIfNull(series);
        var (gross, net) = series.Equity();
        var fig = new Figure(PlotlyText.Escape(title));
        fig.Add(new ScatterTrace(series.Dates, gross) { Name = "gross", Line = new LineStyle(ChartColors.Benchmark, 1.5), HoverTemplate = "%{y:.3f}" });
        fig.Add(new ScatterTrace(series.Dates, net) { Name = $"net of {series.CostBps:0.#} bps per unit traded", Line = new LineStyle(ChartColors.Strategy, 2), HoverTemplate = "%{y:.3f}" });
        fig.Layout.XAxis.Type = AxisType.Date;
        fig.Layout.XAxis.ShowGrid = false;
        fig.Layout.YAxis.Title = "Growth of 1";
        fig.Layout.YAxis.Type = AxisType.Log;
        return fig;
    }

    /// <summary>Net Sharpe against portfolio size (log scale), with the gross Sharpe the costs eat into.</summary>
    public static Figure CapacityCurve(IReadOnlyList<CapacityPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var x = points.Select(p => p.Capital).ToArray();
        var fig = new Figure("Capacity: net Sharpe by portfolio size");
        fig.Add(new ScatterTrace(x, points.Select(p => p.GrossSharpe).ToArray()) { Name = "gross", Line = new LineStyle(ChartColors.Benchmark, 1.5, LineDash.Dash), HoverTemplate = "$%{x:,.0f}: %{y:.2f}" });
        fig.Add(new ScatterTrace(x, points.Select(p => p.NetSharpe).ToArray())
        {
            Name = "net of costs", Mode = ScatterMode.LinesAndMarkers, Line = new LineStyle(ChartColors.Strategy, 2),
            Marker = new MarkerStyle { Color = ChartColors.Strategy, Size = 6 }, HoverTemplate = "$%{x:,.0f}: %{y:.2f}",
        });
        fig.Layout.HoverMode = HoverMode.X;
        fig.Layout.XAxis.Type = AxisType.Log;
        fig.Layout.XAxis.Title = "Portfolio size ($)";
        fig.Layout.YAxis.Title = "Annualised Sharpe";
        fig.Layout.YAxis.ZeroLine = true;
        return fig;
    }

    /// <summary>Mean annual cost by kind as a share of equity: which cost to work on first.</summary>
    public static Figure CostSplit(CostedRun run, int periodsPerYear = 252)
    {
        ArgumentNullException.ThrowIfNull(run);
        var annual = run.AnnualCostFraction(periodsPerYear);
        var fig = new Figure($"Annual cost by kind at ${run.Capital:N0}");
        fig.Add(new BarTrace(new[] { "commission", "spread", "impact", "borrow" }, [annual.Commission, annual.Spread, annual.Impact, annual.Borrow])
        {
            Name = "cost", Color = ChartColors.Loss, ValueLabelFormat = ".2%", HoverTemplate = "%{x}: %{y:.3%} a year<extra></extra>",
        });
        fig.Layout.ShowLegend = false;
        fig.Layout.Height = 320;
        fig.Layout.HoverMode = HoverMode.Closest;
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.YAxis.Title = "Share of equity per year";
        fig.Layout.YAxis.TickFormat = ".1%";
        return fig;
    }

    /// <summary>Net equity (growth of 1) of several constructions of one strategy on shared dates, log scale.</summary>
    public static Figure EquityCurves(string title, DateOnly[] dates, IReadOnlyList<(string Name, double[] Equity)> curves)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(curves);
        var fig = new Figure(PlotlyText.Escape(title));
        for (int i = 0; i < curves.Count; i++)
        {
            var (name, equity) = curves[i];
            double start = equity.Length > 0 && equity[0] > 0 ? equity[0] : 1;
            var growth = Array.ConvertAll(equity, e => e > 0 ? e / start : double.NaN);
            fig.Add(new ScatterTrace(dates, growth)
            {
                Name = PlotlyText.Escape(name),
                Line = new LineStyle(CurveColors[i % CurveColors.Length], i == 0 ? 2.5 : 1.5),
                HoverTemplate = "%{y:.3f}<extra>" + PlotlyText.Escape(name) + "</extra>",
            });
        }
        fig.Layout.HoverMode = HoverMode.X;
        fig.Layout.XAxis.Type = AxisType.Date;
        fig.Layout.XAxis.ShowGrid = false;
        fig.Layout.YAxis.Title = "Growth of 1, net of costs";
        fig.Layout.YAxis.Type = AxisType.Log;
        return fig;
    }

    private static readonly string[] CurveColors = [ChartColors.Strategy, ChartColors.Gain, ChartColors.Accent, ChartColors.Loss, ChartColors.Benchmark, "#8c564b", "#e377c2", "#17becf"];

    internal static string ToTransparent(string hex, double alpha = 0.18)
    {
        int r = Convert.ToInt32(hex.Substring(1, 2), 16), g = Convert.ToInt32(hex.Substring(3, 2), 16), b = Convert.ToInt32(hex.Substring(5, 2), 16);
        return FormattableString.Invariant($"rgba({r},{g},{b},{alpha})");
    }
}
