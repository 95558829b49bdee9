using System.Globalization;
using Signals.Analytics;

namespace Signals.Reporting;

/// <summary>Charts that put several signals on one axis, e.g. a sentiment score beside a return prediction.</summary>
public static class ComparisonCharts
{
    private static readonly string[] Colors = [ChartColors.Strategy, ChartColors.Accent, ChartColors.Gain, ChartColors.Loss, ChartColors.Benchmark];

    /// <summary>
    /// Mean rank IC by forward horizon, one group of bars per horizon and one colour per signal; each bar's error bar is
    /// one standard error of the mean (Std / √days). An undefined IC draws no bar.
    /// </summary>
    public static Figure IcByHorizon(string title, IReadOnlyList<(string Name, IcAnalysis Ic)> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var fig = new Figure(PlotlyText.Escape(title));
        for (int i = 0; i < signals.Count; i++)
        {
            var (name, ic) = signals[i];
            var labels = ic.ByHorizon.Select(r => r.Horizon.ToString(CultureInfo.InvariantCulture) + "d").ToArray();
            var means = ic.ByHorizon.Select(r => r.Mean).ToArray();
            var errors = ic.ByHorizon.Select(r => r.Days > 1 && double.IsFinite(r.Std) ? r.Std / Math.Sqrt(r.Days) : 0).ToArray();
            fig.Add(new BarTrace(labels, means) { Name = PlotlyText.Escape(name), Color = Colors[i % Colors.Length], ErrorY = errors, ValueLabelFormat = ".4f" });
        }
        fig.Layout.Height = 360;
        fig.Layout.HoverMode = HoverMode.Closest;
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.XAxis.Title = "Forward horizon (trading days)";
        fig.Layout.YAxis.Title = "Mean rank IC";
        fig.Layout.YAxis.ZeroLine = true;
        return fig;
    }

    /// <summary>
    /// Net equity (growth of 1) of several strategies, each on its own dates: signals that start trading on different
    /// days (a walk-forward model has nothing to trade before its first fit) are drawn from their own first day.
    /// </summary>
    public static Figure EquityCurves(string title, IReadOnlyList<(string Name, DateOnly[] Dates, double[] Equity)> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var fig = new Figure(PlotlyText.Escape(title));
        for (int i = 0; i < curves.Count; i++)
        {
            var (name, dates, equity) = curves[i];
            double start = equity.Length > 0 && equity[0] > 0 ? equity[0] : 1;
            var growth = Array.ConvertAll(equity, e => e > 0 ? e / start : double.NaN);
            fig.Add(new ScatterTrace(dates, growth)
            {
                Name = PlotlyText.Escape(name),
                Line = new LineStyle(Colors[i % Colors.Length], 2),
                HoverTemplate = "%{y:.3f}<extra>" + PlotlyText.Escape(name) + "</extra>",
            });
        }
        fig.Layout.HoverMode = HoverMode.X;
        fig.Layout.XAxis.Type = AxisType.Date;
        fig.Layout.XAxis.ShowGrid = false;
        fig.Layout.YAxis.Title = "Net equity (growth of 1)";
        return fig;
    }
}
