using System.ComponentModel;
using Signals.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary><c>signals report</c>: a self-contained HTML tearsheet from the output folder of <c>signals backtest</c>.</summary>
public sealed class ReportCommand(CliHost host) : AsyncCommand<ReportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--run <DIR>")]
        [Description("Backtest output folder (stats.json, equity.csv, trades.csv, params.json).")]
        public string? Run { get; init; }

        [CommandOption("--benchmark-run <DIR>")]
        [Description("Optional second run folder drawn as the benchmark (e.g. buy-and-hold).")]
        public string? BenchmarkRun { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("The HTML file to write; works offline (plotly.js and CSS inlined).")]
        public string? Out { get; init; }

        [CommandOption("--title <TITLE>")]
        [Description("Page title (default: '<strategy> — backtest tearsheet').")]
        public string? Title { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Run)) return ValidationResult.Error("--run DIR is required");
            if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out FILE.html is required");
            return ValidationResult.Success();
        }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        Signals.Data.OutputFile.Check(settings.Out!, "report");
        var input = RunTearsheet.FromFolders(settings.Run!, settings.BenchmarkRun, settings.Title);
        cancellationToken.ThrowIfCancellationRequested();
        Signals.Data.OutputFile.WriteText(settings.Out!, "report", Tearsheet.Render(input));
        // stdout carries the result (the file written); the summary goes to stderr so pipelines stay clean.
        host.Out.WriteLine(Path.GetFullPath(settings.Out!));
        host.Error.WriteLine($"tearsheet: {input.Dates.Length} days, {input.Trades.Count} trades, {input.Stats.Count} statistics");
        return Task.FromResult(0);
    }
}
