namespace Signals.Data;

/// <summary>
/// An output path the kit will not write to: a folder or file it did not write itself, an input of the run, or a
/// path of the wrong kind. Thrown by <see cref="OutputFolder.Claim"/> and <see cref="OutputFile.Check"/> before any work.
/// </summary>
public sealed class OutputRefusedException(string message) : IOException(message);
