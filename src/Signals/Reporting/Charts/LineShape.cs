namespace Signals.Reporting;

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
