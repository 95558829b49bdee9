namespace Signals.Cli;

/// <summary>A command line the kit refuses before doing anything (an unknown option, a stray argument); exits 2 like Spectre's own parse errors.</summary>
public sealed class CommandLineException(string message, Exception? inner = null) : Exception(message, inner);
