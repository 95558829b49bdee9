using System.ComponentModel;
using System.Globalization;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Evaluation;
using Signals.Sentiment.Llm;
using Signals.Workflows;
using Signals.Workflows.Comparison;
using Signals.Workflows.Embeddings;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>`signals sentiment compare`: several scorers on one labelled file (and optionally news + prices), side by side.</summary>
public sealed class SentimentCompareCommand(IAnsiConsole console, CliHost host) : AsyncCommand<SentimentCompareCommand.Settings>
{
    public sealed class Settings : LabeledCommandSettings
    {
        [CommandOption("--scorers <LIST>")]
        [Description("Comma-separated: embedded, lexicon, llm:MODEL or llm:PROVIDER/MODEL (e.g. llm:deepseek-flash, llm:ollama/deepseek-r1:8b), or embedding-ridge (predicts returns: return side only, needs --prices and --news). The LLM options below apply to every llm scorer.")]
        public string Scorers { get; init; } = "";

        [CommandOption("--prices <FILE>")]
        [Description("Prices (with --news): adds each scorer's rank IC at 1 day and long-short Sharpe, costs on.")]
        public string? Prices { get; init; }

        [CommandOption("--news <FILE>")]
        [Description("News to score for the return side (with --prices).")]
        public string? News { get; init; }

        [CommandOption("--zone <ZONE>")]
        [Description("IANA zone of news timestamps written without an offset.")]
        public string? Zone { get; init; }

        [CommandOption("--dry-run")]
        [Description("Load and check everything, print each LLM scorer's expected tokens and cost and every warning; score and send nothing, write nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("--out <PREFIX>")]
        [Description("Writes PREFIX.json and PREFIX.html (table and charts, offline).")]
        public string Out { get; init; } = "";

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Labeled)) return ValidationResult.Error("--labeled FILE is required");
            if (string.IsNullOrWhiteSpace(Scorers)) return ValidationResult.Error("--scorers LIST is required, e.g. embedded,lexicon,llm:deepseek-flash");
            if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out PREFIX is required");
            if ((Prices is null) != (News is null)) return ValidationResult.Error("--prices and --news go together");
            if (Prices is null && Scorers.Split(',', StringSplitOptions.TrimEntries).Contains(EmbeddingRidgeScorer.ScorerName))
                return ValidationResult.Error($"{EmbeddingRidgeScorer.ScorerName} predicts returns, not a sentiment class: it is compared on returns only and needs --prices and --news");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        foreach (var output in new[] { settings.Out + ".json", settings.Out + ".html" }) OutputFile.Check(output, "sentiment compare", new[] { settings.Labeled, settings.Prices, settings.News }.OfType<string>());
        var labeled = settings.LoadLabeled(host.Error);
        var prices = settings.Prices is null ? null : PriceCsv.LoadPanel(settings.Prices);
        var news = settings.News is null ? null : NewsFile.Load(settings.News, settings.Zone);

        var scorers = new List<(string, ISentimentScorer)>();
        try
        {
            foreach (var spec in settings.Scorers.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                scorers.Add((spec, spec == EmbeddingRidgeScorer.ScorerName
                    // It predicts returns from the prices, on the comparison's (the demo's) clock; it has no labels to be scored on.
                    ? EmbeddingRidgeScorer.Create(prices ?? throw new ArgumentException($"{spec} predicts returns: give --prices and --news to compare it"),
                        SentimentStudyOptions.Demo, precision: settings.EmbeddingPrecision, cachePath: settings.Cache)
                    : settings.CreateScorer(spec, host.Environment, estimateOnly: settings.DryRun)));

            // What each LLM will be asked: the labelled rows, and the news when the return side runs.
            IReadOnlyList<NewsItem> asked = [.. ScorerEvaluation.ItemsOf(labeled), .. news ?? []];
            foreach (var (_, scorer) in scorers)
                if (scorer is LlmSentimentScorer llm && news is { Count: > 0 }
                    && ModelCutoffs.LookAheadWarning(llm.Model, DateOnly.FromDateTime(news.Min(i => i.Published).UtcDateTime),
                        DateOnly.FromDateTime(news.Max(i => i.Published).UtcDateTime), settings.Anonymize) is { } lookAhead)
                    host.Error.WriteLine($"warning: {llm.Name}: {lookAhead}");
            if (settings.DryRun)
            {
                foreach (var (spec, scorer) in scorers)
                    host.Out.WriteLine(scorer is LlmSentimentScorer llm
                        ? $"{spec}: {llm.Estimate(asked)}"
                        : $"{spec}: {asked.Count} items for the offline scorer {scorer.Name}: no requests, no cost");
                return 0;
            }
            foreach (var (_, scorer) in scorers)
                if (scorer is LlmSentimentScorer llm) await llm.CheckEndpointAsync(asked, cancellationToken);

            var progress = new CompletionLines(host.Error);
            var result = await ScorerComparison.RunAsync(scorers, labeled, settings.Labeled, prices, news, settings.Prices, settings.News, progress, cancellationToken);

            OutputFile.WriteText(settings.Out + ".json", "sentiment compare", ScorerComparisonReport.Json(result));
            OutputFile.WriteText(settings.Out + ".html", "sentiment compare", ScorerComparisonReport.Html(result));
            Print(result);
            host.Out.WriteLine($"wrote {settings.Out}.json and {settings.Out}.html");
            return 0;
        }
        finally
        {
            foreach (var (_, scorer) in scorers) (scorer as IDisposable)?.Dispose();
        }
    }

    private void Print(ScorerComparisonResult result)
    {
        bool withReturns = result.Scorers.Any(r => r.Returns is not null);
        var table = new Table().AddColumns("scorer", "accuracy", "macro-F1", "recall neg/neu/pos", "USD/1k", "p50 ms", "p95 ms", "failed");
        if (withReturns) table.AddColumns("IC 1d", "Sharpe");
        foreach (var row in result.Scorers)
        {
            var e = row.Labels;
            var m = e?.Metrics;
            var cells = e is null
                ? new List<string> { Markup.Escape(row.Scorer), Markup.Escape(row.LabelsNotApplicable ?? ""), "", "", "", "", "", "" }
                : new List<string>
                {
                    Markup.Escape(row.Scorer), F(m?.Accuracy, "0.000"), F(m?.MacroF1, "0.000"),
                    m is null ? "n/a" : string.Join(" / ", m.PerClass.Select(c => F(c.Recall, "0.00"))),
                    F(e.CostPer1000, "0.0000"), F(e.LatencyP50Ms, "0.0") + (e.LatencyAmortized ? "*" : ""), F(e.LatencyP95Ms, "0.0"),
                    e.Failed.ToString(CultureInfo.InvariantCulture),
                };
            if (withReturns) { cells.Add(F(row.Returns?.RankIc1d, "0.0000")); cells.Add(F(row.Returns?.LongShortSharpe, "0.00")); }
            table.AddRow(cells.ToArray());
        }
        console.Write(table);
        host.Out.WriteLine(FormattableString.Invariant($"{result.Rows} labelled rows ({result.DuplicateRows} duplicates, all evaluated); * = batch scorer, wall time per item"));
    }

    /// <summary>
    /// One line per scorer and part when its scoring completes. The cache reports a finished chunk after its inner
    /// scorer already reported the last item, so "done" arrives twice (once from a pool thread): printed only once.
    /// </summary>
    internal sealed class CompletionLines(TextWriter error) : IProgress<ComparisonProgress>
    {
        private readonly Lock _gate = new();
        private readonly HashSet<(string Scorer, string Part)> _done = [];

        public void Report(ComparisonProgress p)
        {
            if (p.Scoring.Completed != p.Scoring.Total) return;
            lock (_gate)
                if (_done.Add((p.Scorer, p.Part)))
                    error.WriteLine(FormattableString.Invariant($"{p.Scorer}: {p.Part} {p.Scoring.Completed}/{p.Scoring.Total} ({p.Scoring.Failed} failed)"));
        }
    }

    private static string F(double? v, string format) => v is { } x && double.IsFinite(x) ? x.ToString(format, CultureInfo.InvariantCulture) : "n/a";
}
