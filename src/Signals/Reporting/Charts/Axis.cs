using System.Text.Json;

namespace Signals.Reporting;

/// <summary>One axis of a figure (plotly.js xaxis / yaxis / yaxis2 ...).</summary>
public sealed class Axis
{
    /// <summary>Axis title, with its unit (e.g. "Equity (×)", "Daily IC"); null for none.</summary>
    public string? Title { get; set; }
    /// <summary>Scale of the axis; Auto lets plotly.js infer it.</summary>
    public AxisType Type { get; set; }
    /// <summary>A d3 tick format: ".0%", ",.0f", "%b %Y" ...</summary>
    public string? TickFormat { get; set; }
    /// <summary>The slice of the figure (0..1) this axis spans; stacked subplots give each y axis its own band.</summary>
    public (double From, double To)? Domain { get; set; }
    /// <summary>Another axis this one is drawn over ("y" for a secondary y axis).</summary>
    public string? Overlaying { get; set; }
    /// <summary>The axis this one is anchored to ("x" for a lower subplot's y axis, "y2" for its x axis).</summary>
    public string? Anchor { get; set; }
    /// <summary>Share zoom with another axis ("x" keeps stacked subplots aligned in time).</summary>
    public string? Matches { get; set; }
    /// <summary>Which side of the plot the axis is drawn on.</summary>
    public AxisSide Side { get; set; }
    /// <summary>Whether grid lines are drawn at the ticks.</summary>
    public bool ShowGrid { get; set; } = true;
    /// <summary>Whether a stronger line marks zero (returns, IC, drawdowns).</summary>
    public bool ZeroLine { get; set; }
    /// <summary>Whether the axis runs from high to low (a heatmap's years top-down).</summary>
    public bool Reversed { get; set; }
    /// <summary>Whether the tick labels are drawn.</summary>
    public bool ShowTickLabels { get; set; } = true;
    /// <summary>A fixed range in axis units; null autoscales.</summary>
    public (double From, double To)? Range { get; set; }
    /// <summary>Skip Saturdays and Sundays on a date axis, so daily bars sit edge to edge.</summary>
    public bool HideWeekends { get; set; }
    /// <summary>Whether a date axis shows plotly.js's range slider under the plot (off by default).</summary>
    public bool RangeSlider { get; set; }
    /// <summary>Force every category label to show (heatmaps with a dozen months).</summary>
    public bool ShowAllTicks { get; set; }

    internal void Write(Utf8JsonWriter w, string name)
    {
        w.WriteStartObject(name);
        if (Title is not null)
        {
            w.WriteStartObject("title");
            w.WriteString("text", Title);
            w.WriteEndObject();
        }
        if (Type != AxisType.Auto)
            w.WriteString("type", Type switch { AxisType.Linear => "linear", AxisType.Log => "log", AxisType.Date => "date", _ => "category" });
        if (TickFormat is not null) w.WriteString("tickformat", TickFormat);
        if (Domain is var (from, to)) WritePair(w, "domain", from, to);
        if (Overlaying is not null) w.WriteString("overlaying", Overlaying);
        if (Anchor is not null) w.WriteString("anchor", Anchor);
        if (Matches is not null) w.WriteString("matches", Matches);
        if (Side != AxisSide.Default) w.WriteString("side", Side.ToString().ToLowerInvariant());
        w.WriteBoolean("showgrid", ShowGrid);
        if (ShowGrid) w.WriteString("gridcolor", ChartColors.Grid);
        w.WriteBoolean("zeroline", ZeroLine);
        if (ZeroLine) w.WriteString("zerolinecolor", ChartColors.Zero);
        if (Reversed) w.WriteString("autorange", "reversed");
        if (!ShowTickLabels) w.WriteBoolean("showticklabels", false);
        if (Range is var (lo, hi)) WritePair(w, "range", lo, hi);
        if (HideWeekends)
        {
            w.WriteStartArray("rangebreaks");
            w.WriteStartObject();
            w.WriteStartArray("bounds");
            w.WriteStringValue("sat");
            w.WriteStringValue("mon");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }
        // Candlestick axes show a range slider unless told not to; every axis states it so the output is explicit.
        if (Type == AxisType.Date || RangeSlider)
        {
            w.WriteStartObject("rangeslider");
            w.WriteBoolean("visible", RangeSlider);
            w.WriteEndObject();
        }
        if (ShowAllTicks) w.WriteNumber("dtick", 1);
        w.WriteBoolean("automargin", true);
        w.WriteEndObject();
    }

    private static void WritePair(Utf8JsonWriter w, string name, double a, double b)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(a);
        w.WriteNumberValue(b);
        w.WriteEndArray();
    }
}
