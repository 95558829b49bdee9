using System.Text.Json;

namespace Signals.Reporting;

/// <summary>The dash pattern of a line.</summary>
public enum LineDash
{
    /// <summary>An unbroken line.</summary>
    Solid,
    /// <summary>Dotted.</summary>
    Dot,
    /// <summary>Dashed.</summary>
    Dash,
    /// <summary>Dash-dot.</summary>
    DashDot,
}

/// <summary>How points are joined: straight segments, or steps (a value holds until the next point).</summary>
public enum LineShape
{
    /// <summary>Straight segments between points.</summary>
    Linear,
    /// <summary>Each value holds until the next point (positions, regimes).</summary>
    StepAfter,
    /// <summary>A smoothed curve through the points (for looks only, never for data that steps).</summary>
    Spline,
}

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

/// <summary>A continuous colour scale: stops from 0 to 1, each with a CSS colour.</summary>
public sealed class ColorScale
{
    private readonly (double Stop, string Color)[] stops;

    /// <summary>A scale through the given stops (0 to 1, ascending, each with a CSS colour).</summary>
    /// <exception cref="ArgumentException">Fewer than two stops.</exception>
    public ColorScale(params (double Stop, string Color)[] stops)
    {
        if (stops.Length < 2) throw new ArgumentException("A colour scale needs at least two stops.", nameof(stops));
        this.stops = stops;
    }

    /// <summary>The stops, as given.</summary>
    public IReadOnlyList<(double Stop, string Color)> Stops => stops;

    /// <summary>Losses red, zero white, gains green: for returns and signed scores (use with a symmetric range).</summary>
    public static ColorScale RedGreen { get; } = new((0, "#b2182b"), (0.25, "#ef8a62"), (0.5, "#f7f7f7"), (0.75, "#7fbf7b"), (1, "#1b7837"));

    /// <summary>Low to high in one hue: for magnitudes such as a Sharpe ratio over a parameter grid.</summary>
    public static ColorScale Viridis { get; } = new((0, "#440154"), (0.25, "#3b528b"), (0.5, "#21918c"), (0.75, "#5ec962"), (1, "#fde725"));

    internal void Write(Utf8JsonWriter w, string name)
    {
        w.WriteStartArray(name);
        foreach (var (stop, color) in stops)
        {
            w.WriteStartArray();
            w.WriteNumberValue(stop);
            w.WriteStringValue(color);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }
}

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

/// <summary>The colours the builders use, chosen to read well on white and in print.</summary>
public static class ChartColors
{
    /// <summary>The strategy's own series (dark blue).</summary>
    public const string Strategy = "#1f4e79";
    /// <summary>A benchmark or reference series (grey).</summary>
    public const string Benchmark = "#8c96a3";
    /// <summary>Losses, short legs, negative values (red).</summary>
    public const string Loss = "#c0392b";
    /// <summary>Translucent red for drawdown areas.</summary>
    public const string LossFill = "rgba(192,57,43,0.25)";
    /// <summary>Gains, long legs, positive values (green).</summary>
    public const string Gain = "#2e7d32";
    /// <summary>A highlight that stands apart from gains and losses (orange).</summary>
    public const string Accent = "#e67e22";
    /// <summary>Grid lines.</summary>
    public const string Grid = "#e6e9ef";
    /// <summary>Zero lines and reference lines.</summary>
    public const string Zero = "#6b7280";
    /// <summary>Text.</summary>
    public const string Text = "#1f2937";
}
