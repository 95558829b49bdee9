namespace Signals.Notebooks;

/// <summary>How to run a notebook headless.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Longest time one cell may take before the run fails with a timeout naming it.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>When set, the notebook is written here with the outputs of this run (the source file is never touched).</summary>
    public string? OutputPath { get; init; }

    /// <summary>Keep running the cells after one fails (as dotnet-repl does); by default the run stops at the first failure,
    /// since later cells depend on earlier ones and their errors only bury the real one.</summary>
    public bool ContinueOnError { get; init; }
}
