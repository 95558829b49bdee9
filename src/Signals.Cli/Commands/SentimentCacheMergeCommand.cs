using System.ComponentModel;
using Signals.Sentiment.Caching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>`signals sentiment cache-merge`: merge shard caches into one (sources are only read).</summary>
public sealed class SentimentCacheMergeCommand(CliHost host) : Command<SentimentCacheMergeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--into <FILE>"), Description("The cache to merge into (created if missing; keys it holds are kept).")]
        public string Into { get; init; } = "";

        [CommandArgument(0, "<CACHES>"), Description("The caches to merge (e.g. shard-*.db).")]
        public string[] Caches { get; init; } = [];

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Into) ? ValidationResult.Error("--into FILE is required")
            : Caches.Length == 0 ? ValidationResult.Error("name at least one cache to merge") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var result = SentimentCacheMerge.Into(settings.Into, settings.Caches);
        host.Out.WriteLine($"{result.Read} rows from {settings.Caches.Length} caches: {result.Added} added, {result.AlreadyPresent} already in {settings.Into}");
        return 0;
    }
}
