using System.ComponentModel;
using Signals.Analytics;
using Signals.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// `signals sweep merge`: the shard files of one `signals sweep --shard K/N` run joined into the file the unsharded
/// run writes, byte for byte; shards of another grid, inputs or settings, a missing shard or one given twice are
/// refused by name before anything is written. The shard files are only read.
/// </summary>
public sealed class SweepMergeCommand(IAnsiConsole console) : Command<SweepMergeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <FILE>"), Description("The merged sweep file: new, or one signals wrote before.")]
        public string Out { get; init; } = "";

        [CommandOption("--top <N>"), Description("How many of the best configurations to print."), DefaultValue(5)]
        public int Top { get; init; } = 5;

        [CommandArgument(0, "<SHARDS>"), Description("The shard files (e.g. shard-*.jsonl), every K of N once.")]
        public string[] Shards { get; init; } = [];

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out FILE is required")
            : Shards.Length == 0 ? ValidationResult.Error("name the shard files to merge")
            : Top < 0 ? ValidationResult.Error("--top must be 0 or more")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        OutputFile.Check(settings.Out, "sweep merge", settings.Shards);
        var merged = LongShortSweepFile.Merge(settings.Shards.Select(LongShortSweepFile.Read).ToList());
        var path = OutputFile.WriteText(settings.Out, "sweep merge", merged.Write);
        SweepSummary.Print(console, merged, settings.Top);
        console.MarkupLineInterpolated($"merged {settings.Shards.Length} shards into {path}");
        return 0;
    }
}
