using System.Text.Json;

namespace Signals.Reporting;

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
