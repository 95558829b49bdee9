namespace Signals.Tests.Cli;

public sealed class CliShellTests
{
    [Fact]
    public void Help_lists_the_commands()
    {
        var r = CliRunner.Run(AppContext.BaseDirectory, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("sample-data", r.Stdout);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var r = CliRunner.Run(AppContext.BaseDirectory, "--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", r.Stdout.Trim());
    }

    [Fact]
    public void An_unknown_command_is_one_line_on_stderr_and_a_non_zero_exit()
    {
        var r = CliRunner.Run(AppContext.BaseDirectory, "no-such-command");
        Assert.NotEqual(0, r.ExitCode);
        var lines = r.Stderr.Trim().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error:", lines[0]);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
