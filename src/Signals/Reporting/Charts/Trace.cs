using System.Text.Json;

namespace Signals.Reporting;

/// <summary>One series drawn on a figure. Subclasses map to plotly.js trace types.</summary>
public abstract class Trace
{
    /// <summary>Legend and hover name of the trace.</summary>
    public string? Name { get; init; }
    /// <summary>Whether the trace appears in the legend; null for plotly.js's default.</summary>
    public bool? ShowLegend { get; init; }
    /// <summary>The x axis this trace is drawn against: "x", "x2", ...</summary>
    public string XAxis { get; init; } = "x";
    /// <summary>The y axis this trace is drawn against: "y", "y2" (a secondary axis or a lower subplot), ...</summary>
    public string YAxis { get; init; } = "y";
    /// <summary>Per-point hover text (shown as written; the builders escape untrusted text before it gets here).</summary>
    public string[]? HoverText { get; init; }
    /// <summary>A plotly.js hover template, e.g. "%{x}: %{y:.2%}&lt;extra&gt;&lt;/extra&gt;".</summary>
    public string? HoverTemplate { get; init; }
    /// <summary>Opacity of the whole trace in [0, 1]; null for opaque.</summary>
    public double? Opacity { get; init; }

    internal abstract string PlotlyType { get; }

    internal abstract int PointCount { get; }

    internal void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("type", PlotlyType);
        if (Name is not null) w.WriteString("name", Name);
        if (ShowLegend is bool show) w.WriteBoolean("showlegend", show);
        if (XAxis != "x") w.WriteString("xaxis", XAxis);
        if (YAxis != "y") w.WriteString("yaxis", YAxis);
        if (Opacity is double o) w.WriteNumber("opacity", o);
        WriteData(w);
        if (HoverText is not null) JsonStrings.WriteArray(w, "hovertext", HoverText);
        if (HoverTemplate is not null) w.WriteString("hovertemplate", HoverTemplate);
        w.WriteEndObject();
    }

    private protected abstract void WriteData(Utf8JsonWriter w);

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

    /// <summary>The x values.</summary>
    public ChartData X { get; }
    /// <summary>One y value per x; NaN draws a gap.</summary>
    public double[] Y { get; }
    internal override int PointCount => Y.Length;

    private protected void WriteXY(Utf8JsonWriter w)
    {
        w.WritePropertyName("x");
        X.Write(w);
        JsonNumbers.WriteArray(w, "y", Y);
    }
}

/// <summary>What a scatter trace draws at its points.</summary>
public enum ScatterMode
{
    /// <summary>Lines only.</summary>
    Lines,
    /// <summary>Markers only.</summary>
    Markers,
    /// <summary>Lines with markers.</summary>
    LinesAndMarkers,
    /// <summary>Text labels only.</summary>
    Text,
    /// <summary>Markers with text labels.</summary>
    MarkersAndText,
}

/// <summary>The area a scatter trace shades.</summary>
public enum FillMode
{
    /// <summary>No fill.</summary>
    None,
    /// <summary>Down (or up) to y = 0 (drawdowns).</summary>
    ToZeroY,
    /// <summary>To the previous trace (a band between two lines).</summary>
    ToNextY,
}

/// <summary>A line or point series (plotly.js "scatter").</summary>
public sealed class ScatterTrace(ChartData x, double[] y) : XYTrace(x, y)
{
    /// <summary>Lines, markers, text or a mix.</summary>
    public ScatterMode Mode { get; init; } = ScatterMode.Lines;
    /// <summary>Line look; null for plotly.js's default.</summary>
    public LineStyle? Line { get; init; }
    /// <summary>Marker look; null for plotly.js's default.</summary>
    public MarkerStyle? Marker { get; init; }
    /// <summary>Area shaded under or between traces.</summary>
    public FillMode Fill { get; init; }
    /// <summary>CSS colour of the shaded area; null for a tint of the line.</summary>
    public string? FillColor { get; init; }
    /// <summary>Text drawn beside markers when <see cref="Mode"/> shows text.</summary>
    public string[]? Text { get; init; }
    /// <summary>False (the default) leaves a gap where a value is missing instead of bridging it.</summary>
    public bool ConnectGaps { get; init; }

    internal override string PlotlyType => "scatter";

    private protected override void WriteData(Utf8JsonWriter w)
    {
        WriteXY(w);
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
    /// <summary>One CSS colour for every bar.</summary>
    public string? Color { get; init; }
    /// <summary>A CSS colour per bar (overrides <see cref="Color"/>).</summary>
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
    /// <summary>Candles at <paramref name="x"/> from aligned open, high, low and close prices.</summary>
    /// <exception cref="ArgumentException">A price array's length differs from x's.</exception>
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

    /// <summary>The bar times.</summary>
    public ChartData X { get; }
    /// <summary>Opening prices.</summary>
    public double[] Open { get; }
    /// <summary>High prices.</summary>
    public double[] High { get; }
    /// <summary>Low prices.</summary>
    public double[] Low { get; }
    /// <summary>Closing prices.</summary>
    public double[] Close { get; }
    /// <summary>CSS colour of candles that closed above their open.</summary>
    public string IncreasingColor { get; init; } = "#26a69a";
    /// <summary>CSS colour of candles that closed below their open.</summary>
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
    /// <summary>A grid of <paramref name="z"/>[row, column] with rows labelled by <paramref name="y"/> and columns by <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentException">z's shape does not match the labels.</exception>
    public HeatmapTrace(ChartData x, ChartData y, double[,] z)
    {
        ArgumentNullException.ThrowIfNull(z);
        if (z.GetLength(1) != x.Length) throw new ArgumentException($"z has {z.GetLength(1)} columns but x has {x.Length} labels.");
        if (z.GetLength(0) != y.Length) throw new ArgumentException($"z has {z.GetLength(0)} rows but y has {y.Length} labels.");
        X = x;
        Y = y;
        Z = z;
    }

    /// <summary>Column labels.</summary>
    public ChartData X { get; }
    /// <summary>Row labels.</summary>
    public ChartData Y { get; }
    /// <summary>Cell values, [row, column]; NaN leaves a cell empty.</summary>
    public double[,] Z { get; }
    /// <summary>Colour scale of the cells.</summary>
    public ColorScale ColorScale { get; init; } = ColorScale.Viridis;
    /// <summary>Centre of the colour scale (0 for returns, so white means flat).</summary>
    public double? ZMid { get; init; }
    /// <summary>Value at the low end of the scale; null for the data's minimum.</summary>
    public double? ZMin { get; init; }
    /// <summary>Value at the high end of the scale; null for the data's maximum.</summary>
    public double? ZMax { get; init; }
    /// <summary>A d3 format for the value printed in each cell, e.g. ".1%"; null prints nothing.</summary>
    public string? CellFormat { get; init; }
    /// <summary>Whether a colour bar is drawn.</summary>
    public bool ShowScale { get; init; } = true;
    /// <summary>Title of the colour bar, with the unit.</summary>
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
