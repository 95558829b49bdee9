using System.ComponentModel;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>`signals sentiment ingest`: file an OpenAI Batch (or vLLM run-batch) output file's answers into the cache.</summary>
public sealed class SentimentIngestCommand(CliHost host) : AsyncCommand<SentimentIngestCommand.Settings>
{
    public sealed class Settings : LlmCommandSettings
    {
        [CommandOption("--news <FILE>"), Description("The news file the requests were written from (the same LLM options give the same cache keys).")]
        public string News { get; init; } = "";

        [CommandOption("--zone <ZONE>"), Description("IANA zone of news timestamps written without an offset.")]
        public string? Zone { get; init; }

        [CommandOption("--batch-results <FILE>"), Description("The batch output file (JSONL: custom_id, response.status_code, response.body, error).")]
        public string BatchResults { get; init; } = "";

        [CommandOption("--out <FILE>"), Description("Optional scores CSV of the ingested headlines (failures as failed rows).")]
        public string? Out { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(News)) return ValidationResult.Error("--news FILE is required");
            if (string.IsNullOrWhiteSpace(BatchResults)) return ValidationResult.Error("--batch-results FILE is required");
            if (string.IsNullOrWhiteSpace(Cache)) return ValidationResult.Error("--cache FILE is required (the answers are filed there)");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Out is not null) OutputFile.Check(settings.Out, "sentiment ingest", [settings.News, settings.BatchResults!]);
        var items = NewsFile.Load(settings.News, settings.Zone);
        using var scorer = new LlmSentimentScorer(settings.ToLlmOptions(host.Environment), environment: host.Environment);
        var ingest = await scorer.IngestBatchResultsAsync(items, settings.BatchResults, cancellationToken);
        if (settings.Out is { } outPath) OutputFile.WriteText(outPath, "sentiment ingest", w => ScoredHeadlineCsv.Write(w, ingest.Results, withReasoning: false));
        double cost = ingest.Results.Sum(r => double.IsFinite(r.CostUsd) ? r.CostUsd : 0);
        if (ingest.Failed > 0)
            host.Error.WriteLine($"warning: first failure: {ingest.Results.First(r => r.Status != ScoreStatus.Ok).Error}");
        if (ingest.UnmatchedLines > 0)
            host.Error.WriteLine($"warning: {ingest.UnmatchedLines} lines answer no headline of {settings.News} with these options (another news file, model or prompt?)");
        host.Out.WriteLine(FormattableString.Invariant(
            $"{ingest.Results.Count} headlines answered by {settings.BatchResults}: {ingest.Ok} ok (cached in {settings.Cache}), {ingest.Failed} failed; ${cost:0.0000} at the price table's rates"));
        return ingest.Ok == 0 && ingest.Failed > 0 ? 1 : 0;
    }
}
