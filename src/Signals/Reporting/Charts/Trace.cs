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
