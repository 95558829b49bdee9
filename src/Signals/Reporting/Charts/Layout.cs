using System.Text.Json;

namespace Signals.Reporting;

/// <summary>Everything about a figure that is not data: title, size, legend, axes, reference lines.</summary>
public sealed class Layout
{
    private readonly SortedDictionary<string, Axis> axes = new(StringComparer.Ordinal);

    /// <summary>The figure's title; null for none.</summary>
    public string? Title { get; set; }
    /// <summary>Height in pixels.</summary>
    public int Height { get; set; } = 420;
    /// <summary>Null lets the chart fill its container's width.</summary>
    public int? Width { get; set; }
    /// <summary>Whether the legend is drawn.</summary>
    public bool ShowLegend { get; set; } = true;
    /// <summary>What hovering shows (default: every trace at the hovered x).</summary>
    public HoverMode HoverMode { get; set; } = HoverMode.XUnified;
    /// <summary>How several bar traces share an x position.</summary>
    public BarMode BarMode { get; set; } = BarMode.Group;
    /// <summary>Lines and bands drawn over or under the data, in the order given.</summary>
    public List<Shape> Shapes { get; } = [];
    /// <summary>Top margin in pixels; null picks one from whether there is a title.</summary>
    public int? MarginTop { get; set; }

    /// <summary>The primary x axis.</summary>
    public Axis XAxis => Axis("x");

    /// <summary>The primary y axis.</summary>
    public Axis YAxis => Axis("y");

    /// <summary>The axis a trace refers to as "x", "y", "y2", ...; created on first use.</summary>
    public Axis Axis(string id)
    {
        string key = AxisKey(id);
        if (!axes.TryGetValue(key, out var axis)) axes[key] = axis = new Axis();
        return axis;
    }

    internal static string AxisKey(string id)
    {
        if (id.Length == 0 || (id[0] != 'x' && id[0] != 'y') || (id.Length > 1 && !int.TryParse(id.AsSpan(1), out _)))
            throw new ArgumentException($"'{id}' is not an axis id (x, y, x2, y2, ...).", nameof(id));
        return id[0] + "axis" + id[1..];
    }

    /// <param name="w">The figure's writer.</param>
    /// <param name="note">A line under the title (e.g. that the lines are down-sampled), in small grey type; null for none.</param>
    internal void Write(Utf8JsonWriter w, string? note = null)
    {
        w.WriteStartObject("layout");
        if (Title is not null || note is not null)
        {
            w.WriteStartObject("title");
            string small = note is null ? "" : $"<span style=\"font-size:11px;color:{ChartColors.Zero}\">{HtmlText.Escape(note)}</span>";
            w.WriteString("text", Title is null ? small : note is null ? Title : Title + "<br>" + small);
            w.WriteNumber("x", 0.01);
            w.WriteString("xanchor", "left");
            w.WriteStartObject("font");
            w.WriteNumber("size", 15);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteNumber("height", Height);
        if (Width is int width) w.WriteNumber("width", width);
        else w.WriteBoolean("autosize", true);
        w.WriteBoolean("showlegend", ShowLegend);
        if (ShowLegend)
        {
            // Legend above the plot, left-aligned: it never covers data and does not steal width.
            w.WriteStartObject("legend");
            w.WriteString("orientation", "h");
            w.WriteNumber("x", 0);
            w.WriteNumber("y", 1.02);
            w.WriteString("xanchor", "left");
            w.WriteString("yanchor", "bottom");
            w.WriteEndObject();
        }
        w.WriteString("hovermode", HoverMode switch { HoverMode.XUnified => "x unified", HoverMode.X => "x", _ => "closest" });
        if (BarMode != BarMode.Group) w.WriteString("barmode", BarMode == BarMode.Overlay ? "overlay" : "relative");
        w.WriteStartObject("margin");
        w.WriteNumber("l", 60);
        w.WriteNumber("r", 30);
        w.WriteNumber("t", (MarginTop ?? (Title is null && note is null ? 30 : 60)) + (Title is not null && note is not null ? 16 : 0));
        w.WriteNumber("b", 40);
        w.WriteEndObject();
        w.WriteStartObject("font");
        w.WriteString("family", "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif");
        w.WriteNumber("size", 12);
        w.WriteString("color", ChartColors.Text);
        w.WriteEndObject();
        w.WriteString("paper_bgcolor", "#ffffff");
        w.WriteString("plot_bgcolor", "#ffffff");
        foreach (var (key, axis) in axes) axis.Write(w, key);
        if (Shapes.Count > 0)
        {
            w.WriteStartArray("shapes");
            foreach (var s in Shapes) s.Write(w);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
