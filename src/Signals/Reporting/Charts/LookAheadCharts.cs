namespace Signals.Reporting;

/// <summary>The look-ahead audit's chart: named against anonymised IC on each side of the model's training cut-off.</summary>
public static class LookAheadCharts
{
    /// <param name="sides">Label of each side, e.g. "before 2023-10-31".</param>
    /// <param name="namedIc">Mean 1-day rank IC of the named headlines' signal per side.</param>
    /// <param name="namedHalfWidth">Half-width of its interval per side (e.g. 1.96 standard errors); NaN draws none.</param>
    /// <param name="anonymizedIc">The same for the anonymised headlines.</param>
    /// <param name="anonymizedHalfWidth">Its half-widths.</param>
    public static Figure IcBySide(string[] sides, double[] namedIc, double[] namedHalfWidth, double[] anonymizedIc, double[] anonymizedHalfWidth)
    {
        ArgumentNullException.ThrowIfNull(sides);
        var labels = sides.Select(PlotlyText.Escape).ToArray();
        var fig = new Figure("Look-ahead audit: 1-day rank IC, named vs anonymised headlines");
        fig.Add(new BarTrace(labels, namedIc) { Name = "named", Color = ChartColors.Strategy, ErrorY = Zeroed(namedHalfWidth), ValueLabelFormat = ".4f" });
        fig.Add(new BarTrace(labels, anonymizedIc) { Name = "anonymised", Color = ChartColors.Benchmark, ErrorY = Zeroed(anonymizedHalfWidth), ValueLabelFormat = ".4f" });
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.YAxis.Title = "Mean daily rank IC";
        fig.Layout.YAxis.ZeroLine = true;
        fig.Layout.Height = 340;
        return fig;
    }

    private static double[] Zeroed(double[] v) => Array.ConvertAll(v, x => double.IsFinite(x) ? x : 0);
}
