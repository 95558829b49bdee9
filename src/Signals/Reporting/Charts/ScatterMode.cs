namespace Signals.Reporting;

/// <summary>What a scatter trace draws at its points.</summary>
public enum ScatterMode
{
    /// <summary>Lines only.</summary>
    Lines,
    /// <summary>Markers only.</summary>
    Markers,
    /// <summary>Lines with markers.</summary>
    LinesAndMarkers,
    /// <summary>Text labels only.</summary>
    Text,
    /// <summary>Markers with text labels.</summary>
    MarkersAndText,
}
