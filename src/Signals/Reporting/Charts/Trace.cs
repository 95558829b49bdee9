using System.Text.Json;

namespace Signals.Reporting;

/// <summary>One series drawn on a figure. Subclasses map to plotly.js trace types.</summary>
public abstract class Trace
{
    public string? Name { get; init; }
    public bool? ShowLegend { get; init; }
    /// <summary>The x axis this trace is drawn against: "x", "x2", ...</summary>
    public string XAxis { get; init; } = "x";
    /// <summary>The y axis this trace is drawn against: "y", "y2" (a secondary axis or a lower subplot), ...</summary>
    public string YAxis { get; init; } = "y";
    /// <summary>Per-point hover text (shown as written; the builders escape untrusted text before it gets here).</summary>
    public string[]? HoverText { get; init; }
    /// <summary>A plotly.js hover template, e.g. "%{x}: %{y:.2%}&lt;extra&gt;&lt;/extra&gt;".</summary>
    public string? HoverTemplate { get; init; }
    public double? Opacity { get; init; }

    internal abstract string PlotlyType { get; }

    internal abstract int PointCount { get; }

    /// <summary>The points to draw when this trace is longer than <paramref name="maxPoints"/> (see <see cref="LineDownSampling"/>); null draws all.</summary>
    internal virtual int[]? DownSampled(int maxPoints) => null;

    internal void Write(Utf8JsonWriter w, int[]? keep = null)
    {
        w.WriteStartObject();
        w.WriteString("type", PlotlyType);
        if (Name is not null) w.WriteString("name", Name);
        if (ShowLegend is bool show) w.WriteBoolean("showlegend", show);
        if (XAxis != "x") w.WriteString("xaxis", XAxis);
        if (YAxis != "y") w.WriteString("yaxis", YAxis);
        if (Opacity is double o) w.WriteNumber("opacity", o);
        WriteData(w, keep);
        if (HoverText is not null) JsonStrings.WriteArray(w, "hovertext", keep is null ? HoverText : LineDownSampling.Pick(HoverText, keep));
        if (HoverTemplate is not null) w.WriteString("hovertemplate", HoverTemplate);
        w.WriteEndObject();
    }

    private protected abstract void WriteData(Utf8JsonWriter w);

    /// <summary>Writes only the points at <paramref name="keep"/> when the trace down-samples; others ignore it (they never return indices).</summary>
    private protected virtual void WriteData(Utf8JsonWriter w, int[]? keep) => WriteData(w);

    private protected static void RequireSameLength(string what, int expected, int actual)
    {
        if (expected != actual) throw new ArgumentException($"{what} has {actual} values but x has {expected}.");
    }
}

/// <summary>A trace of one y value per x: the shape scatter and bar traces share.</summary>
public abstract class XYTrace : Trace
{
    private protected XYTrace(ChartData x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(y);
        RequireSameLength("y", x.Length, y.Length);
        X = x;
        Y = y;
    }

    public ChartData X { get; }
    public double[] Y { get; }
    internal override int PointCount => Y.Length;

    private protected void WriteXY(Utf8JsonWriter w, int[]? keep = null)
    {
        w.WritePropertyName("x");
        (keep is null ? X : X.Pick(keep)).Write(w);
        JsonNumbers.WriteArray(w, "y", keep is null ? Y : LineDownSampling.Pick(Y, keep));
    }
}

public enum ScatterMode { Lines, Markers, LinesAndMarkers, Text, MarkersAndText }

public enum FillMode { None, ToZeroY, ToNextY }

/// <summary>A line or point series (plotly.js "scatter").</summary>
public sealed class ScatterTrace(ChartData x, double[] y) : XYTrace(x, y)
{
    public ScatterMode Mode { get; init; } = ScatterMode.Lines;
    public LineStyle? Line { get; init; }
    public MarkerStyle? Marker { get; init; }
    public FillMode Fill { get; init; }
    public string? FillColor { get; init; }
    /// <summary>Text drawn beside markers when <see cref="Mode"/> shows text.</summary>
    public string[]? Text { get; init; }
    /// <summary>False (the default) leaves a gap where a value is missing instead of bridging it.</summary>
    public bool ConnectGaps { get; init; }

    internal override string PlotlyType => "scatter";

    /// <summary>
    /// A line (or points along an ordered axis, as a QQ plot's) longer than the bound keeps each stretch's extremes;
    /// per-point text or marker arrays, and text modes, are drawn whole.
    /// </summary>
    internal override int[]? DownSampled(int maxPoints) =>
        Mode is ScatterMode.Text or ScatterMode.MarkersAndText || Text is not null || Marker?.HasPerPointValues == true || !X.IsAscending
            ? null : LineDownSampling.Indices(Y, maxPoints);

    private protected override void WriteData(Utf8JsonWriter w) => WriteData(w, null);

    private protected override void WriteData(Utf8JsonWriter w, int[]? keep)
    {
        WriteXY(w, keep);
        w.WriteString("mode", Mode switch
        {
            ScatterMode.Lines => "lines",
            ScatterMode.Markers => "markers",
            ScatterMode.LinesAndMarkers => "lines+markers",
            ScatterMode.Text => "text",
            _ => "markers+text",
        });
        Line?.Write(w);
        Marker?.Write(w);
        if (Fill != FillMode.None) w.WriteString("fill", Fill == FillMode.ToZeroY ? "tozeroy" : "tonexty");
        if (FillColor is not null) w.WriteString("fillcolor", FillColor);
        if (Text is not null) JsonStrings.WriteArray(w, "text", Text);
        if (ConnectGaps) w.WriteBoolean("connectgaps", true);
    }
}

/// <summary>Bars (plotly.js "bar"); per-bar <see cref="Colors"/> let gains and losses differ.</summary>
public sealed class BarTrace(ChartData x, double[] y) : XYTrace(x, y)
{
    public string? Color { get; init; }
    public string[]? Colors { get; init; }
    /// <summary>A d3 format for the value label drawn on each bar, e.g. ".1%"; null draws no labels.</summary>
    public string? ValueLabelFormat { get; init; }
    /// <summary>Symmetric error bar half-lengths (e.g. standard errors), one per bar; null draws none.</summary>
    public double[]? ErrorY { get; init; }

    internal override string PlotlyType => "bar";

    private protected override void WriteData(Utf8JsonWriter w)
    {
        WriteXY(w);
        if (ErrorY is not null)
        {
            RequireSameLength("ErrorY", Y.Length, ErrorY.Length);
            w.WriteStartObject("error_y");
            w.WriteString("type", "data");
            JsonNumbers.WriteArray(w, "array", ErrorY);
            w.WriteBoolean("visible", true);
            w.WriteEndObject();
        }
        if (Colors is not null || Color is not null)
        {
            w.WriteStartObject("marker");
            if (Colors is not null)
            {
                JsonStrings.WriteArray(w, "color", Colors);
            }
            else
            {
                w.WriteString("color", Color);
            }
            w.WriteEndObject();
        }
        if (ValueLabelFormat is not null)
        {
            w.WriteString("texttemplate", "%{y:" + ValueLabelFormat + "}");
            w.WriteString("textposition", "outside");
            w.WriteBoolean("cliponaxis", false);
        }
    }
}

/// <summary>Open-high-low-close candles (plotly.js "candlestick").</summary>
public sealed class CandlestickTrace : Trace
{
    public CandlestickTrace(ChartData x, double[] open, double[] high, double[] low, double[] close)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(high);
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(close);
        RequireSameLength("open", x.Length, open.Length);
        RequireSameLength("high", x.Length, high.Length);
        RequireSameLength("low", x.Length, low.Length);
        RequireSameLength("close", x.Length, close.Length);
        X = x;
        Open = open;
        High = high;
        Low = low;
        Close = close;
    }

    public ChartData X { get; }
    public double[] Open { get; }
    public double[] High { get; }
    public double[] Low { get; }
    public double[] Close { get; }
    public string IncreasingColor { get; init; } = "#26a69a";
    public string DecreasingColor { get; init; } = "#ef5350";

    internal override string PlotlyType => "candlestick";
    internal override int PointCount => Close.Length;

    private protected override void WriteData(Utf8JsonWriter w)
    {
        w.WritePropertyName("x");
        X.Write(w);
        JsonNumbers.WriteArray(w, "open", Open);
        JsonNumbers.WriteArray(w, "high", High);
        JsonNumbers.WriteArray(w, "low", Low);
        JsonNumbers.WriteArray(w, "close", Close);
        WriteSide(w, "increasing", IncreasingColor);
        WriteSide(w, "decreasing", DecreasingColor);
    }

    private static void WriteSide(Utf8JsonWriter w, string name, string color)
    {
        w.WriteStartObject(name);
        w.WriteStartObject("line");
        w.WriteString("color", color);
        w.WriteEndObject();
        w.WriteString("fillcolor", color);
        w.WriteEndObject();
    }
}

/// <summary>
/// A grid of values (plotly.js "heatmap"): <c>Z[row, column]</c> with rows along y and columns along x. Missing cells
/// (NaN) stay blank.
/// </summary>
public sealed class HeatmapTrace : Trace
{
    public HeatmapTrace(ChartData x, ChartData y, double[,] z)
    {
        ArgumentNullException.ThrowIfNull(z);
        if (z.GetLength(1) != x.Length) throw new ArgumentException($"z has {z.GetLength(1)} columns but x has {x.Length} labels.");
        if (z.GetLength(0) != y.Length) throw new ArgumentException($"z has {z.GetLength(0)} rows but y has {y.Length} labels.");
        X = x;
        Y = y;
        Z = z;
    }

    public ChartData X { get; }
    public ChartData Y { get; }
    public double[,] Z { get; }
    public ColorScale ColorScale { get; init; } = ColorScale.Viridis;
    /// <summary>Centre of the colour scale (0 for returns, so white means flat).</summary>
    public double? ZMid { get; init; }
    public double? ZMin { get; init; }
    public double? ZMax { get; init; }
    /// <summary>A d3 format for the value printed in each cell, e.g. ".1%"; null prints nothing.</summary>
    public string? CellFormat { get; init; }
    public bool ShowScale { get; init; } = true;
    public string? ColorBarTitle { get; init; }
    /// <summary>Gap in pixels between cells, so a table-like heatmap reads as cells.</summary>
    public double CellGap { get; init; } = 1;

    internal override string PlotlyType => "heatmap";
    internal override int PointCount => Z.Length;

    private protected override void WriteData(Utf8JsonWriter w)
    {
        w.WritePropertyName("x");
        X.Write(w);
        w.WritePropertyName("y");
        Y.Write(w);
        w.WriteStartArray("z");
        int rows = Z.GetLength(0), cols = Z.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            w.WriteStartArray();
            for (int c = 0; c < cols; c++) JsonNumbers.Write(w, Z[r, c]);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        ColorScale.Write(w, "colorscale");
        if (ZMid is double mid) w.WriteNumber("zmid", mid);
        if (ZMin is double min) w.WriteNumber("zmin", min);
        if (ZMax is double max) w.WriteNumber("zmax", max);
        if (CellFormat is not null) w.WriteString("texttemplate", "%{z:" + CellFormat + "}");
        w.WriteBoolean("showscale", ShowScale);
        if (ShowScale && ColorBarTitle is not null) ColorBar.Write(w, ColorBarTitle);
        if (CellGap > 0)
        {
            w.WriteNumber("xgap", CellGap);
            w.WriteNumber("ygap", CellGap);
        }
        w.WriteBoolean("hoverongaps", false);
    }
}
