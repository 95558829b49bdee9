using System.ComponentModel;
using System.Globalization;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Data;
using Signals.Workflows;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// `signals sweep`: the sentiment long-short swept over half-life × quantile on the user's prices and news (the
/// study's loaders and scorers), the whole grid or one `--shard K/N` of it, into a JSON-lines file
/// (<see cref="LongShortSweepFile"/>) that `signals sweep merge` joins back into the unsharded run's bytes.
/// </summary>
public sealed class SweepCommand(IAnsiConsole console, CliHost host) : AsyncCommand<SweepCommand.Settings>
{
    public sealed class Settings : CostCommandSettings
    {
        [CommandOption("--prices <PATH>"), Description("Daily bars: a file with a symbol column (CSV, .gz or Parquet), or a folder of per-symbol files (as `study`).")]
        public string Prices { get; init; } = "";

        [CommandOption("--news <PATH>"), Description("News: a file or a folder of files (as `study`), scored with --scorer.")]
        public string? News { get; init; }

        [CommandOption("--news-zone <ZONE>"), Description("IANA zone of news timestamps written without an offset.")]
        public string? NewsZone { get; init; }

        [CommandOption("--scorer <NAME>"), Description("embedded (default), lexicon or llm (with the LLM options below); --cache is read and filled as in `study`.")]
        public string? Scorer { get; init; }

        [CommandOption("--half-lives <LIST>"), Description("The grid's half-lives in trading days, comma-separated."), DefaultValue("0.5,1,2,3,5,10")]
        public string HalfLives { get; init; } = "0.5,1,2,3,5,10";

        [CommandOption("--quantiles <LIST>"), Description("The grid's quantiles (fraction of names long and short, each above 0 and at most 0.5), comma-separated."), DefaultValue("0.1,0.2,0.3,0.4,0.5")]
        public string Quantiles { get; init; } = "0.1,0.2,0.3,0.4,0.5";

        [CommandOption("--shard <K/N>"), Description("Only the configurations of shard K of N (by a stable hash of the grid index); join the shard files with `signals sweep merge`.")]
        public string? Shard { get; init; }

        [CommandOption("--top <N>"), Description("How many of the best configurations to print."), DefaultValue(5)]
        public int Top { get; init; } = 5;

        [CommandOption("--dry-run"), Description("Load and check everything, print the scorer's expected tokens and cost; score, sweep and write nothing. Needs no API key.")]
        public bool DryRun { get; init; }

        [CommandOption("--out <FILE>"), Description("The sweep file (JSON lines) to write: new, or one signals wrote before.")]
        public string Out { get; init; } = "";

        public string ScorerName => (Scorer ?? "embedded").Trim().ToLowerInvariant();

        public override ValidationResult Validate()
        {
            if (Prices.Length == 0) return ValidationResult.Error("--prices is required");
            if (News is null) return ValidationResult.Error("--news is required (the headlines the signal is built from)");
            if (Out.Length == 0) return ValidationResult.Error("--out FILE is required");
            if (ScorerName != "llm" && !Signals.Sentiment.OfflineScorers.Names.Contains(ScorerName)) return ValidationResult.Error($"--scorer must be llm or one of: {string.Join(", ", Signals.Sentiment.OfflineScorers.Names)}");
            if (ListError("--half-lives", HalfLives, h => h > 0) is { } h) return ValidationResult.Error(h);
            if (ListError("--quantiles", Quantiles, q => q > 0 && q <= 0.5) is { } q) return ValidationResult.Error(q);
            if (Shard is not null)
            {
                try { BatchShard.Parse(Shard); }
                catch (FormatException ex) { return ValidationResult.Error("--shard: " + ex.Message); }
            }
            if (CostError() is { } costs) return ValidationResult.Error(costs);
            if (Top < 0) return ValidationResult.Error("--top must be 0 or more");
            return ValidationResult.Success();
        }

        public double[] HalfLivesDays => ParseList(HalfLives);

        public double[] QuantileList => ParseList(Quantiles);

        public BatchShard? ParsedShard => Shard is null ? null : BatchShard.Parse(Shard);

        protected override string DefaultSizing => "fractional";

        private static double[] ParseList(string text) =>
            text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

        private static string? ListError(string option, string text, Func<double, bool> valid)
        {
            var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) return $"{option} needs at least one value";
            foreach (var p in parts)
                if (!double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !double.IsFinite(x) || !valid(x))
                    return $"{option}: '{p}' is not a valid value";
            if (parts.Distinct().Count() != parts.Length) return $"{option} lists a value twice";
            return null;
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Refused before anything loads or is scored (and paid for).
        OutputFile.Check(settings.Out, "sweep", [settings.Prices, settings.News!]);
        var (prices, news) = console.Status().Start(Markup.Escape($"loading {settings.Prices} and {settings.News}"), _ =>
            (PriceCsv.LoadWithReport(settings.Prices), NewsFile.LoadWithReport(settings.News!, new NewsLoadOptions { Zone = settings.NewsZone })));
        foreach (var note in prices.Warnings().Concat(news.SymbolNotes))
            console.MarkupLineInterpolated($"[yellow]note:[/] {note}");
        var scorer = settings.CreateScorer(settings.ScorerName, host.Environment, estimateOnly: settings.DryRun);
        LongShortSweepFile sweep;
        try
        {
            if (scorer is Signals.Sentiment.Llm.LlmSentimentScorer llm && news.Items.Count > 0
                && Signals.Sentiment.Llm.ModelCutoffs.LookAheadWarning(llm.Model, DateOnly.FromDateTime(news.Items.Min(i => i.Published).UtcDateTime),
                    DateOnly.FromDateTime(news.Items.Max(i => i.Published).UtcDateTime), settings.Anonymize) is { } lookAhead)
                host.Error.WriteLine("warning: " + lookAhead);
            if (settings.DryRun)
            {
                host.Out.WriteLine(scorer is Signals.Sentiment.Llm.LlmSentimentScorer l ? l.Estimate(news.Items).ToString()
                    : $"{news.Items.Count} headlines for the offline scorer {scorer.Name}: no requests, no cost");
                host.Out.WriteLine($"dry run: inputs and output checked; {settings.HalfLivesDays.Length * settings.QuantileList.Length} configurations; nothing scored, swept or written to {settings.Out}");
                return 0;
            }
            await StudyPreflight.CheckScorerAsync(scorer, news.Items, cancellationToken);
            var grid = $"{settings.HalfLivesDays.Length * settings.QuantileList.Length} configurations{(settings.ParsedShard is { } s ? $" (shard {s})" : "")}";
            sweep = await console.Status().StartAsync(Markup.Escape($"scoring {news.Items.Count} headlines and sweeping {grid}"), _ =>
                SentimentSweep.RunAsync(prices, news, scorer, settings.HalfLivesDays, settings.QuantileList, settings.ToBacktestOptions(),
                    settings.Cutoff, settings.ParsedShard, cancellationToken: cancellationToken));
        }
        finally
        {
            (scorer as IDisposable)?.Dispose();
        }
        var path = OutputFile.WriteText(settings.Out, "sweep", sweep.Write);
        SweepSummary.Print(console, sweep, settings.Top);
        console.MarkupLineInterpolated($"wrote {path}");
        return 0;
    }
}
