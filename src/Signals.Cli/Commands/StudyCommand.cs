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
public sealed class StudyCommand(IAnsiConsole console, CliHost host) : AsyncCommand<StudyCommand.Settings>
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

        [CommandOption("--min-names <N>"), Description("Fewest names per side for the long-short; fewer and the book is flat that day."), DefaultValue(SentimentStudyOptions.DefaultMinNamesPerSide)]
        public int MinNames { get; init; } = SentimentStudyOptions.DefaultMinNamesPerSide;

        [CommandOption("--min-price <X>"), Description("Trade only names whose previous close is at least this."), DefaultValue(0.0)]
        public double MinPrice { get; init; }

        [CommandOption("--min-history <DAYS>"), Description("Trade only names with at least this many earlier price days."), DefaultValue(0)]
        public int MinHistory { get; init; }

        [CommandOption("--min-dollar-volume <X>"), Description("Trade only names whose mean close × volume over the previous 20 days is at least this."), DefaultValue(0.0)]
        public double MinDollarVolume { get; init; }

        [CommandOption("--dry-run"), Description("Load and check everything (inputs, benchmark, output folder), print the scorer's expected tokens and cost and every warning; score and send nothing, write nothing. Needs no API key.")]
        public bool DryRun { get; init; }

        [CommandOption("--on-bad-rows <WHAT>"), Description("fail (default): stop at the first unreadable price or news row, naming file, line and column; skip: leave it out and list it in DIR/bad-rows.csv."), DefaultValue("fail")]
        public string OnBadRows { get; init; } = "fail";

        [CommandOption("--market-news"), Description("The news is about the market, not companies: study the day's sentiment against the equal-weight universe or --benchmark through time (IC by horizon, a long/flat/short timing strategy, the event study) instead of a long-short; a missing symbol column is then allowed.")]
        public bool MarketNews { get; init; }

        [CommandOption("--entry-z <Z>"), Description("Market news: the timing strategy is long when the sentiment's 60-day trailing z-score is above +Z, short below -Z, flat between (0 = its sign)."), DefaultValue(0.5)]
        public double EntryZ { get; init; } = 0.5;

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
            if (!(EntryZ >= 0) || !double.IsFinite(EntryZ)) return ValidationResult.Error("--entry-z must be a number of standard deviations, 0 or more");
            if (MinNames < 1) return ValidationResult.Error("--min-names must be at least 1");
            if (From is not null && !DateOnly.TryParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return ValidationResult.Error("--from must be a date, yyyy-MM-dd");
            if (TrainingCutoff is not null && !(LookAheadAudit && DateOnly.TryParseExact(TrainingCutoff, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))) return ValidationResult.Error("--cutoff is a date, yyyy-MM-dd, for --look-ahead-audit");
            if (LookAheadAudit && Sentiment is not null) return ValidationResult.Error("--look-ahead-audit scores the headlines itself: give --scorer, not --sentiment");
            if (To is not null && !DateOnly.TryParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return ValidationResult.Error("--to must be a date, yyyy-MM-dd");
            return ValidationResult.Success();
        }

        public SentimentStudyOptions ToStudyOptions(Func<string, string?> environment) => SentimentStudyOptions.Study with
        {
            Strategy = Strategy ?? "sentiment-longshort",
            HalfLifeDays = HalfLife,
            MaxAgeDays = MaxAge == 0 ? null : MaxAge,
            StrategySettings = ToStrategySettings() with { MinNamesPerSide = MinNames },
            Universe = new UniverseRules { MinPrice = MinPrice, MinHistoryDays = MinHistory, MinDollarVolume = MinDollarVolume },
            From = From is null ? null : DateOnly.ParseExact(From, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            To = To is null ? null : DateOnly.ParseExact(To, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            BenchmarkSymbol = Benchmark == "equal-weight" ? null : Benchmark,
            CloseCutoff = Cutoff,
            Backtest = ToBacktestOptions(),
            MarketNews = MarketNews,
            // Nothing after the study reads a headline's text: once scored it goes (kept for a trials log or an audit).
            ReleaseNewsText = true,
            TimeSeries = new TimeSeriesStudyOptions { EntryZ = EntryZ },
            TrialsLog = Trials ?? (Cache is null ? null : Signals.Workflows.Trials.TrialsLog.BesideCache(Cache)),
            LookAheadAudit = !LookAheadAudit ? null : new Signals.Workflows.LookAhead.LookAheadAuditRequest
            {
                Llm = ScorerName == "llm" ? ToLlmOptions(environment) : null,
                Cutoff = TrainingCutoff is null ? null : DateOnly.ParseExact(TrainingCutoff, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Environment = environment,
            },
        };

        public ISentimentScorer? CreateStudyScorer(Func<string, string?> environment) => Sentiment is null ? CreateScorer(environment, estimateOnly: DryRun) : null;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var output = StudyFolder.Claim(settings.Out, settings.InputPaths());
        var options = settings.ToStudyOptions(host.Environment);
        // Everything checkable before the data loads and long before a headline is scored (and paid for).
        StudyPreflight.CheckOutputFolder(settings.Out);
        // Loading a large dump takes seconds: say what is happening while it does.
        var onBadRows = settings.OnBadRows == "skip" ? BadRowPolicy.Skip : BadRowPolicy.Fail;
        // The study reads the panel only: the per-symbol series go once it is built, so the prices are held once.
        var inputs = console.Status().Start(Markup.Escape($"loading {settings.Prices} and {settings.News}"), _ =>
            StudyInputs.Load(settings.Prices, settings.ToPriceOptions(onBadRows), settings.News!, settings.ToNewsOptions(onBadRows), releaseSeries: true));
        var (priceLoad, newsLoad) = (inputs.Prices, inputs.News);
        var prices = priceLoad.Panel;
        foreach (var note in priceLoad.Warnings().Concat(newsLoad.SymbolNotes))
            console.MarkupLineInterpolated($"[yellow]note:[/] {note}");
        var data = new StudyData(prices, newsLoad.Items)
        {
            NewsLoad = newsLoad,
            PriceLoad = priceLoad,
            Provenance = inputs.Provenance,
        };
        if (settings.Universe is not null) data = data.WithUniverse(UniverseCsv.Load(settings.Universe));
        if (settings.Sentiment is not null)
        {
            var scores = ScoredHeadlineCsv.Load(settings.Sentiment, newsLoad.Items, out int excluded, settings.NewsZone);
            data = data with { Scores = scores, ScoresExcluded = excluded };
        }

        StudyPreflight.Check(data, options);
        var scorer = settings.EmbeddingRidge
            ? new Signals.Workflows.Embeddings.EmbeddingRidgeScorer(prices, new() { Timing = settings.Timing, Fill = options.Backtest.Fill, CloseCutoff = options.CloseCutoff }, settings.EmbeddingPrecision, settings.Cache)
            : settings.CreateStudyScorer(host.Environment);
        SentimentStudyResult study;
        try
        {
            if (StudyDryRun.Print(host, settings, scorer, newsLoad.Items)) return 0;
            await StudyPreflight.CheckScorerAsync(scorer, newsLoad.Items, cancellationToken);
            study = await StudyProgressView.RunAsync(console, data, scorer, options, cancellationToken);
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
            Inputs = [.. new[] { new RunInput("prices", settings.Prices) { Rows = priceLoad.RowsRead, Adjusted = priceLoad.Adjusted, Sha256 = inputs.Provenance[0].Sha256 },
                new RunInput("news", settings.News!) { Rows = newsLoad.RowsRead, Sha256 = inputs.Provenance[1].Sha256 } }
                .Concat(settings.Sentiment is null ? [] : [new RunInput("sentiment", settings.Sentiment)])],
        };
        console.Status().Start(Markup.Escape($"writing {settings.Out}"), _ => StudyFolder.Write(output, study, run));
        StudySummary.Print(console, study, clock.Elapsed);
        console.MarkupLineInterpolated($"wrote {Path.GetFullPath(settings.Out)}/{{report.html, run/, scores.csv, study.json{(study.LopezLiraTang is null ? "" : ", lopez-lira-tang.csv")}, bad-rows.csv}}");
        return 0;
    }
}
