using System.Globalization;
using Signals.Data;

namespace Signals.Reporting;

/// <summary>
/// The charts a quant expects, built from plain arrays: equity, drawdown, candles with news, signal diagnostics,
/// parameter sweeps. Each returns a <see cref="Figure"/> to show in a notebook (<see cref="ChartHtml.Fragment"/>)
/// or put in a tearsheet. Untrusted text (headlines, names) is escaped for plotly.js here.
/// </summary>
public static class Charts
{
    /// <summary>
    /// Strategy equity against an optional benchmark. The benchmark is rescaled to start at the strategy's first
    /// equity, so both lines read as "what the same capital became".
    /// </summary>
    public static Figure Equity(DateOnly[] dates, double[] equity, double[]? benchmark = null, string strategyName = "Strategy",
        string benchmarkName = "Benchmark", bool logScale = false)
    {
        RequireAligned(dates, equity, nameof(equity));
        var fig = new Figure("Equity");
        if (benchmark is not null)
        {
            RequireAligned(dates, benchmark, nameof(benchmark));
            fig.Add(new ScatterTrace(dates, Rebase(benchmark, FirstFinite(equity)))
            {
                Name = PlotlyText.Escape(benchmarkName),
                Line = new LineStyle(ChartColors.Benchmark, 1.5),
                HoverTemplate = "%{y:,.0f}",
            });
        }
        fig.Add(new ScatterTrace(dates, equity)
        {
            Name = PlotlyText.Escape(strategyName),
            Line = new LineStyle(ChartColors.Strategy, 2),
            HoverTemplate = "%{y:,.0f}",
        });
        DateAxis(fig.Layout.XAxis);
        fig.Layout.YAxis.Title = logScale ? "Equity (log)" : "Equity";
        fig.Layout.YAxis.TickFormat = ",.0f";
        if (logScale) fig.Layout.YAxis.Type = AxisType.Log;
        return fig;
    }

    /// <summary>Underwater curve: how far equity sits below its running peak, as a filled area.</summary>
    public static Figure Drawdown(DateOnly[] dates, double[] equity) => DrawdownFromSeries(dates, Numerics.Drawdown.Series(equity));

    /// <summary>Underwater curve from a drawdown series already computed (fractions, 0 or below).</summary>
    public static Figure DrawdownFromSeries(DateOnly[] dates, double[] drawdown)
    {
        RequireAligned(dates, drawdown, nameof(drawdown));
        double worst = 0;
        foreach (var d in drawdown) if (d < worst) worst = d;
        var fig = new Figure("Drawdown (max " + worst.ToString("0.0%", CultureInfo.InvariantCulture) + ")");
        fig.Add(new ScatterTrace(dates, drawdown)
        {
            Name = "Drawdown",
            Line = new LineStyle(ChartColors.Loss, 1),
            Fill = FillMode.ToZeroY,
            FillColor = ChartColors.LossFill,
            HoverTemplate = "%{y:.2%}",
        });
        fig.Layout.ShowLegend = false;
        fig.Layout.Height = 260;
        DateAxis(fig.Layout.XAxis);
        fig.Layout.YAxis.TickFormat = ".0%";
        fig.Layout.YAxis.Range = (Math.Min(worst * 1.1, -0.01), 0.0);
        return fig;
    }

    /// <summary>Rolling annualised Sharpe ratio, with a zero line.</summary>
    public static Figure RollingSharpe(DateOnly[] dates, double[] values, int? windowDays = null)
    {
        string window = windowDays is int w ? $"{w.ToString(CultureInfo.InvariantCulture)}-day" : "";
        string title = windowDays is null ? "Rolling Sharpe" : $"Rolling Sharpe ({window} trailing window)";
        var fig = DailyLine(title, dates, values, "Rolling Sharpe", "%{y:.2f}", ".1f");
        // The axis says what the number is: annualised, and over which window (each point uses only the days before it).
        fig.Layout.YAxis.Title = windowDays is null ? "Sharpe ratio (annualised)" : $"Sharpe, annualised ({window})";
        fig.Layout.Shapes.Add(Shape.HorizontalLine(0));
        return fig;
    }

    /// <summary>Names with a live signal each day: how much of the universe a cross-sectional strategy can actually rank.</summary>
    public static Figure Coverage(DateOnly[] dates, double[] names)
    {
        var fig = DailyLine("Daily coverage: names with a live signal", dates, names, "names", "%{y:,.0f} names", ",.0f");
        fig.Layout.YAxis.Title = "Names";
        return fig;
    }

    /// <summary>One daily series as a single line without legend, the shape of the tearsheet's small time-series charts.</summary>
    private static Figure DailyLine(string title, DateOnly[] dates, double[] values, string name, string hover, string tickFormat)
    {
        RequireAligned(dates, values, nameof(values));
        var fig = new Figure(title);
        fig.Add(new ScatterTrace(dates, values)
        {
            Name = name,
            Line = new LineStyle(ChartColors.Strategy, 1.5),
            HoverTemplate = hover,
        });
        fig.Layout.ShowLegend = false;
        fig.Layout.Height = 260;
        DateAxis(fig.Layout.XAxis);
        fig.Layout.YAxis.TickFormat = tickFormat;
        return fig;
    }

    /// <summary>
    /// Candles with volume underneath, optional overlays (moving averages, bands) and news markers. A news item is
    /// marked on the first bar dated on or after its publication date (in the bars' time zone): above the bar when
    /// the score is positive, below when negative, coloured by score; hovering shows the headline.
    /// </summary>
    public static Figure Candlestick(BarSeries bars, IReadOnlyList<Overlay>? overlays = null, IReadOnlyList<NewsMarker>? news = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var fig = new Figure(PlotlyText.Escape(bars.Symbol));
        var x = ChartData.Timestamps(bars.Timestamps);
        fig.Add(new CandlestickTrace(x, bars.Open, bars.High, bars.Low, bars.Close) { Name = "OHLC", ShowLegend = false });
        string[] overlayColors = ["#e67e22", "#8e44ad", "#16a085", "#2c3e50", "#d35400", "#7f8c8d"];
        if (overlays is not null)
        {
            for (int k = 0; k < overlays.Count; k++)
            {
                var o = overlays[k];
                if (o.Values.Length != bars.Count)
                    throw new ArgumentException($"Overlay '{o.Name}' has {o.Values.Length} values but there are {bars.Count} bars.", nameof(overlays));
                fig.Add(new ScatterTrace(x, o.Values)
                {
                    Name = PlotlyText.Escape(o.Name),
                    Line = new LineStyle(overlayColors[k % overlayColors.Length], 1.2),
                });
            }
        }
        if (news is { Count: > 0 } && bars.Count > 0) fig.Add(NewsTrace(bars, news));

        var volumeColors = new string[bars.Count];
        for (int i = 0; i < bars.Count; i++)
            volumeColors[i] = bars.Close[i] >= bars.Open[i] ? "rgba(38,166,154,0.5)" : "rgba(239,83,80,0.5)";
        fig.Add(new BarTrace(x, bars.Volume) { Name = "Volume", YAxis = "y2", Colors = volumeColors, ShowLegend = false, HoverTemplate = "%{y:,.0f}" });

        var layout = fig.Layout;
        layout.Height = 560;
        layout.HoverMode = HoverMode.X;
        DateAxis(layout.XAxis);
        layout.XAxis.Anchor = "y2";
        layout.XAxis.HideWeekends = IsDaily(bars);
        layout.YAxis.Domain = (0.27, 1.0);
        layout.YAxis.Title = "Price";
        var volume = layout.Axis("y2");
        volume.Domain = (0.0, 0.2);
        volume.Title = "Volume";
        volume.TickFormat = "~s";
        return fig;
    }

    private static ScatterTrace NewsTrace(BarSeries bars, IReadOnlyList<NewsMarker> news)
    {
        var barDates = bars.Dates();
        var offset = bars.Timestamps[0].Offset;
        var perBar = new Dictionary<int, int>();
        var times = new List<DateTimeOffset>(news.Count);
        var ys = new List<double>(news.Count);
        var scores = new List<double>(news.Count);
        var symbols = new List<string>(news.Count);
        var hover = new List<string>(news.Count);
        foreach (var item in news)
        {
            var day = DateOnly.FromDateTime(item.Time.ToOffset(offset).DateTime);
            int i = LowerBound(barDates, day);
            if (i >= bars.Count) continue; // published after the last bar: nothing to mark yet
            int stack = perBar.TryGetValue(i, out var s) ? s : 0;
            perBar[i] = stack + 1;
            bool negative = item.Score < 0;
            double step = 0.015 * (stack + 1);
            times.Add(bars.Timestamps[i]);
            ys.Add(negative ? bars.Low[i] * (1 - step) : bars.High[i] * (1 + step));
            scores.Add(double.IsFinite(item.Score) ? item.Score : 0);
            symbols.Add(negative ? "triangle-down" : "triangle-up");
            hover.Add(PlotlyText.Escape(item.Time.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))
                + "<br>score " + (double.IsFinite(item.Score) ? item.Score.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "n/a")
                + "<br>" + PlotlyText.Escape(Shorten(item.Headline, 140)));
        }
        return new ScatterTrace(ChartData.Timestamps([.. times]), [.. ys])
        {
            Name = "News",
            Mode = ScatterMode.Markers,
            Marker = new MarkerStyle
            {
                Values = [.. scores], ColorScale = ColorScale.RedGreen, ColorMin = -1, ColorMax = 1, Size = 10,
                Symbols = [.. symbols], OutlineColor = "#374151", OutlineWidth = 0.5,
            },
            HoverText = [.. hover],
            HoverTemplate = "%{hovertext}<extra></extra>",
        };
    }

    /// <summary>
    /// Each observation's sentiment score against the forward return that followed, with the least-squares line;
    /// the title gives slope, correlation and count. Pairs with a missing value are left out.
    /// </summary>
    public static Figure SentimentVsForwardReturn(double[] scores, double[] forwardReturns, string horizon = "1d")
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(forwardReturns);
        if (scores.Length != forwardReturns.Length)
            throw new ArgumentException($"{scores.Length} scores but {forwardReturns.Length} forward returns.");
        var fit = LeastSquares.Fit(scores, forwardReturns);
        string h = PlotlyText.Escape(horizon);
        var fig = new Figure(double.IsNaN(fit.Slope)
            ? $"Sentiment vs {h} forward return (n = {fit.Count})"
            : string.Create(CultureInfo.InvariantCulture, $"Sentiment vs {h} forward return: slope {fit.Slope:0.0000}, corr {fit.Correlation:0.000}, n = {fit.Count}"));
        fig.Add(new ScatterTrace(scores, forwardReturns)
        {
            Name = "Observations",
            Mode = ScatterMode.Markers,
            Marker = new MarkerStyle { Color = ChartColors.Strategy, Size = 5, Opacity = 0.45 },
            HoverTemplate = "score %{x:.2f}<br>return %{y:.2%}<extra></extra>",
        });
        if (!double.IsNaN(fit.Slope))
        {
            double[] xs = [fit.MinX, fit.MaxX];
            fig.Add(new ScatterTrace(xs, [fit.Intercept + fit.Slope * xs[0], fit.Intercept + fit.Slope * xs[1]])
            {
                Name = "Least-squares fit",
                Line = new LineStyle(ChartColors.Accent, 2),
                HoverTemplate = "%{y:.2%}<extra>fit</extra>",
            });
        }
        fig.Layout.HoverMode = HoverMode.Closest;
        fig.Layout.XAxis.Title = "Sentiment score";
        fig.Layout.XAxis.ZeroLine = true;
        fig.Layout.YAxis.Title = h + " forward return";
        fig.Layout.YAxis.TickFormat = ".1%";
        fig.Layout.YAxis.ZeroLine = true;
        return fig;
    }

    /// <summary>Information coefficient by forward horizon (in trading days): how fast the signal's edge decays.</summary>
    public static Figure IcDecay(int[] horizons, double[] ic)
    {
        ArgumentNullException.ThrowIfNull(horizons);
        ArgumentNullException.ThrowIfNull(ic);
        if (horizons.Length != ic.Length) throw new ArgumentException($"{horizons.Length} horizons but {ic.Length} IC values.");
        var labels = new string[horizons.Length];
        for (int i = 0; i < labels.Length; i++) labels[i] = horizons[i].ToString(CultureInfo.InvariantCulture) + "d";
        var fig = SignedBars("Information coefficient by horizon", labels, ic, "IC", ".3f", "%{x}: IC %{y:.4f}<extra></extra>", height: 320);
        fig.Layout.XAxis.Title = "Forward horizon (trading days)";
        fig.Layout.YAxis.Title = "Rank IC";
        return fig;
    }

    /// <summary>Mean forward return of each signal quantile (bottom to top): a monotone staircase is what an edge looks like.</summary>
    public static Figure QuantileReturns(string[] labels, double[] meanReturns)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(meanReturns);
        if (labels.Length != meanReturns.Length) throw new ArgumentException($"{labels.Length} labels but {meanReturns.Length} returns.");
        var fig = SignedBars("Mean forward return by signal quantile", Array.ConvertAll(labels, PlotlyText.Escape), meanReturns,
            "Mean return", ".2%", "%{x}: %{y:.3%}<extra></extra>", height: 320);
        fig.Layout.XAxis.Title = "Signal quantile";
        fig.Layout.YAxis.Title = "Mean forward return";
        fig.Layout.YAxis.TickFormat = ".2%";
        return fig;
    }

    /// <summary>
    /// A parameter sweep: <paramref name="z"/>[row, column] is the metric for y parameter value row and x value column.
    /// Cells show their value; NaN cells (runs that failed or were skipped) stay blank.
    /// </summary>
    public static Figure Heatmap(string[] xLabels, string[] yLabels, double[,] z, string title, string? xTitle = null,
        string? yTitle = null, string cellFormat = ".2f", string? metricName = null)
    {
        ArgumentNullException.ThrowIfNull(xLabels);
        ArgumentNullException.ThrowIfNull(yLabels);
        var fig = new Figure(PlotlyText.Escape(title));
        fig.Add(new HeatmapTrace(Array.ConvertAll(xLabels, PlotlyText.Escape), Array.ConvertAll(yLabels, PlotlyText.Escape), z)
        {
            ColorScale = ColorScale.Viridis,
            CellFormat = cellFormat,
            ColorBarTitle = metricName is null ? null : PlotlyText.Escape(metricName),
            HoverTemplate = "x %{x}<br>y %{y}<br>%{z:" + cellFormat + "}<extra></extra>",
        });
        fig.Layout.ShowLegend = false;
        fig.Layout.HoverMode = HoverMode.Closest;
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.XAxis.Title = xTitle is null ? null : PlotlyText.Escape(xTitle);
        fig.Layout.XAxis.ShowGrid = false;
        fig.Layout.YAxis.Type = AxisType.Category;
        fig.Layout.YAxis.Title = yTitle is null ? null : PlotlyText.Escape(yTitle);
        fig.Layout.YAxis.ShowGrid = false;
        return fig;
    }

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Calendar heatmap of monthly returns (years down, months across), red losses, green gains, white flat.</summary>
    public static Figure MonthlyReturns(Analytics.MonthlyReturns table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var z = new double[table.Years.Length, 12];
        double extreme = 0.01;
        for (int row = 0; row < table.Years.Length; row++)
            for (int m = 0; m < 12; m++)
            {
                z[row, m] = table[row, m + 1];
                if (double.IsFinite(z[row, m])) extreme = Math.Max(extreme, Math.Abs(z[row, m]));
            }
        var years = Array.ConvertAll(table.Years, y => y.ToString(CultureInfo.InvariantCulture));
        var fig = new Figure("Monthly returns");
        fig.Add(new HeatmapTrace(MonthNames, years, z)
        {
            ColorScale = ColorScale.RedGreen,
            ZMid = 0,
            ZMin = -extreme,
            ZMax = extreme,
            CellFormat = ".1%",
            ShowScale = false,
            CellGap = 2,
            HoverTemplate = "%{x} %{y}: %{z:.2%}<extra></extra>",
        });
        fig.Layout.ShowLegend = false;
        fig.Layout.HoverMode = HoverMode.Closest;
        fig.Layout.Height = Math.Max(200, 90 + 34 * table.Years.Length);
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.XAxis.ShowGrid = false;
        fig.Layout.XAxis.Side = AxisSide.Top;
        fig.Layout.MarginTop = 70; // month labels sit on top; leave room for them under the title and mode bar
        var y = fig.Layout.YAxis;
        y.Type = AxisType.Category;
        y.ShowGrid = false;
        y.Reversed = true;
        return fig;
    }

    /// <summary>Monthly returns from a dated equity curve (compounded as <see cref="Analytics.MonthlyReturns"/> does).</summary>
    public static Figure MonthlyReturns(DateOnly[] dates, double[] equity) => MonthlyReturns(Analytics.MonthlyReturns.Compute(dates, equity));

    /// <summary>Calendar-year returns as bars.</summary>
    public static Figure AnnualReturns(Analytics.MonthlyReturns table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var fig = SignedBars("Annual returns", Array.ConvertAll(table.Years, y => y.ToString(CultureInfo.InvariantCulture)), table.Annual,
            "Annual return", ".1%", "%{x}: %{y:.2%}<extra></extra>", height: 300);
        fig.Layout.YAxis.TickFormat = ".0%";
        return fig;
    }

    /// <summary>One bar per category, green when positive and red when negative, labelled with its value, no legend.</summary>
    private static Figure SignedBars(string title, string[] labels, double[] values, string name, string valueFormat, string hover, int height)
    {
        var fig = new Figure(title);
        fig.Add(new BarTrace(labels, values)
        {
            Name = name,
            Colors = SignColors(values),
            ValueLabelFormat = valueFormat,
            HoverTemplate = hover,
        });
        fig.Layout.ShowLegend = false;
        fig.Layout.Height = height;
        fig.Layout.HoverMode = HoverMode.Closest;
        fig.Layout.XAxis.Type = AxisType.Category;
        fig.Layout.XAxis.ShowGrid = false;
        fig.Layout.YAxis.ZeroLine = true;
        return fig;
    }

    private static void DateAxis(Axis axis)
    {
        axis.Type = AxisType.Date;
        axis.ShowGrid = false;
    }

    private static string[] SignColors(double[] values) =>
        Array.ConvertAll(values, v => v < 0 ? ChartColors.Loss : ChartColors.Gain);

    private static void RequireAligned(DateOnly[] dates, double[] values, string name)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(values, name);
        if (dates.Length != values.Length) throw new ArgumentException($"{dates.Length} dates but {values.Length} values in {name}.", name);
    }

    private static double FirstFinite(double[] values)
    {
        foreach (var v in values) if (double.IsFinite(v)) return v;
        return double.NaN;
    }

    private static double[] Rebase(double[] series, double start)
    {
        double first = FirstFinite(series);
        if (!double.IsFinite(start) || !double.IsFinite(first) || first == 0) return series;
        double k = start / first;
        var result = new double[series.Length];
        for (int i = 0; i < series.Length; i++) result[i] = series[i] * k;
        return result;
    }

    private static bool IsDaily(BarSeries bars)
    {
        for (int i = 1; i < bars.Count; i++)
            if (bars.Timestamps[i] - bars.Timestamps[i - 1] < TimeSpan.FromHours(20)) return false;
        return true;
    }

    private static int LowerBound(DateOnly[] sorted, DateOnly value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
