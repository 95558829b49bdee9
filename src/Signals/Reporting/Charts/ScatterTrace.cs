using System.Text.Json;

namespace Signals.Reporting;

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
