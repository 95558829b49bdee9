namespace Signals.Notebooks;

/// <summary>How to run a notebook headless.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Longest time one cell may take before the run fails with a timeout naming it.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>When set, the notebook is written here with the outputs of this run (the source file is never touched).</summary>
    public string? OutputPath { get; init; }

    /// <summary>When set, the run is also written here as a notebook page (HTML, offline; see NotebookPageHtml).</summary>
    public string? HtmlPath { get; init; }
}
