using System.Text.Json;

namespace Signals.Reporting;

/// <summary>Bars (plotly.js "bar"); per-bar <see cref="Colors"/> let gains and losses differ.</summary>
public sealed class BarTrace(ChartData x, double[] y) : XYTrace(x, y)
{
    /// <summary>One CSS colour for every bar.</summary>
    public string? Color { get; init; }
    /// <summary>A CSS colour per bar (overrides <see cref="Color"/>).</summary>
    public string[]? Colors { get; init; }
    /// <summary>A d3 format for the value label drawn on each bar, e.g. ".1%"; null draws no labels.</summary>
    public string? ValueLabelFormat { get; init; }
    /// <summary>Symmetric error bar half-lengths (e.g. standard errors), one per bar; null draws none.</summary>
    public double[]? ErrorY { get; init; }

    internal override string PlotlyType => "bar";

    private protected override void WriteData(Utf8JsonWriter w)
    {
        WriteXY(w);
        if (ErrorY is not null)
        {
            RequireSameLength("ErrorY", Y.Length, ErrorY.Length);
            w.WriteStartObject("error_y");
            w.WriteString("type", "data");
            JsonNumbers.WriteArray(w, "array", ErrorY);
            w.WriteBoolean("visible", true);
            w.WriteEndObject();
        }
        if (Colors is not null || Color is not null)
        {
            w.WriteStartObject("marker");
            if (Colors is not null)
            {
                JsonStrings.WriteArray(w, "color", Colors);
            }
            else
            {
                w.WriteString("color", Color);
            }
            w.WriteEndObject();
        }
        if (ValueLabelFormat is not null)
        {
            w.WriteString("texttemplate", "%{y:" + ValueLabelFormat + "}");
            w.WriteString("textposition", "outside");
            w.WriteBoolean("cliponaxis", false);
        }
    }
}
