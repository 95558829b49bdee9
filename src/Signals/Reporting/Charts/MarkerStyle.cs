using System.Text.Json;

namespace Signals.Reporting;

/// <summary>
/// Marker look. Either one <see cref="Color"/>, or per-point <see cref="Values"/> mapped through <see cref="ColorScale"/>
/// between <see cref="ColorMin"/> and <see cref="ColorMax"/> (a sentiment score from red to green, say).
/// </summary>
public sealed record MarkerStyle
{
    /// <summary>One CSS colour for every marker.</summary>
    public string? Color { get; init; }
    /// <summary>A CSS colour per point (overrides <see cref="Color"/>).</summary>
    public string[]? Colors { get; init; }
    /// <summary>A value per point, coloured through <see cref="ColorScale"/> (overrides both colour settings).</summary>
    public double[]? Values { get; init; }
    /// <summary>Scale for <see cref="Values"/>; null for <see cref="ColorScale.RedGreen"/>.</summary>
    public ColorScale? ColorScale { get; init; }
    /// <summary>Value mapped to the low end of the scale; null for the data's minimum.</summary>
    public double? ColorMin { get; init; }
    /// <summary>Value mapped to the high end of the scale; null for the data's maximum.</summary>
    public double? ColorMax { get; init; }
    /// <summary>Whether a colour bar explains <see cref="Values"/>.</summary>
    public bool ShowScale { get; init; }
    /// <summary>Title of that colour bar, with the unit.</summary>
    public string? ColorBarTitle { get; init; }
    /// <summary>Marker diameter in pixels.</summary>
    public double Size { get; init; } = 7;
    /// <summary>A plotly.js marker symbol name: circle, triangle-up, triangle-down, diamond, x, ...</summary>
    public string? Symbol { get; init; }
    /// <summary>A marker symbol per point (overrides <see cref="Symbol"/>).</summary>
    public string[]? Symbols { get; init; }
    /// <summary>CSS colour of the marker outline; null draws none.</summary>
    public string? OutlineColor { get; init; }
    /// <summary>Outline width in pixels.</summary>
    public double OutlineWidth { get; init; }
    /// <summary>Marker opacity in [0, 1]; null for opaque.</summary>
    public double? Opacity { get; init; }

    /// <summary>Colours, values or symbols per point: the trace cannot drop points without misdrawing the rest.</summary>
    internal bool HasPerPointValues => Values is not null || Colors is not null || Symbols is not null;

    internal void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject("marker");
        if (Values is not null)
        {
            JsonNumbers.WriteArray(w, "color", Values);
            (ColorScale ?? ColorScale.RedGreen).Write(w, "colorscale");
            if (ColorMin is double cmin) w.WriteNumber("cmin", cmin);
            if (ColorMax is double cmax) w.WriteNumber("cmax", cmax);
            w.WriteBoolean("showscale", ShowScale);
            if (ShowScale && ColorBarTitle is not null) ColorBar.Write(w, ColorBarTitle);
        }
        else if (Colors is not null)
        {
            JsonStrings.WriteArray(w, "color", Colors);
        }
        else if (Color is not null)
        {
            w.WriteString("color", Color);
        }
        w.WriteNumber("size", Size);
        if (Symbols is not null)
        {
            JsonStrings.WriteArray(w, "symbol", Symbols);
        }
        else if (Symbol is not null)
        {
            w.WriteString("symbol", Symbol);
        }
        if (Opacity is double o) w.WriteNumber("opacity", o);
        if (OutlineColor is not null)
        {
            w.WriteStartObject("line");
            w.WriteString("color", OutlineColor);
            w.WriteNumber("width", OutlineWidth);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }
}
