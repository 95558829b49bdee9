using System.Globalization;
using Spectre.Console;

namespace Signals.Cli;

/// <summary>
/// The consoles commands write through. In a terminal, Spectre's own detection. Piped or redirected (CI logs,
/// `| tee`, a file), Spectre would assume 80 columns and hard-wrap every sentence and table there; instead lines
/// wrap at COLUMNS when it is set and are otherwise left whole.
/// </summary>
public static class CliConsole
{
    /// <summary>The width of a redirected stream without COLUMNS: wide enough that no line the kit prints wraps.</summary>
    public const int UnwrappedWidth = 4096;

    /// <summary>A console on standard output.</summary>
    public static IAnsiConsole Stdout() => Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>A console on standard error (progress of commands whose stdout carries results).</summary>
    public static IAnsiConsole Stderr() => Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>A console on <paramref name="writer"/>; <paramref name="redirected"/> says it is not a terminal.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected, Func<string, string?>? environment = null)
    {
        // Created on the writer itself so Spectre's detection (colours, ANSI in CI, interactivity) sees the real stream.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (!redirected) return console;
        console.Profile.Out = new AnsiConsoleOutput(new TrailingSpaceTrimmer(writer));
        console.Profile.Width = RedirectedWidth(environment ?? Environment.GetEnvironmentVariable);
        return console;
    }

    /// <summary>COLUMNS when it holds a positive number, else <see cref="UnwrappedWidth"/>.</summary>
    public static int RedirectedWidth(Func<string, string?> environment) =>
        int.TryParse(environment("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int columns) && columns > 0
            ? columns
            : UnwrappedWidth;
}
