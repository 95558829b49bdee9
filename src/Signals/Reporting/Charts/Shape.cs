using System.Text.Json;

namespace Signals.Reporting;

/// <summary>A line or band drawn on a figure: a zero line, a threshold, the out-of-sample start.</summary>
public sealed record Shape
{
    private Shape(string kind) => Kind = kind;

    internal string Kind { get; }
    internal string XRef { get; private init; } = "paper";
    internal string YRef { get; private init; } = "paper";
    internal JsonValueHolder X0 { get; private init; }
    internal JsonValueHolder X1 { get; private init; }
    internal JsonValueHolder Y0 { get; private init; }
    internal JsonValueHolder Y1 { get; private init; }
    /// <summary>CSS colour of the line (or the band's outline).</summary>
    public string Color { get; init; } = ChartColors.Zero;
    /// <summary>Line width in pixels (0 for a band without outline).</summary>
    public double Width { get; init; } = 1;
    /// <summary>Dash pattern of the line.</summary>
    public LineDash Dash { get; init; } = LineDash.Dash;
    /// <summary>CSS fill colour of a band; null for lines.</summary>
    public string? FillColor { get; init; }

    /// <summary>A horizontal line across the whole plot at <paramref name="y"/> on axis <paramref name="yAxis"/>.</summary>
    public static Shape HorizontalLine(double y, string yAxis = "y") => new("line")
    {
        XRef = "paper", X0 = 0.0, X1 = 1.0, YRef = yAxis, Y0 = y, Y1 = y,
    };

    /// <summary>A vertical line at a date across the plot (e.g. where out-of-sample data begins).</summary>
    public static Shape VerticalLine(DateOnly x, string xAxis = "x") => new("line")
    {
        XRef = xAxis, X0 = ChartData.FormatDate(x), X1 = ChartData.FormatDate(x), YRef = "paper", Y0 = 0.0, Y1 = 1.0,
    };

    /// <summary>A vertical line at a number on a linear x axis (e.g. offset 0, the decision point of an event study).</summary>
    public static Shape VerticalLine(double x, string xAxis = "x") => new("line")
    {
        XRef = xAxis, X0 = x, X1 = x, YRef = "paper", Y0 = 0.0, Y1 = 1.0,
    };

    /// <summary>A shaded band between two dates (a drawdown period, a test window).</summary>
    public static Shape DateBand(DateOnly from, DateOnly to, string fillColor, string xAxis = "x") => new("rect")
    {
        XRef = xAxis, X0 = ChartData.FormatDate(from), X1 = ChartData.FormatDate(to), YRef = "paper", Y0 = 0.0, Y1 = 1.0,
        FillColor = fillColor, Width = 0, Dash = LineDash.Solid,
    };

    internal void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("type", Kind);
        w.WriteString("xref", XRef);
        w.WriteString("yref", YRef);
        X0.Write(w, "x0");
        X1.Write(w, "x1");
        Y0.Write(w, "y0");
        Y1.Write(w, "y1");
        w.WriteStartObject("line");
        w.WriteString("color", Color);
        w.WriteNumber("width", Width);
        if (Dash != LineDash.Solid) w.WriteString("dash", Dash switch { LineDash.Dot => "dot", LineDash.Dash => "dash", _ => "dashdot" });
        w.WriteEndObject();
        if (FillColor is not null) w.WriteString("fillcolor", FillColor);
        w.WriteString("layer", Kind == "rect" ? "below" : "above");
        w.WriteEndObject();
    }
}

/// <summary>A shape coordinate: a number (paper or value units) or a date string.</summary>
internal readonly struct JsonValueHolder
{
    private readonly double number;
    private readonly string? text;

    private JsonValueHolder(double number, string? text)
    {
        this.number = number;
        this.text = text;
    }

    public static implicit operator JsonValueHolder(double x) => new(x, null);
    public static implicit operator JsonValueHolder(string s) => new(0, s);

    public void Write(Utf8JsonWriter w, string name)
    {
        if (text is not null) w.WriteString(name, text);
        else JsonNumbers.Write(w, name, number);
    }
}
