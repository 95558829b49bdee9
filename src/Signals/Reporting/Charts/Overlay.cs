namespace Signals.Reporting;

/// <summary>A named line drawn over a price chart (a moving average, a Bollinger band), aligned with the bars.</summary>
public readonly record struct Overlay(string Name, double[] Values)
{
    /// <summary>Lets a notebook write <c>[("SMA 20", sma)]</c>.</summary>
    public static implicit operator Overlay((string Name, double[] Values) t) => new(t.Name, t.Values);
}
