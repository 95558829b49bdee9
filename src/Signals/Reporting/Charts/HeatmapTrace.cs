using System.Text.Json;

namespace Signals.Reporting;

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
