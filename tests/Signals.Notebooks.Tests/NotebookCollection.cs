namespace Signals.Notebooks.Tests;

/// <summary>Notebooks change the process's working directory and formatter registry: never run two at once.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "notebooks";
}
