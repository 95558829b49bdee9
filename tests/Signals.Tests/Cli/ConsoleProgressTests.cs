using Signals.Cli;
using Spectre.Console;

namespace Signals.Tests.Cli;

/// <summary>Progress in a CI log or a pipe: a plain line per step passed, not a reprinted table.</summary>
public class ConsoleProgressTests
{
    private static (IAnsiConsole Console, StringWriter Text) PipeConsole()
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(text),
        });
        return (console, text);
    }

    [Fact]
    public void A_task_polled_at_every_unit_prints_one_line_per_five_percent_and_one_when_done()
    {
        var (console, text) = PipeConsole();
        var lines = new ConsoleProgress.PlainProgressLines(console);
        var task = lines.Add("scoring 200 headlines", 200);
        for (int done = 1; done <= 200; done++)
        {
            task.Value = done;
            lines.Poll();
            lines.Poll();   // a poll with nothing new prints nothing
        }
        var printed = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(100 / ConsoleProgress.PlainStepPercent + 1, printed.Length);   // 0 %, 5 % … 95 %, done
        Assert.StartsWith("scoring 200 headlines: 0% (1/200", printed[0]);
        Assert.StartsWith("scoring 200 headlines: 50% (100/200", printed[10]);
        Assert.StartsWith("scoring 200 headlines: done", printed[^1]);
    }

    [Fact]
    public async Task Outside_a_terminal_several_tasks_print_lines_not_blocks_and_the_work_runs()
    {
        var (console, text) = PipeConsole();
        int ran = 0;
        await ConsoleProgress.RunAsync(console, async addTask =>
        {
            var a = addTask("first [[stage]]", 10);   // descriptions are Spectre markup, as in the live display
            var b = addTask("second", 1);
            for (int i = 1; i <= 10; i++) { a.Value = i; await Task.Delay(1); }
            b.Value = 1;
            ran++;
        });
        Assert.Equal(1, ran);
        var output = text.ToString();
        Assert.Contains("first [stage]: done", output);
        Assert.Contains("second: done", output);
        Assert.DoesNotContain("━", output);   // no bar characters in a log
        Assert.True(output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 2 * (100 / ConsoleProgress.PlainStepPercent + 1));
    }
}
