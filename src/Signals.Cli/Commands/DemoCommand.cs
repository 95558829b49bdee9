using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Signals.Analytics;
using Signals.Data;
using Signals.Reporting;
using Signals.Sentiment;
using Signals.Sentiment.Caching;
using Signals.Workflows;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// `signals demo`: the kit's main job on the shipped sample data — score every headline offline, build the
/// point-in-time sentiment signal, backtest the long-short with costs against buy-and-hold, write the tearsheet.
/// </summary>
public sealed class DemoCommand : AsyncCommand<DemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <DIR>"), Description("Folder with prices.csv and news.csv."), DefaultValue("data/sample")]
        public string Data { get; init; } = "data/sample";

        [CommandOption("--scorer <NAME>"), Description("Offline scorer: embedded (default) or lexicon."), DefaultValue("embedded")]
        public string Scorer { get; init; } = "embedded";

        [CommandOption("--cache <FILE>"), Description("Score cache (SQLite); a second run scores nothing again."), DefaultValue("reports/.cache/sentiment.db")]
        public string Cache { get; init; } = "reports/.cache/sentiment.db";

        [CommandOption("--no-cache"), Description("Score every headline afresh.")]
        public bool NoCache { get; init; }

        [CommandOption("--out <FILE>"), Description("Tearsheet path; the statistics go beside it as <name>-stats.json."), DefaultValue("reports/demo.html")]
        public string Out { get; init; } = "reports/demo.html";

        [CommandOption("--half-life <D>"), Description("Half-life of the sentiment decay, trading days."), DefaultValue(3.0)]
        public double HalfLife { get; init; } = 3;

        [CommandOption("--quantile <X>"), Description("Fraction of names long and short each day."), DefaultValue(0.2)]
        public double Quantile { get; init; } = 0.2;

        public override ValidationResult Validate() =>
            HalfLife <= 0 ? ValidationResult.Error("--half-life must be positive")
            : Quantile is <= 0 or > 0.5 ? ValidationResult.Error("--quantile must be in (0, 0.5]")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        string pricesPath = Path.Combine(settings.Data, "prices.csv"), newsPath = Path.Combine(settings.Data, "news.csv");
        if (!File.Exists(pricesPath) || !File.Exists(newsPath))
            throw new FileNotFoundException($"{settings.Data} has no prices.csv and news.csv: run from the repository root, or pass --data (regenerate with `signals sample-data --out {settings.Data}`)");

        var prices = PriceCsv.LoadPanel(pricesPath);
        var news = NewsFile.Load(newsPath);
        var scorer = OfflineScorers.Create(settings.Scorer);
        if (!settings.NoCache)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Cache))!);
            scorer = new CachingSentimentScorer(scorer, settings.Cache);
        }

        SentimentStudyResult study = null!;
        try
        {
            await ConsoleProgress.RunAsync(AnsiConsole.Console, async addTask =>
                {
                    var scoring = addTask($"scoring {news.Count:N0} headlines ({scorer.Name})", news.Count);
                    var signal = addTask("point-in-time signal", 1);
                    var backtest = addTask("long-short backtest with costs", 1);
                    var analytics = addTask("IC, quantiles, statistics", 1);
                    var progress = new Progress<StudyProgress>(p =>
                    {
                        if (p.Stage == StudyStage.Scoring) scoring.Value = p.Scoring.Completed;
                        if (p.Stage > StudyStage.Scoring) scoring.Value = scoring.MaxValue;
                        if (p.Stage > StudyStage.Signal) signal.Value = 1;
                        if (p.Stage > StudyStage.Backtest) backtest.Value = 1;
                        if (p.Stage > StudyStage.Analytics) analytics.Value = 1;
                    });
                    study = await SentimentStudy.RunAsync(prices, news, scorer,
                        new SentimentStudyOptions { HalfLifeDays = settings.HalfLife, Quantile = settings.Quantile }, progress, cancellationToken);
                    scoring.Value = scoring.MaxValue; signal.Value = 1; backtest.Value = 1; analytics.Value = 1;
                }, autoClear: false,
                new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn());
        }
        finally
        {
            (scorer as IDisposable)?.Dispose();
        }

        var tearsheet = study.Tearsheet with
        {
            Title = "Signals demo: news sentiment long-short on the sample universe",
            Provenance =
            [
                new DataProvenance(pricesPath, prices.DayCount * (long)prices.SymbolCount, prices.Dates[0], prices.Dates[^1], FileHash.Sha256(pricesPath)),
                new DataProvenance(newsPath, news.Count, DateOnly.FromDateTime(news[0].Published.Date), DateOnly.FromDateTime(news[^1].Published.Date), FileHash.Sha256(newsPath)),
            ],
        };
        Tearsheet.Write(tearsheet, settings.Out);
        var statsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!, Path.GetFileNameWithoutExtension(settings.Out) + "-stats.json");
        WriteStats(statsPath, study);

        PrintSummary(study, settings, statsPath, clock.Elapsed);
        return 0;
    }

    private static void WriteStats(string path, SentimentStudyResult study)
    {
        var json = new JsonObject
        {
            ["strategy"] = JsonNode.Parse(study.Stats.ToJson()),
            ["benchmark"] = JsonNode.Parse(study.BenchmarkStats.ToJson()),
            ["costs"] = new JsonObject
            {
                ["commission"] = study.Backtest.Costs.Commission,
                ["slippage"] = study.Backtest.Costs.Slippage,
                ["borrow"] = study.Backtest.Costs.Borrow,
            },
            ["ic"] = new JsonArray(study.Ic.ByHorizon.Select(r => (JsonNode)new JsonObject
            {
                ["horizon"] = r.Horizon,
                ["mean"] = Finite(r.Mean),
                ["tStat"] = Finite(r.TStat),
                ["neweyWestTStat"] = Finite(r.NeweyWestTStat),
            }).ToArray()),
            ["headlines"] = study.Scores.Count,
            ["failedScores"] = study.FailedScores,
        };
        var temp = path + ".tmp";
        File.WriteAllText(temp, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");
        File.Move(temp, path, overwrite: true);
    }

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;

    private static void PrintSummary(SentimentStudyResult study, Settings settings, string statsPath, TimeSpan elapsed)
    {
        static string P(double v) => double.IsFinite(v) ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
        static string F(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        var s = study.Stats;
        var b = study.BenchmarkStats;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("").AddColumn(new TableColumn("long-short").RightAligned()).AddColumn(new TableColumn("buy-and-hold").RightAligned());
        table.AddRow("total return", P(s.TotalReturn), P(b.TotalReturn));
        table.AddRow("CAGR", P(s.Cagr), P(b.Cagr));
        table.AddRow("Sharpe", F(s.Sharpe), F(b.Sharpe));
        table.AddRow("max drawdown", P(s.MaxDrawdown), P(b.MaxDrawdown));
        table.AddRow("beta to benchmark", F(s.Beta), "1.00");
        AnsiConsole.Write(table);
        var ic1 = study.Ic.ByHorizon[0];
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"headlines: {study.Scores.Count:N0} scored ({study.CachedScores:N0} from cache, {study.FailedScores} failed); rank IC at {ic1.Horizon} day: {ic1.Mean:0.0000} (t = {ic1.TStat:0.0})"));
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"costs paid: {study.Backtest.Costs.Total:N0} (commission {study.Backtest.Costs.Commission:N0}, slippage {study.Backtest.Costs.Slippage:N0}, borrow {study.Backtest.Costs.Borrow:N0})"));
        AnsiConsole.WriteLine($"tearsheet: {Path.GetFullPath(settings.Out)}");
        AnsiConsole.WriteLine($"statistics: {statsPath}");
        AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done in {elapsed.TotalSeconds:0.0} s"));
    }
}
