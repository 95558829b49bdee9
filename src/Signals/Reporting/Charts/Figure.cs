using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Signals.Reporting;

/// <summary>
/// A chart: traces plus layout, serialised to a plotly.js figure (<c>{"data":[...],"layout":{...},"config":{...}}</c>).
/// The model is ours (no F# or Plotly.NET types) so it loads in any notebook kernel; plotly.js draws it.
/// </summary>
public sealed class Figure
{
    /// <summary>An empty figure with an optional title.</summary>
    public Figure(string? title = null) => Layout.Title = title;

    /// <summary>The traces, drawn in order (later ones on top).</summary>
    public List<Trace> Traces { get; } = [];
    /// <summary>Title, size, legend, axes and shapes.</summary>
    public Layout Layout { get; } = new();

    /// <summary>Adds a trace and returns the figure, so traces chain.</summary>
    public Figure Add(Trace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        Traces.Add(trace);
        return this;
    }

    /// <summary>
    /// The figure as plotly.js JSON. Deterministic: invariant numbers in shortest round-trip form, NaN and infinities as
    /// null (plotly.js draws a gap), dates as ISO strings, and HTML-significant characters escaped as \u003C etc.
    /// so the JSON can sit inside a &lt;script&gt; element.
    /// </summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(4096 + 64 * PointCount());
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var t in Traces) t.Write(w);
            w.WriteEndArray();
            Layout.Write(w);
            w.WriteStartObject("config");
            w.WriteBoolean("responsive", true);
            w.WriteBoolean("displaylogo", false);
            w.WriteBoolean("showLink", false);
            w.WriteStartArray("modeBarButtonsToRemove");
            w.WriteStringValue("lasso2d");
            w.WriteStringValue("select2d");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>"Figure 'title': N traces", for debugging.</summary>
    public override string ToString() => $"Figure '{Layout.Title}': {Traces.Count} traces";

    private int PointCount()
    {
        int n = 0;
        foreach (var t in Traces) n += t.PointCount;
        return n;
    }
}
