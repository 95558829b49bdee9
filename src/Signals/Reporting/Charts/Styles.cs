using System.Text.Json;

namespace Signals.Reporting;

public enum LineDash { Solid, Dot, Dash, DashDot }

/// <summary>How points are joined: straight segments, or steps (a value holds until the next point).</summary>
public enum LineShape { Linear, StepAfter, Spline }

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
    public string? Color { get; init; }
    public string[]? Colors { get; init; }
    public double[]? Values { get; init; }
    public ColorScale? ColorScale { get; init; }
    public double? ColorMin { get; init; }
    public double? ColorMax { get; init; }
    public bool ShowScale { get; init; }
    public string? ColorBarTitle { get; init; }
    public double Size { get; init; } = 7;
    /// <summary>A plotly.js marker symbol name: circle, triangle-up, triangle-down, diamond, x, ...</summary>
    public string? Symbol { get; init; }
    public string[]? Symbols { get; init; }
    public string? OutlineColor { get; init; }
    public double OutlineWidth { get; init; }
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

/// <summary>A continuous colour scale: stops from 0 to 1, each with a CSS colour.</summary>
public sealed class ColorScale
{
    private readonly (double Stop, string Color)[] stops;

    public ColorScale(params (double Stop, string Color)[] stops)
    {
        if (stops.Length < 2) throw new ArgumentException("A colour scale needs at least two stops.", nameof(stops));
        this.stops = stops;
    }

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
    public const string Strategy = "#1f4e79";
    public const string Benchmark = "#8c96a3";
    public const string Loss = "#c0392b";
    public const string LossFill = "rgba(192,57,43,0.25)";
    public const string Gain = "#2e7d32";
    public const string Accent = "#e67e22";
    public const string Grid = "#e6e9ef";
    public const string Zero = "#6b7280";
    public const string Text = "#1f2937";
}
