using System.Text.Json;

namespace Signals.Reporting;

/// <summary>Writes a plotly.js colour bar with its title, for heatmaps and colour-mapped markers.</summary>
internal static class ColorBar
{
    public static void Write(Utf8JsonWriter w, string title)
    {
        w.WriteStartObject("colorbar");
        w.WriteStartObject("title");
        w.WriteString("text", title);
        w.WriteEndObject();
        w.WriteNumber("thickness", 12);
        w.WriteEndObject();
    }
}
