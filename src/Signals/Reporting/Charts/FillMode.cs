namespace Signals.Reporting;

/// <summary>The area a scatter trace shades.</summary>
public enum FillMode
{
    /// <summary>No fill.</summary>
    None,
    /// <summary>Down (or up) to y = 0 (drawdowns).</summary>
    ToZeroY,
    /// <summary>To the previous trace (a band between two lines).</summary>
    ToNextY,
}
