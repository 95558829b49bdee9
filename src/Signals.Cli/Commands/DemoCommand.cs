using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Signals.Analytics;
using Signals.Data;
using Signals.Reporting;
using Signals.Sentiment;
using Signals.Workflows;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// `signals demo`: the kit's main job on the shipped sample data — score every headline offline, build the
/// point-in-time sentiment signal, backtest the long-short with costs against buy-and-hold, write the tearsheet.
/// </summary>
public sealed class DemoCommand(IAnsiConsole console) : AsyncCommand<DemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--data <DIR>"), Description("Folder with prices.csv and news.csv."), DefaultValue("data/sample")]
        public string Data { get; init; } = "data/sample";

        [CommandOption("--scorer <NAME>"), Description("Offline scorer: embedded (default) or lexicon."), DefaultValue("embedded")]
        public string Scorer { get; init; } = "embedded";

        [CommandOption(PrecisionOption.Template), Description(PrecisionOption.Description)]
        public string? Precision { get; init; }

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
            PrecisionOption.Error(Precision) is { } precisionError ? ValidationResult.Error(precisionError)
            : HalfLife <= 0 ? ValidationResult.Error("--half-life must be positive")
            : Quantile is <= 0 or > 0.5 ? ValidationResult.Error("--quantile must be in (0, 0.5]")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        string pricesPath = Path.Combine(settings.Data, "prices.csv"), newsPath = Path.Combine(settings.Data, "news.csv");
        if (!File.Exists(pricesPath) || !File.Exists(newsPath))
            throw new FileNotFoundException($"{settings.Data} has no prices.csv and news.csv: run from the repository root, or pass --data (regenerate with `signals sample-data --out {settings.Data}`)");

        var statsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(settings.Out))!, Path.GetFileNameWithoutExtension(settings.Out) + "-stats.json");
        foreach (var output in new[] { settings.Out, statsPath })
        {
            try { OutputFile.Check(output, "demo", [pricesPath, newsPath]); }
            catch (OutputRefusedException refused) when (output == statsPath && LooksLikeEarlierDemoStats(statsPath))
            {
                // Never adopted on its shape alone: it may be figures kept from an older kit to compare with. Say what to do.
                throw new OutputRefusedException(refused.Message + " It looks like the statistics of an earlier `signals demo`, written before the kit " +
                    $"recorded its outputs in .signals-output.json: to keep it, rename it (e.g. to {Path.GetFileNameWithoutExtension(statsPath)}.old.json); " +
                    "otherwise delete it; then run `signals demo` again.");
            }
        }
        var prices = PriceCsv.LoadPanel(pricesPath);
        var news = NewsFile.LoadWithReport(newsPath);
        if (SentimentScorers.IsLlm(settings.Scorer)) throw new ArgumentException("the demo scores offline: --scorer embedded or lexicon");
        var scorer = SentimentScorers.Create(settings.Scorer, new SentimentScorerOptions
        {
            Precision = PrecisionOption.Parse(settings.Precision),
            CachePath = settings.NoCache ? null : settings.Cache,
        });
        string universePath = Path.Combine(settings.Data, "universe.csv");
        var data = new StudyData(prices, news.Items)
        {
            NewsLoad = news,
            // The sample's prices are simulated without splits or dividends: there is nothing to adjust.
            PricesAdjusted = true,
            Provenance = StudyProvenance.Of(pricesPath, prices, newsPath, news.Items),
        };
        if (File.Exists(universePath)) data = data.WithUniverse(UniverseCsv.Load(universePath));

        SentimentStudyResult study;
        try
        {
            study = await StudyProgressView.RunAsync(console, data, scorer, Options(settings), cancellationToken);
        }
        finally
        {
            (scorer as IDisposable)?.Dispose();
        }

        OutputFile.WriteText(settings.Out, "demo", Tearsheet.Render(StudyReport.Of(study, "Signals demo: news sentiment long-short on the sample universe").Tearsheet));
        OutputFile.WriteText(statsPath, "demo", DemoStats(study).ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n");

        StudySummary.Print(console, study, clock.Elapsed);
        console.WriteLine($"tearsheet: {Path.GetFullPath(settings.Out)}");
        console.WriteLine($"statistics: {statsPath}");
        return 0;
    }

    /// <summary>The study with the demo's defaults (<see cref="SentimentStudyOptions.Demo"/>) and the user's half-life and quantile.</summary>
    public static SentimentStudyOptions Options(Settings settings) => SentimentStudyOptions.Demo with
    {
        HalfLifeDays = settings.HalfLife,
        StrategySettings = SentimentStudyOptions.Demo.StrategySettings with { Quantile = settings.Quantile },
    };

    private static JsonObject DemoStats(SentimentStudyResult study) => new()
    {
        ["strategy"] = study.Stats.ToJsonNode(),
        ["benchmark"] = study.BenchmarkStats.ToJsonNode(),
        ["costs"] = StudyReport.CostsJson(study.Backtest),
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

    /// <summary>
    /// True when <paramref name="path"/> holds a JSON object with the demo statistics' own fields (strategy and
    /// benchmark statistics, a headline count): the shape the demo wrote before the output marker existed. Used only
    /// to explain a refusal, never to overwrite.
    /// </summary>
    internal static bool LooksLikeEarlierDemoStats(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            if (JsonNode.Parse(stream) is not JsonObject o) return false;
            return o["strategy"] is JsonObject && o["benchmark"] is JsonObject && o["headlines"] is JsonValue
                && o.Select(p => p.Key).All(k => k is "strategy" or "benchmark" or "costs" or "ic" or "headlines" or "failedScores");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static double? Finite(double v) => double.IsFinite(v) ? v : null;
}
