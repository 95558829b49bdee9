namespace Signals.Reporting;

/// <summary>Where an axis is drawn.</summary>
public enum AxisSide
{
    /// <summary>plotly.js's default: bottom for x, left for y.</summary>
    Default,
    /// <summary>Left of the plot (y axes).</summary>
    Left,
    /// <summary>Right of the plot (a secondary y axis).</summary>
    Right,
    /// <summary>Above the plot (x axes).</summary>
    Top,
    /// <summary>Below the plot (x axes).</summary>
    Bottom,
}
