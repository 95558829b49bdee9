using Signals.Cli;

namespace Signals.Tests;

/// <summary>
/// Runs `signals` inside the test process on a host of its own: its stdout and stderr are captured in writers of
/// this run and its environment is only what the test passes (never the machine's API keys), so in-process runs
/// share no console, stream or variable and test classes that use them run in parallel.
/// </summary>
public static class InProcessCli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>The run with an empty environment.</summary>
    public static Task<Result> RunAsync(params string[] args) => RunWithEnvironmentAsync(null, args);

    /// <summary>The exit code of the run with an empty environment (its output is dropped).</summary>
    public static async Task<int> ExitCodeAsync(params string[] args) => (await RunAsync(args)).ExitCode;

    /// <summary>The exit code of the run with <paramref name="environment"/> as its whole environment.</summary>
    public static async Task<int> ExitCodeAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        (await RunWithEnvironmentAsync(environment, args)).ExitCode;

    /// <param name="environment">The run's whole environment (API keys, SIGNALS_LLM_*, COLUMNS); null for none.</param>
    /// <param name="args">The command line after `signals`.</param>
    public static async Task<Result> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var variables = environment ?? new Dictionary<string, string?>();
        var host = CliHost.Create(TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), name => variables.GetValueOrDefault(name));
        int exit = await SignalsApp.RunAsync(args, host);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }
}
