namespace Signals.Notebooks;

/// <summary>What one notebook run did: every cell that ran, in order, and the first failure if any.</summary>
public sealed record NotebookRunResult(string NotebookPath, TimeSpan Elapsed, IReadOnlyList<CellRunResult> Cells)
{
    public CellRunResult? FailedCell => Cells.FirstOrDefault(c => !c.Succeeded);

    public bool Succeeded => FailedCell is null;

    /// <summary>"notebook, cell N ('first line'): error" for the first failing cell, or null when all passed.</summary>
    public string? FailureMessage => FailedCell is { } cell ? $"{NotebookPath}, {cell.Describe()}: {cell.Error}" : null;
}

/// <summary>One code cell as it ran. <see cref="Index"/> counts every cell of the document from 1, markdown included,
/// so it matches what an editor shows.</summary>
public sealed record CellRunResult(int Index, string KernelName, string FirstLine, TimeSpan Elapsed, IReadOnlyList<CellOutput> Outputs, string? Error)
{
    public bool Succeeded => Error is null;

    public string Describe() => $"cell {Index} ('{FirstLine}')";
}

/// <summary>One output of a cell. Display outputs carry one formatted value per mime type; stream and error
/// outputs carry plain text.</summary>
public sealed record CellOutput(CellOutputKind Kind, IReadOnlyDictionary<string, string> Data, string? DisplayId = null)
{
    public string? Text(string mimeType = "text/plain") => Data.TryGetValue(mimeType, out var value) ? value : null;
}

public enum CellOutputKind
{
    Display,
    ReturnValue,
    StandardOutput,
    StandardError,
    Error,
}
