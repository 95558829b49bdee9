namespace Signals.Reporting;

/// <summary>How an axis maps values to positions (plotly.js axis <c>type</c>).</summary>
public enum AxisType
{
    /// <summary>Let plotly.js infer the type from the data.</summary>
    Auto,
    /// <summary>Numbers on a linear scale.</summary>
    Linear,
    /// <summary>Numbers on a log₁₀ scale (equity curves over decades).</summary>
    Log,
    /// <summary>Dates and timestamps.</summary>
    Date,
    /// <summary>Labels, one slot each, in the order given.</summary>
    Category,
}
