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

    /// <summary>The most points a line is drawn with (default 2,000); a longer one keeps each stretch's lowest and highest
    /// values (<see cref="LineDownSampling"/>) and the title says so. Null draws every point.</summary>
    public int? MaxPointsPerTrace { get; set; } = DefaultMaxPointsPerTrace;

    /// <summary>The default of <see cref="MaxPointsPerTrace"/>: 20 years of daily data drawn with about a fifth of a page's weight.</summary>
    public const int DefaultMaxPointsPerTrace = 2_000;

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
        var keep = Traces.Select(t => MaxPointsPerTrace is int max ? t.DownSampled(max) : null).ToArray();
        var buffer = new ArrayBufferWriter<byte>(4096 + 64 * Math.Min(PointCount(), (MaxPointsPerTrace ?? int.MaxValue / 64) * Math.Max(1, Traces.Count)));
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            for (int i = 0; i < Traces.Count; i++) Traces[i].Write(w, keep[i]);
            w.WriteEndArray();
            Layout.Write(w, DownSamplingNote(keep));
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

    /// <summary>What the reader must know when points were dropped: how many there were and how many are drawn.</summary>
    private string? DownSamplingNote(int[]?[] keep)
    {
        int longest = 0, drawn = 0;
        for (int i = 0; i < Traces.Count; i++)
            if (keep[i] is { } k)
            {
                longest = Math.Max(longest, Traces[i].PointCount);
                drawn = Math.Max(drawn, k.Length);
            }
        return longest == 0 ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"down-sampled: {longest:N0} points per line drawn as {drawn:N0} (each stretch's low and high kept)");
    }

    private int PointCount()
    {
        int n = 0;
        foreach (var t in Traces) n += t.PointCount;
        return n;
    }
}
