using System.Globalization;
using Spectre.Console;

namespace Signals.Cli;

/// <summary>Adds a task to a progress display: description, maximum value.</summary>
internal delegate ProgressTask AddProgressTask(string description, double maxValue);

/// <summary>
/// Progress for long commands. In a terminal: Spectre's live bars. Elsewhere (CI logs, pipes, files) Spectre falls back
/// to reprinting every task's table at each milestone, dozens of blocks for one run; here each task instead prints
/// one plain line whenever it passes another <see cref="PlainStepPercent"/> percent, and one when it is done.
/// </summary>
internal static class ConsoleProgress
{
    public const int PlainStepPercent = 5;

    public static Task RunAsync(IAnsiConsole console, Func<AddProgressTask, Task> work, bool autoClear = true, params ProgressColumn[] columns)
    {
        if (IsLive(console))
        {
            var progress = console.Progress().AutoClear(autoClear);
            if (columns.Length > 0) progress = progress.Columns(columns);
            return progress.StartAsync(ctx => work((description, max) => ctx.AddTask(description, maxValue: max)));
        }
        return RunPlainAsync(console, work);
    }

    public static void Run(IAnsiConsole console, Action<AddProgressTask> work, bool autoClear = true, params ProgressColumn[] columns) =>
        RunAsync(console, add => { work(add); return Task.CompletedTask; }, autoClear, columns).GetAwaiter().GetResult();

    private static bool IsLive(IAnsiConsole console) => console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi;

    private static async Task RunPlainAsync(IAnsiConsole console, Func<AddProgressTask, Task> work)
    {
        var lines = new PlainProgressLines(console);
        using var timer = new Timer(_ => lines.Poll(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        try { await work(lines.Add); }
        finally
        {
            await timer.DisposeAsync();
            lines.Poll();
        }
    }

    /// <summary>The plain renderer: polls its tasks and writes a line per step passed; thread-safe.</summary>
    internal sealed class PlainProgressLines(IAnsiConsole console)
    {
        private readonly List<(ProgressTask Task, int[] Printed)> _tasks = [];
        private readonly object _gate = new();

        public ProgressTask Add(string description, double maxValue)
        {
            lock (_gate)
            {
                var task = new ProgressTask(_tasks.Count, description, maxValue, autoStart: true);
                _tasks.Add((task, [-1]));
                return task;
            }
        }

        /// <summary>Prints what changed since the last poll: at most one line per task.</summary>
        public void Poll()
        {
            lock (_gate)
            {
                foreach (var (task, printed) in _tasks)
                {
                    double percent = task.MaxValue > 0 ? Math.Clamp(100 * task.Value / task.MaxValue, 0, 100) : 0;
                    int step = (int)(percent / PlainStepPercent) * PlainStepPercent;
                    if (step <= printed[0] || (step == 0 && printed[0] == -1 && task.Value <= 0)) continue;
                    printed[0] = step;
                    string elapsed = task.ElapsedTime is { } e ? e.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s" : "";
                    string text = step >= 100
                        ? $"{task.Description}: done ({elapsed})"
                        : string.Create(CultureInfo.InvariantCulture, $"{task.Description}: {step}% ({task.Value:N0}/{task.MaxValue:N0}, {elapsed})");
                    // Straight to the console's writer: Spectre would wrap a log line at its assumed 80 columns.
                    var writer = console.Profile.Out.Writer;
                    writer.WriteLine(Markup.Remove(text));
                    writer.Flush();
                }
            }
        }
    }
}
