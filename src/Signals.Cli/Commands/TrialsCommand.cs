using System.ComponentModel;
using System.Globalization;
using Signals.Workflows.Trials;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>`signals trials`: the configurations `signals study` has recorded, one row per trial, as the Deflated Sharpe counts them.</summary>
public sealed class TrialsCommand(CliHost host) : AsyncCommand<TrialsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--trials <FILE>"), Description("The trials file (default: trials.jsonl beside --cache, else in the current folder).")]
        public string? Trials { get; init; }

        [CommandOption("--cache <FILE>"), Description("The study's score cache: its trials file is trials.jsonl in the same folder.")]
        public string? Cache { get; init; }

        public string Path => Trials ?? (Cache is null ? TrialsLog.DefaultFileName : TrialsLog.BesideCache(Cache));
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string path = settings.Path;
        if (!File.Exists(path)) throw new ArgumentException($"no trials file at {System.IO.Path.GetFullPath(path)} (signals study writes one beside --cache, or at --trials)");
        var trials = TrialsLog.Load(path);
        // One plain line per trial: readable in a terminal and in a pipe, where a wide table would wrap.
        int i = 0;
        foreach (var t in trials)
        {
            var c = t.Configuration;
            var parts = new List<string> { $"{++i,3}", t.Hash, c.Scorer };
            if (c.Model is not null) parts.Add("model " + c.Model);
            if (c.PromptVersion is not null) parts.Add("prompt " + c.PromptVersion);
            if (c.Thinking is not null) parts.Add("thinking " + c.Thinking);
            parts.Add(c.Strategy);
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{c.From:yyyy-MM-dd}..{c.To:yyyy-MM-dd}"));
            parts.Add("data " + c.Data);
            parts.Add("Sharpe " + (double.IsFinite(t.Sharpe) ? t.Sharpe.ToString("0.00", CultureInfo.InvariantCulture) : "n/a"));
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"runs {t.Runs}, last {t.LastRunUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC"));
            host.Out.WriteLine(string.Join("  ", parts));
        }
        int data = trials.Select(t => t.Configuration.Data).Distinct(StringComparer.Ordinal).Count();
        host.Out.WriteLine($"{trials.Count} trials recorded in {System.IO.Path.GetFullPath(path)} ({data} data set{(data == 1 ? "" : "s")}); the parameters of each are in the file.");
        return Task.FromResult(0);
    }
}
