namespace Signals.Reporting;

/// <summary>How several bar traces share an x position.</summary>
public enum BarMode
{
    /// <summary>Side by side.</summary>
    Group,
    /// <summary>Drawn over each other.</summary>
    Overlay,
    /// <summary>Stacked, negatives below zero and positives above.</summary>
    Relative,
}
