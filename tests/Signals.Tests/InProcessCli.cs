namespace Signals.Tests;

/// <summary>
/// Test classes that run `signals` commands inside the test process. Spectre.Console allows one live display
/// (a progress bar) per process at a time and throws on a second, so these classes share a collection and never
/// run at the same time as each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class InProcessCli
{
    public const string Name = "in-process signals commands";
}
