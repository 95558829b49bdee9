using System.ComponentModel;
using System.Diagnostics;
using Signals.SampleData;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

public sealed class SampleDataCommand(CliHost host) : AsyncCommand<SampleDataCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--seed <SEED>")]
        [Description("Random seed; the same seed gives the same bytes.")]
        [DefaultValue(42)]
        public int Seed { get; init; } = 42;

        [CommandOption("--out <DIR>")]
        [Description("Output folder: only its four files are written; each must be new, written by signals before, or identical to what is written; other files are left alone.")]
        [DefaultValue("data/sample")]
        public string Out { get; init; } = "data/sample";

        [CommandOption("--symbols <N>")]
        [Description("Write a synthetic scale universe of N names instead of the sample (with --years and --headlines-per-year).")]
        public int? Symbols { get; init; }

        [CommandOption("--years <Y>")]
        [Description("Scale universe: calendar years of daily bars, ending 2024 (default 10).")]
        public int? Years { get; init; }

        [CommandOption("--headlines-per-year <H>")]
        [Description("Scale universe: headlines per name and year (default 20).")]
        public int? HeadlinesPerYear { get; init; }

        internal ScaleDataOptions? ToScaleOptions() =>
            Symbols is null && Years is null && HeadlinesPerYear is null ? null : new ScaleDataOptions(Seed, Symbols ?? 500, Years ?? 10, HeadlinesPerYear ?? 20);

        public override ValidationResult Validate() =>
            ToScaleOptions()?.Problem() is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Before generating: a user's file where a sample file goes is refused, never replaced (other files are left alone).
        if (settings.ToScaleOptions() is null) SampleDataFiles.Check(settings.Out);
        var clock = Stopwatch.StartNew();
        if (settings.ToScaleOptions() is { } scale) return Task.FromResult(WriteScale(scale, settings.Out, clock, cancellationToken));
        SampleDataset? dataset = null;
        var console = host.ErrorConsole;
        ConsoleProgress.Run(console, addTask =>
            {
                var task = addTask($"sessions (seed {settings.Seed})", 100);
                var progress = new Progress(task);
                dataset = SampleDataGenerator.Generate(new SampleDataOptions(settings.Seed), progress, cancellationToken);
                task.Value = task.MaxValue;
                var write = addTask("writing files", 1);
                SampleDataFiles.Write(dataset, settings.Out);
                write.Increment(1);
            }, autoClear: false, new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn());

        var folder = Path.GetFullPath(settings.Out);
        host.Out.WriteLine($"{dataset!.Universe.Count} symbols, {dataset.TradingDays.Count} sessions " +
                              $"{dataset.TradingDays[0]:yyyy-MM-dd}..{dataset.TradingDays[^1]:yyyy-MM-dd}, {dataset.News.Count} headlines " +
                              $"-> {folder} ({clock.Elapsed.TotalSeconds:0.0} s)");
        return Task.FromResult(0);
    }

    private int WriteScale(ScaleDataOptions options, string folder, Stopwatch clock, CancellationToken cancellationToken)
    {
        ScaleDataSummary? summary = null;
        var console = host.ErrorConsole;
        ConsoleProgress.Run(console, addTask =>
            {
                var task = addTask($"names (seed {options.Seed})", options.Symbols);
                summary = ScaleDataGenerator.Write(options, folder, new Progress(task), cancellationToken);
                task.Value = task.MaxValue;
            }, autoClear: false, new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn());
        host.Out.WriteLine($"{summary!.Symbols} symbols, {summary.Sessions} sessions {summary.FirstSession:yyyy-MM-dd}..{summary.LastSession:yyyy-MM-dd}, " +
                              $"{summary.Bars:N0} bars, {summary.Headlines:N0} headlines -> {Path.GetFullPath(folder)} ({clock.Elapsed.TotalSeconds:0.0} s)");
        return 0;
    }

    /// <summary>Synchronous progress: the generator runs on this thread, so the bar updates as it goes.</summary>
    private sealed class Progress(ProgressTask task) : IProgress<SampleDataProgress>
    {
        public void Report(SampleDataProgress value)
        {
            task.MaxValue = value.Sessions;
            task.Value = value.SessionsDone;
        }
    }
}
