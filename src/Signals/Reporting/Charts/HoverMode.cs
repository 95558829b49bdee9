namespace Signals.Reporting;

/// <summary>What the hover label shows.</summary>
public enum HoverMode
{
    /// <summary>One label listing every trace at the hovered x (time series).</summary>
    XUnified,
    /// <summary>The single point nearest the pointer (scatter plots).</summary>
    Closest,
    /// <summary>One label per trace at the hovered x.</summary>
    X,
}
