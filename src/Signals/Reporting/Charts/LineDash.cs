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
