using System.Text.RegularExpressions;

namespace Signals.Tests.Cli;

/// <summary>`--help` of every command and sub-command, found by walking the help pages themselves (so a new command is
/// covered without touching this test), runs in a child process and exits 0 with no error line.</summary>
public sealed partial class CliHelpTests
{
    [Fact]
    public void Every_command_and_sub_command_prints_its_help()
    {
        var visited = new List<string>();
        var pending = new Queue<string[]>([[]]);
        while (pending.TryDequeue(out var command))
        {
            var name = command.Length == 0 ? "signals" : "signals " + string.Join(' ', command);
            var r = CliRunner.Run(AppContext.BaseDirectory, [.. command, "--help"]);
            Assert.True(r.ExitCode == 0, $"`{name} --help` exited {r.ExitCode}: {r.Stderr}{r.Stdout}");
            Assert.True(r.Stderr.Trim().Length == 0, $"`{name} --help` wrote to stderr: {r.Stderr}");
            Assert.DoesNotContain("error:", r.Stdout);
            Assert.Contains("USAGE:", r.Stdout);
            visited.Add(name);
            foreach (var sub in SubCommands(r.Stdout)) pending.Enqueue([.. command, sub]);
        }

        // The walk really reached the leaves, including the two whose help once crashed on markup in a description.
        Assert.Contains("signals backtest", visited);
        Assert.Contains("signals indicators", visited);
        Assert.Contains("signals sentiment score", visited);
        Assert.Contains("signals notebooks run", visited);
        Assert.True(visited.Count >= 12, string.Join(", ", visited));
    }

    // The COMMANDS section lists one command per line, indented, its name first.
    private static IEnumerable<string> SubCommands(string help)
    {
        var section = help.Split("COMMANDS:", 2);
        if (section.Length < 2) yield break;
        foreach (var line in section[1].Split('\n'))
        {
            var match = CommandLine().Match(line);
            if (match.Success) yield return match.Groups[1].Value;
        }
    }

    [GeneratedRegex(@"^\s{4}([a-z][a-z0-9-]*)\b")]
    private static partial Regex CommandLine();
}
