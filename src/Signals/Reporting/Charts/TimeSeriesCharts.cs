using Signals.Analytics;

namespace Signals.Reporting;

/// <summary>
/// Charts of a time-series (market-news) study: the IC by horizon with its overlap-robust t-statistics, and the
/// market sentiment through time beside what it times. Built from plain arrays and <see cref="TimeSeriesIc"/>, so
/// notebooks draw the same figures.
/// </summary>
public static class TimeSeriesCharts
{
    /// <summary>Time-series IC per horizon as bars, labelled with the Newey–West t; undefined horizons are left empty.</summary>
    public static Figure IcByHorizon(IReadOnlyList<TimeSeriesIc> ic)
    {
        ArgumentNullException.ThrowIfNull(ic);
        var labels = ic.Select(r => $"{r.Horizon} d").ToArray();
        var values = ic.Select(r => r.Ic ?? double.NaN).ToArray();
        var fig = new Figure("Time-series IC by horizon (Newey–West t on each bar)");
        fig.Add(new BarTrace(labels, values)
        {
            Name = "IC",
            Colors = [.. values.Select(v => v >= 0 ? ChartColors.Gain : ChartColors.Loss)],
            HoverText = [.. ic.Select(r => r.Ic is null ? "not defined: " + r.Undefined : $"t {r.NeweyWestTStat:0.0} on {r.Observations} days")],
            HoverTemplate = "%{x}: %{y:.4f}<br>%{hovertext}<extra></extra>",
        });
        fig.Layout.ShowLegend = false;
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.XAxis.Title = "Forward horizon (trading days)";
        fig.Layout.YAxis.Title = "Correlation of the day's sentiment with the forward return";
        fig.Layout.YAxis.ZeroLine = true;
        return fig;
    }

    /// <summary>The market sentiment (left axis) and the growth of 1 in the timed benchmark and the timing strategy (right axis).</summary>
    public static Figure SentimentAndBenchmark(DateOnly[] dates, double[] sentiment, double[] benchmarkEquity, double[] timingEquity, string benchmarkName)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(benchmarkEquity);
        ArgumentNullException.ThrowIfNull(timingEquity);
        static double[] Growth(double[] equity) => equity.Length == 0 ? [] : Array.ConvertAll(equity, v => v / equity[0]);
        var fig = new Figure("Market sentiment and what it times");
        fig.Add(new ScatterTrace(dates, sentiment) { Name = "market sentiment", Line = new LineStyle(ChartColors.Accent, 1), HoverTemplate = "%{y:.3f}" });
        fig.Add(new ScatterTrace(dates, Growth(benchmarkEquity)) { Name = PlotlyText.Escape(benchmarkName) + " buy-and-hold", YAxis = "y2", Line = new LineStyle(ChartColors.Benchmark, 1.5), HoverTemplate = "%{y:.3f}" });
        fig.Add(new ScatterTrace(dates, Growth(timingEquity)) { Name = "timing strategy (net of costs)", YAxis = "y2", Line = new LineStyle(ChartColors.Strategy, 2), HoverTemplate = "%{y:.3f}" });
        fig.Layout.XAxis.Type = AxisType.Date;
        fig.Layout.XAxis.ShowGrid = false;
        fig.Layout.YAxis.Title = "Sentiment (decayed mean score)";
        fig.Layout.YAxis.ZeroLine = true;
        var right = fig.Layout.Axis("y2");
        right.Title = "Growth of 1";
        right.Overlaying = "y";
        right.Side = AxisSide.Right;
        right.ShowGrid = false;
        return fig;
    }
}
