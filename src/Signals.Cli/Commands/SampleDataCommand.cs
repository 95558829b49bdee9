using System.ComponentModel;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

public sealed class SampleDataCommand : AsyncCommand<SampleDataCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--seed <SEED>")]
        [Description("Random seed; the same seed gives the same bytes.")]
        [DefaultValue(42)]
        public int Seed { get; init; } = 42;

        [CommandOption("--out <DIR>")]
        [Description("Output folder.")]
        [DefaultValue("data/sample")]
        public string Out { get; init; } = "data/sample";
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        throw new NotImplementedException("sample-data: not written yet");
    }
}
