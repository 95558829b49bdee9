using System.ComponentModel;
using System.Text;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>`signals sentiment score`: one sentiment row per news item, from an LLM or an offline scorer.</summary>
public sealed class SentimentScoreCommand(CliHost host) : AsyncCommand<SentimentScoreCommand.Settings>
{
    public sealed class Settings : LlmCommandSettings
    {
        [CommandOption("--news <FILE>")]
        [Description("News file (CSV or JSONL): timestamp, symbol(s), headline; optional id, body, source.")]
        public string News { get; init; } = "";

        [CommandOption("--zone <ZONE>")]
        [Description("IANA zone of news timestamps written without an offset (else they are rejected).")]
        public string? Zone { get; init; }

        [CommandOption("--scorer <NAME>")]
        [Description("embedded (offline MiniLM, default), lexicon (offline word list) or llm.")]
        [DefaultValue("embedded")]
        public string Scorer { get; init; } = "embedded";

        [CommandOption("--dry-run")]
        [Description("Print the expected tokens and cost; send nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("--with-reasoning")]
        [Description("Add the model's reasoning text as a column.")]
        public bool WithReasoning { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Output CSV, one row per news item.")]
        public string? Out { get; init; }

        [CommandOption("--batch-out <FILE>")]
        [Description("With --scorer llm: write one OpenAI Batch request (JSONL) per uncached headline instead of sending anything; custom_id = the cache key. File the answers with `sentiment ingest`.")]
        public string? BatchOut { get; init; }

        [CommandOption("--shard <K/N>")]
        [Description("Only the headlines of shard K of N (by a stable hash of the cache key); merge the shards' caches with `sentiment cache merge`.")]
        public string? Shard { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(News)) return ValidationResult.Error("--news FILE is required");
            if (ShardError() is { } shardError) return ValidationResult.Error(shardError);
            if (BatchOut is not null && !Scorer.Trim().Equals("llm", StringComparison.OrdinalIgnoreCase)) return ValidationResult.Error("--batch-out needs --scorer llm");
            if (!DryRun && BatchOut is null && string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out FILE is required");
            var scorer = Scorer.Trim().ToLowerInvariant();
            if (scorer != "llm" && !OfflineScorers.Names.Contains(scorer))
                return ValidationResult.Error($"--scorer must be llm or one of: {string.Join(", ", OfflineScorers.Names)}");
            return ValidationResult.Success();
        }

        private string? ShardError()
        {
            if (Shard is null) return null;
            try { BatchShard.Parse(Shard); return null; }
            catch (FormatException ex) { return "--shard: " + ex.Message; }
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Before anything is read or scored: a user's file at --out / --batch-out is refused, never overwritten.
        if (!settings.DryRun && settings.BatchOut is null) OutputFile.Check(settings.Out!, "sentiment score", [settings.News]);
        if (settings.BatchOut is not null) SentimentBatchFiles.CheckNew(settings.BatchOut);
        var items = NewsFile.Load(settings.News, settings.Zone);

        // A dry run builds the LLM for its estimate only: no key needed, nothing sent.
        var scorer = settings.CreateScorer(settings.Scorer, host.Environment, estimateOnly: settings.DryRun);
        var llmScorer = scorer as LlmSentimentScorer;
        using (scorer as IDisposable)
        {
            // The warnings come first, so a dry run shows every one the real run would.
            if (llmScorer is not null && items.Count > 0
                && ModelCutoffs.LookAheadWarning(llmScorer.Model, DateOnly.FromDateTime(items.Min(i => i.Published).UtcDateTime),
                    DateOnly.FromDateTime(items.Max(i => i.Published).UtcDateTime), settings.Anonymize) is { } lookAhead)
                host.Error.WriteLine("warning: " + lookAhead);

            if (settings.BatchOut is not null) return await SentimentBatchFiles.WriteRequestsAsync(host.Out, llmScorer!, items, settings.BatchOut, settings.Shard, cancellationToken);
            if (settings.Shard is { } shard) items = SentimentBatchFiles.ShardOf(scorer, items, BatchShard.Parse(shard));
            if (settings.DryRun)
            {
                host.Out.WriteLine(llmScorer is not null
                    ? llmScorer.Estimate(items).ToString()
                    : $"{items.Count} items for the offline scorer {scorer.Name}: no requests, no cost");
                return 0;
            }

            if (llmScorer is not null) await llmScorer.CheckEndpointAsync(items, cancellationToken);
            var results = await ScoreWithProgressAsync(scorer, items, cancellationToken);
            OutputFile.WriteText(settings.Out!, "sentiment score", w => ScoredHeadlineCsv.Write(w, results, settings.WithReasoning));

            // One definition of a usable score (ScoredHeadline.IsUsable), as the study counts it: failed = neither usable nor skipped.
            int ok = results.Count(ScoredHeadline.IsUsable), failed = results.Count(r => r.Status != ScoreStatus.Skipped && !ScoredHeadline.IsUsable(r));
            int skipped = results.Count(r => r.Status == ScoreStatus.Skipped), cached = results.Count(r => r.Cached);
            var summary = new StringBuilder(FormattableString.Invariant(
                $"{results.Count} items with {scorer.Name}: {ok} ok, {failed} failed, {skipped} skipped, {cached} from cache"));
            if (llmScorer is not null)
            {
                var fresh = results.Where(r => !r.Cached).ToArray();
                long input = fresh.Sum(r => (long)r.InputTokens), hits = fresh.Sum(r => (long)r.CacheHitTokens);
                long output = fresh.Sum(r => (long)r.OutputTokens), reasoning = fresh.Sum(r => (long)r.ReasoningTokens);
                summary.Append(FormattableString.Invariant($"; {input} input ({hits} cache hits), {output} output ({reasoning} reasoning) tokens"));
                if (llmScorer.Price is not null) summary.Append(FormattableString.Invariant($", ${fresh.Sum(r => double.IsFinite(r.CostUsd) ? r.CostUsd : 0):0.0000}"));
                if (llmScorer.HttpRetries > 0) summary.Append(FormattableString.Invariant($", {llmScorer.HttpRetries} HTTP retries"));
            }
            summary.Append($"; wrote {settings.Out}");

            if (cancellationToken.IsCancellationRequested)
            {
                host.Out.WriteLine(summary.ToString());
                throw new OperationCanceledException($"cancelled: {skipped} items not scored{(settings.Cache is null ? "" : "; run again with the same --cache to finish them")}");
            }
            // A batch in which nothing scored is a failure a script must see; its rows (with their errors) are written all the same.
            var firstFailure = results.FirstOrDefault(r => r.Status == ScoreStatus.Failed);
            if (ok == 0 && failed > 0)
            {
                host.Out.WriteLine(summary.ToString());
                throw new InvalidOperationException($"every item failed ({failed} of {results.Count}); first: {firstFailure!.Error}");
            }
            if (skipped > 0)
                host.Error.WriteLine($"warning: {skipped} items skipped: {results.First(r => r.Status == ScoreStatus.Skipped).Error}");
            if (failed > 0)
                host.Error.WriteLine($"warning: first failure: {firstFailure!.Error}");
            // The last line says how many failed, so a script can tell a partial batch from a clean one.
            host.Out.WriteLine(summary.ToString());
            return 0;
        }
    }

    /// <summary>A progress bar on stderr (stdout stays for results), with the cost so far; plain lines when stderr is not a terminal.</summary>
    private async Task<IReadOnlyList<SentimentResult>> ScoreWithProgressAsync(ISentimentScorer scorer, IReadOnlyList<NewsItem> items, CancellationToken ct)
    {
        if (items.Count == 0)
            return await scorer.ScoreAsync(items, null, ct);

        var console = host.ErrorConsole;
        IReadOnlyList<SentimentResult>? results = null;
        await ConsoleProgress.RunAsync(console, async addTask =>
            {
                var task = addTask($"scoring with {Markup.Escape(scorer.Name)}", items.Count);
                var progress = new InlineProgress(p =>
                {
                    task.Value = p.Completed;
                    task.Description = Markup.Escape(FormattableString.Invariant(
                        $"{scorer.Name}: {p.Completed}/{p.Total}, {p.Cached} cached, {p.Failed} failed, ${p.CostUsd:0.0000}"));
                });
                results = await scorer.ScoreAsync(items, progress, ct);
            }, autoClear: false, new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn());
        return results!;
    }

    private sealed class InlineProgress(Action<ScoringProgress> report) : IProgress<ScoringProgress>
    {
        private readonly Lock _gate = new();
        public void Report(ScoringProgress value) { lock (_gate) report(value); }
    }
}
