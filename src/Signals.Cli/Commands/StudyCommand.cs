using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Reporting;
using Signals.Sentiment;
using Signals.Workflows;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// `signals study`: the research loop on the user's own prices and news — load (strictly, or skipping bad rows),
/// score, build the point-in-time signal, backtest with costs over the news window against a benchmark, and write
/// DIR/report.html, DIR/run/, DIR/scores.csv, DIR/study.json (and DIR/bad-rows.csv) all at once or not at all.
/// </summary>
public sealed class StudyCommand : AsyncCommand<StudyCommand.Settings>
{
    public sealed class Settings : TradingCommandSettings
    {
        [CommandOption("--scorer <NAME>"), Description("embedded (default), lexicon, llm (with the LLM options below) or embedding-ridge (MiniLM embeddings regressed walk-forward on forward returns). Ignored with --sentiment.")]
        public string? Scorer { get; init; }

        [CommandOption("--from <DATE>"), Description("First day of the backtest and statistics (default: the first day with news).")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>"), Description("Last day (default: the last day with news).")]
        public string? To { get; init; }

        [CommandOption("--benchmark <SYMBOL>"), Description("A symbol of --prices to compare against (not traded), or equal-weight (default)."), DefaultValue("equal-weight")]
        public string Benchmark { get; init; } = "equal-weight";

        [CommandOption("--max-age <DAYS>"), Description("A name's sentiment expires after this many trading days without a headline; 0 = never."), DefaultValue(SentimentStudyOptions.DefaultMaxAgeDays)]
        public int MaxAge { get; init; } = SentimentStudyOptions.DefaultMaxAgeDays;

        [CommandOption("--min-names <N>"), Description("Fewest names per side for the long-short; fewer and the book is flat that day."), DefaultValue(3)]
        public int MinNames { get; init; } = 3;

        [CommandOption("--min-price <X>"), Description("Trade only names whose previous close is at least this."), DefaultValue(0.0)]
        public double MinPrice { get; init; }

        [CommandOption("--min-history <DAYS>"), Description("Trade only names with at least this many earlier price days."), DefaultValue(0)]
        public int MinHistory { get; init; }

        [CommandOption("--min-dollar-volume <X>"), Description("Trade only names whose mean close × volume over the previous 20 days is at least this."), DefaultValue(0.0)]
        public double MinDollarVolume { get; init; }

        [CommandOption("--on-bad-rows <WHAT>"), Description("fail (default): stop at the first unreadable news row, naming file, line and column; skip: leave it out and list it in DIR/bad-rows.csv."), DefaultValue("fail")]
        public string OnBadRows { get; init; } = "fail";

        [CommandOption("--trials <FILE>"), Description("Trials file this run is recorded in, for the Deflated Sharpe (default: trials.jsonl beside --cache; none without either).")]
        public string? Trials { get; init; }

        [CommandOption("--look-ahead-audit"), Description("Score every headline named and anonymised and compare their IC either side of the LLM's training cut-off (offline scorers have none).")]
        public bool LookAheadAudit { get; init; }

        [CommandOption("--cutoff <DATE>"), Description("With --look-ahead-audit: the model's training cut-off, yyyy-MM-dd (default: Sentiment/Llm/cutoffs.json).")]
        public string? TrainingCutoff { get; init; }

        protected override string? ScorerName => Sentiment is null ? (Scorer ?? "embedded").Trim().ToLowerInvariant() : Scorer?.Trim().ToLowerInvariant();
        protected override string DefaultSizing => "fractional";
        protected override IReadOnlyList<string> ExtraScorers => [Signals.Workflows.Embeddings.EmbeddingRidgeScorer.ScorerName];
        public bool EmbeddingRidge => Sentiment is null && ScorerName == Signals.Workflows.Embeddings.EmbeddingRidgeScorer.ScorerName;

        public override ValidationResult Validate()
        {
            if (TradingError() is { } error) return ValidationResult.Error(error);
            if (News is null) return ValidationResult.Error("--news is required (the headlines the study trades on)");
            if (Strategy is not (null or "sentiment-longshort" or "sentiment-threshold")) return ValidationResult.Error("--strategy must be sentiment-longshort or sentiment-threshold");
            if (OnBadRows is not ("fail" or "skip")) return ValidationResult.Error("--on-bad-rows must be fail or skip");
            if (MaxAge < 0) return ValidationResult.Error("--max-age must be 0 (never) or a number of trading days");
            if (MinNames < 1) return ValidationResult.Error("--min-names must be at least 1");
            if (From is not null && !DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return ValidationResult.Error("--from must be a date, yyyy-MM-dd");
            if (TrainingCutoff is not null && !(LookAheadAudit && DateOnly.TryParseExact(TrainingCutoff, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))) return ValidationResult.Error("--cutoff is a date, yyyy-MM-dd, for --look-ahead-audit");
            if (LookAheadAudit && Sentiment is not null) return ValidationResult.Error("--look-ahead-audit scores the headlines itself: give --scorer, not --sentiment");
            if (To is not null && !DateOnly.TryParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return ValidationResult.Error("--to must be a date, yyyy-MM-dd");
            return ValidationResult.Success();
        }

        public SentimentStudyOptions ToStudyOptions() => new()
        {
            Strategy = Strategy ?? "sentiment-longshort",
            HalfLifeDays = HalfLife,
            Quantile = Quantile,
            MaxAgeDays = MaxAge == 0 ? null : MaxAge,
            StrategySettings = ToStrategySettings() with { MinNamesPerSide = MinNames },
            Universe = new UniverseRules { MinPrice = MinPrice, MinHistoryDays = MinHistory, MinDollarVolume = MinDollarVolume },
            From = From is null ? null : DateOnly.ParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            To = To is null ? null : DateOnly.ParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            BenchmarkSymbol = Benchmark == "equal-weight" ? null : Benchmark,
            CloseCutoff = Cutoff,
            Backtest = ToBacktestOptions(),
            TrialsLog = Trials ?? (Cache is null ? null : Signals.Workflows.Trials.TrialsLog.BesideCache(Cache)),
            LookAheadAudit = !LookAheadAudit ? null : new Signals.Workflows.LookAhead.LookAheadAuditRequest
            {
                Llm = ScorerName == "llm" ? ToLlmOptions() : null,
                Cutoff = TrainingCutoff is null ? null : DateOnly.ParseExact(TrainingCutoff, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Environment = Environment,
            },
        };

        public ISentimentScorer? CreateStudyScorer() => Sentiment is null ? CreateScorer() : null;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var options = settings.ToStudyOptions();
        // Loading a large dump takes seconds: say what is happening while it does.
        var (prices, newsLoad) = AnsiConsole.Status().Start(Markup.Escape($"loading {settings.Prices} and {settings.News}"), _ =>
            (PriceCsv.LoadPanel(settings.Prices, settings.ToPriceOptions()),
             NewsFile.LoadWithReport(settings.News!, new NewsLoadOptions
             {
                 Zone = settings.NewsZone,
                 OnBadRows = settings.OnBadRows == "skip" ? BadRowPolicy.Skip : BadRowPolicy.Fail,
             })));
        var data = new StudyData(prices, newsLoad.Items)
        {
            NewsLoad = newsLoad,
            Provenance = Provenance(settings, prices, newsLoad),
        };
        if (settings.Universe is not null) data = data.WithUniverse(UniverseCsv.Load(settings.Universe));
        if (settings.Sentiment is not null)
        {
            var scores = ScoredHeadlineCsv.Load(settings.Sentiment, newsLoad.Items, out int excluded, settings.NewsZone);
            data = data with { Scores = scores, ScoresExcluded = excluded };
        }

        var scorer = settings.EmbeddingRidge
            ? new Signals.Workflows.Embeddings.EmbeddingRidgeScorer(prices, new() { Timing = settings.Timing, Fill = options.Backtest.Fill, CloseCutoff = options.CloseCutoff }, settings.EmbeddingPrecision, settings.Cache)
            : settings.CreateStudyScorer();
        SentimentStudyResult study;
        try
        {
            study = await StudyProgressView.RunAsync(data, scorer, options, cancellationToken);
        }
        finally
        {
            (scorer as IDisposable)?.Dispose();
        }

        var run = new RunDescription
        {
            Command = "study",
            Version = SignalsApp.Version,
            Strategy = study.Strategy,
            Symbols = study.Signal.SymbolCount,
            FirstDate = study.Backtest.Dates[0],
            LastDate = study.Backtest.Dates[^1],
            Options = options.Backtest,
            Features = new System.Text.Json.Nodes.JsonObject
            {
                ["source"] = settings.Sentiment is null ? "scorer" : "scores file",
                ["halfLifeDays"] = options.HalfLifeDays,
                ["maxAgeDays"] = options.MaxAgeDays,
                ["timing"] = settings.Timing.ToString().ToLowerInvariant(),
            },
            Benchmark = study.BenchmarkName,
            Seed = settings.Seed,
            Inputs = [.. new[] { new RunInput("prices", settings.Prices), new RunInput("news", settings.News!) }
                .Concat(settings.Sentiment is null ? [] : [new RunInput("sentiment", settings.Sentiment)])],
        };
        AnsiConsole.Status().Start(Markup.Escape($"writing {settings.Out}"), _ => StudyFolder.Write(settings.Out, study, run));
        StudySummary.Print(study, clock.Elapsed);
        AnsiConsole.MarkupLineInterpolated($"wrote {Path.GetFullPath(settings.Out)}/{{report.html, run/, scores.csv, study.json, lopez-lira-tang.csv{(newsLoad.BadRows.Count > 0 || settings.OnBadRows == "skip" ? ", bad-rows.csv" : "")}}}");
        return 0;
    }

    private static IReadOnlyList<DataProvenance> Provenance(Settings settings, BarPanel prices, NewsLoad news)
    {
        string? PricesHash() => File.Exists(settings.Prices) ? FileHash.Sha256(settings.Prices) : null;
        var list = new List<DataProvenance>
        {
            new(settings.Prices, prices.DayCount * (long)prices.SymbolCount, prices.Dates[0], prices.Dates[^1], PricesHash()),
        };
        if (news.Items.Count > 0)
            list.Add(new(settings.News!, news.Items.Count, DateOnly.FromDateTime(news.Items[0].Published.Date), DateOnly.FromDateTime(news.Items[^1].Published.Date), FileHash.Sha256(settings.News!)));
        return list;
    }
}
