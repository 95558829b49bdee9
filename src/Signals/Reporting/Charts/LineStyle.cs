using System.Text.Json;

namespace Signals.Reporting;

/// <summary>How a line is drawn.</summary>
/// <param name="Color">A CSS colour; null lets plotly.js pick from its cycle.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Dash">Dash pattern.</param>
/// <param name="Shape">How points are joined.</param>
public sealed record LineStyle(string? Color = null, double Width = 1.5, LineDash Dash = LineDash.Solid, LineShape Shape = LineShape.Linear)
{
    internal void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject("line");
        if (Color is not null) w.WriteString("color", Color);
        w.WriteNumber("width", Width);
        if (Dash != LineDash.Solid) w.WriteString("dash", Dash switch { LineDash.Dot => "dot", LineDash.Dash => "dash", _ => "dashdot" });
        if (Shape != LineShape.Linear) w.WriteString("shape", Shape == LineShape.StepAfter ? "hv" : "spline");
        w.WriteEndObject();
    }
}
