using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;
using Signals.Sentiment;
using Spectre.Console;
using Spectre.Console.Cli;
using Panel = Signals.Data.Panel;

namespace Signals.Cli.Commands;

/// <summary>
/// `signals backtest`: prices (+ sentiment) → strategy → engine with costs → stats.json, trades.csv, equity.csv and
/// params.json in one folder, written to a temporary folder first and moved into place only when complete.
/// </summary>
public sealed class BacktestCommand : AsyncCommand<BacktestCommand.Settings>
{
    public static readonly string[] StrategyNames = ["buy-and-hold", "sma-cross", "sentiment-threshold", "sentiment-longshort"];

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--prices <FILE>"), Description("Daily bars: a CSV with a symbol column, or a folder of one CSV per symbol.")]
        public string Prices { get; init; } = "";

        [CommandOption("--sentiment <FILE>"), Description("Scores: `signals sentiment score` output (id,score,…,status; needs --news) or timestamp,symbol,score[[,confidence]].")]
        public string? Sentiment { get; init; }

        [CommandOption("--news <FILE>"), Description("News file (CSV or JSONL): joined by id to --sentiment, or scored with --scorer.")]
        public string? News { get; init; }

        [CommandOption("--news-zone <ZONE>"), Description("IANA zone of news timestamps written without an offset.")]
        public string? NewsZone { get; init; }

        [CommandOption("--scorer <NAME>"), Description("Score --news offline first: embedded or lexicon.")]
        public string? Scorer { get; init; }

        [CommandOption("--strategy <NAME>"), Description("buy-and-hold, sma-cross, sentiment-threshold or sentiment-longshort.")]
        public string Strategy { get; init; } = "";

        [CommandOption("--symbol <SYM>"), Description("Backtest this symbol only.")]
        public string? Symbol { get; init; }

        [CommandOption("--fast <N>"), DefaultValue(10)] public int Fast { get; init; } = 10;
        [CommandOption("--slow <N>"), DefaultValue(20)] public int Slow { get; init; } = 20;

        [CommandOption("--short"), Description("Allow shorts (sma-cross reverses instead of exiting; sentiment-threshold shorts below its threshold).")]
        public bool Short { get; init; }

        [CommandOption("--cash <X>"), DefaultValue(100_000.0)] public double Cash { get; init; } = 100_000;

        [CommandOption("--commission-bps <X>"), Description("Commission, bps of traded notional."), DefaultValue(1.0)]
        public double CommissionBps { get; init; } = 1;

        [CommandOption("--commission-per-share <X>"), Description("Commission per share."), DefaultValue(0.0)]
        public double CommissionPerShare { get; init; }

        [CommandOption("--slippage-bps <X>"), Description("Adverse fill-price move, bps."), DefaultValue(2.0)]
        public double SlippageBps { get; init; } = 2;

        [CommandOption("--borrow-bps <X>"), Description("Short borrow fee, bps a year on short notional."), DefaultValue(50.0)]
        public double BorrowBps { get; init; } = 50;

        [CommandOption("--fill <WHEN>"), Description("next-open (default) or close."), DefaultValue("next-open")]
        public string Fill { get; init; } = "next-open";

        [CommandOption("--sizing <HOW>"), Description("whole (default) or fractional shares."), DefaultValue("whole")]
        public string Sizing { get; init; } = "whole";

        [CommandOption("--max-weight <X>"), Description("Largest absolute weight per name.")]
        public double? MaxWeight { get; init; }

        [CommandOption("--leverage <X>"), Description("Largest gross exposure (Σ|weights|)."), DefaultValue(1.0)]
        public double Leverage { get; init; } = 1;

        [CommandOption("--long-threshold <X>"), DefaultValue(0.2)] public double LongThreshold { get; init; } = 0.2;
        [CommandOption("--short-threshold <X>"), DefaultValue(-0.2)] public double ShortThreshold { get; init; } = -0.2;

        [CommandOption("--quantile <X>"), Description("Fraction of names long and short each day (sentiment-longshort)."), DefaultValue(0.2)]
        public double Quantile { get; init; } = 0.2;

        [CommandOption("--half-life <D>"), Description("Half-life in trading days of the sentiment decay."), DefaultValue(3.0)]
        public double HalfLife { get; init; } = 3;

        [CommandOption("--close-cutoff <HH:MM>"), Description("With --fill close: news before this New York time counts for that close."), DefaultValue("15:45")]
        public string CloseCutoff { get; init; } = "15:45";

        [CommandOption("--seed <SEED>"), Description("Recorded for provenance (the backtest itself draws no random numbers)."), DefaultValue(42)]
        public int Seed { get; init; } = 42;

        [CommandOption("--out <DIR>"), Description("Output folder.")]
        public string Out { get; init; } = "";

        public bool NeedsSentiment => Strategy.StartsWith("sentiment-", StringComparison.Ordinal);

        public override ValidationResult Validate()
        {
            if (Prices.Length == 0) return ValidationResult.Error("--prices is required");
            if (Out.Length == 0) return ValidationResult.Error("--out is required");
            if (!StrategyNames.Contains(Strategy)) return ValidationResult.Error($"--strategy must be one of: {string.Join(", ", StrategyNames)}");
            if (Fill is not ("next-open" or "close")) return ValidationResult.Error("--fill must be next-open or close");
            if (Sizing is not ("whole" or "fractional")) return ValidationResult.Error("--sizing must be whole or fractional");
            if (NeedsSentiment && Sentiment is null && (News is null || Scorer is null))
                return ValidationResult.Error($"{Strategy} needs --sentiment SCORES.csv, or --news FILE with --scorer embedded|lexicon");
            if (Sentiment is not null && Scorer is not null) return ValidationResult.Error("give --sentiment or --scorer, not both");
            if (Scorer is not null && News is null) return ValidationResult.Error("--scorer needs --news");
            if (!TimeOnly.TryParseExact(CloseCutoff, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                return ValidationResult.Error("--close-cutoff must be HH:MM, e.g. 15:45");
            if (Cash <= 0) return ValidationResult.Error("--cash must be positive");
            if (CommissionBps < 0 || CommissionPerShare < 0 || SlippageBps < 0 || BorrowBps < 0) return ValidationResult.Error("costs cannot be negative");
            if (Quantile is <= 0 or > 0.5) return ValidationResult.Error("--quantile must be in (0, 0.5]");
            if (HalfLife <= 0) return ValidationResult.Error("--half-life must be positive");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var prices = LoadPrices(settings);
        var options = new BacktestOptions
        {
            InitialCash = settings.Cash,
            Fill = settings.Fill == "close" ? FillTiming.Close : FillTiming.NextOpen,
            Sizing = settings.Sizing == "fractional" ? Backtesting.Sizing.Fractional : Backtesting.Sizing.WholeShares,
            Costs = new CostModel(settings.CommissionBps, settings.CommissionPerShare, settings.SlippageBps, settings.BorrowBps),
            MaxWeight = settings.MaxWeight ?? double.PositiveInfinity,
            MaxGrossLeverage = settings.Leverage,
        };
        // News is aligned to the moment orders fill: the open for next-open fills, the close (with its cutoff) for close fills.
        var timing = options.Fill == FillTiming.Close ? DecisionTiming.Close : DecisionTiming.Open;
        var cutoff = TimeOnly.ParseExact(settings.CloseCutoff, "HH:mm", CultureInfo.InvariantCulture);

        var features = new JsonObject();
        Panel? signal = null;
        if (settings.NeedsSentiment)
        {
            var headlines = await LoadHeadlinesAsync(settings, features, cancellationToken);
            var daily = DailySentiment.Build(headlines, prices.Dates, prices.Symbols, timing, cutoff);
            signal = daily.DecayedMean(settings.HalfLife);
            features["timing"] = timing.ToString().ToLowerInvariant();
            features["closeCutoff"] = settings.CloseCutoff;
            features["halfLifeDays"] = settings.HalfLife;
            features["aggregate"] = "decayed mean score per symbol and decision day";
            features["headlinesUsed"] = headlines.Count;
            features["headlinesOutsidePanel"] = daily.Dropped;
        }

        Strategy strategy = settings.Strategy switch
        {
            "buy-and-hold" => new BuyAndHold(),
            "sma-cross" => new SmaCross(settings.Fast, settings.Slow, settings.Short),
            "sentiment-threshold" => new SentimentThreshold(signal!, timing, settings.LongThreshold, settings.ShortThreshold, settings.Short),
            _ => prices.SymbolCount >= 2
                ? new SentimentLongShort(signal!, timing, settings.Quantile, settings.Leverage)
                : throw new ArgumentException("sentiment-longshort ranks symbols against each other: give prices for several symbols (and no --symbol)"),
        };

        BacktestResult result = null!, benchmark = null!;
        AnsiConsole.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask($"backtest {strategy.Name}", maxValue: prices.DayCount);
            result = Backtester.Run(prices, strategy, options, new Progress<int>(done => task.Value = done));
            benchmark = Backtester.Run(prices, new BuyAndHold(), options);
            task.Value = prices.DayCount;
        });

        var stats = PerformanceStats.Compute(result.Dates, result.Equity, result.GrossExposure, result.Turnover, result.Trades,
            benchmark.Equity, options.PeriodsPerYear);
        WriteOutputs(settings, prices, options, strategy, result, stats, features);
        PrintSummary(settings, result, stats);
        return 0;
    }

    private static BarPanel LoadPrices(Settings settings)
    {
        if (settings.Symbol is null) return PriceCsv.LoadPanel(settings.Prices);
        var series = PriceCsv.LoadMany(settings.Prices).FirstOrDefault(s => s.Symbol == settings.Symbol)
            ?? throw new ArgumentException($"symbol '{settings.Symbol}' is not in {settings.Prices}");
        return BarPanel.FromSeries([series]);
    }

    private static async Task<IReadOnlyList<ScoredHeadline>> LoadHeadlinesAsync(Settings settings, JsonObject features, CancellationToken cancellationToken)
    {
        var news = settings.News is null ? null : NewsFile.Load(settings.News, settings.NewsZone);
        if (settings.Sentiment is not null)
        {
            var headlines = ScoredHeadlineCsv.Load(settings.Sentiment, news, out int excluded, settings.NewsZone);
            features["source"] = "scores file";
            features["scoresExcluded"] = excluded;
            return headlines;
        }

        var scorer = OfflineScorers.Create(settings.Scorer!);
        IReadOnlyList<SentimentResult> results = [];
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async ctx =>
        {
            var task = ctx.AddTask($"scoring with {scorer.Name}", maxValue: news!.Count);
            results = await scorer.ScoreAsync(news, new Progress<ScoringProgress>(p => task.Value = p.Completed), cancellationToken);
        });
        features["source"] = "scorer";
        features["scorer"] = scorer.Name;
        features["scoresExcluded"] = results.Count(r => r.Status != ScoreStatus.Ok || !double.IsFinite(r.Score));
        return ScoredHeadline.Join(news!, results);
    }

    private static void WriteOutputs(Settings settings, BarPanel prices, BacktestOptions options, Strategy strategy,
        BacktestResult result, PerformanceStats stats, JsonObject features)
    {
        var outDir = Path.GetFullPath(settings.Out);
        var parent = Path.GetDirectoryName(outDir)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(outDir)}.tmp-{Environment.ProcessId}");
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        try
        {
            var statsJson = JsonNode.Parse(stats.ToJson())!.AsObject();
            statsJson["commission"] = result.Costs.Commission;
            statsJson["slippage"] = result.Costs.Slippage;
            statsJson["borrow"] = result.Costs.Borrow;
            statsJson["totalCosts"] = result.Costs.Total;
            WriteText(Path.Combine(temp, "stats.json"), Json(statsJson));
            using (var w = NewWriter(Path.Combine(temp, "trades.csv"))) BacktestFiles.WriteTrades(w, result.Trades);
            using (var w = NewWriter(Path.Combine(temp, "equity.csv"))) BacktestFiles.WriteEquity(w, result);
            WriteText(Path.Combine(temp, "params.json"), Json(Params(settings, prices, options, strategy, features)));

            if (!Directory.Exists(outDir)) Directory.Move(temp, outDir);
            else
            {
                foreach (var file in Directory.GetFiles(temp))
                    File.Move(file, Path.Combine(outDir, Path.GetFileName(file)), overwrite: true);
                Directory.Delete(temp);
            }
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    private static JsonObject Params(Settings settings, BarPanel prices, BacktestOptions options, Strategy strategy, JsonObject features)
    {
        var strategyParameters = new JsonObject();
        foreach (var (key, value) in strategy.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            strategyParameters[key] = Value(value);
        var inputs = new JsonArray();
        foreach (var (role, path) in new[] { ("prices", settings.Prices), ("sentiment", settings.Sentiment), ("news", settings.News) })
            if (path is not null) inputs.Add(Input(role, path));
        return new JsonObject
        {
            ["command"] = "backtest",
            ["signalsVersion"] = SignalsApp.Version,
            ["strategy"] = strategy.Name,
            ["strategyParameters"] = strategyParameters,
            ["symbol"] = settings.Symbol,
            ["symbols"] = prices.SymbolCount,
            ["firstDate"] = prices.Dates[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["lastDate"] = prices.Dates[^1].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["initialCash"] = options.InitialCash,
            ["fill"] = settings.Fill,
            ["sizing"] = settings.Sizing,
            ["longOnly"] = options.LongOnly,
            ["maxWeight"] = double.IsFinite(options.MaxWeight) ? options.MaxWeight : null,
            ["maxGrossLeverage"] = options.MaxGrossLeverage,
            ["periodsPerYear"] = options.PeriodsPerYear,
            ["costs"] = new JsonObject
            {
                ["commissionBps"] = options.Costs.CommissionBps,
                ["commissionPerShare"] = options.Costs.CommissionPerShare,
                ["slippageBps"] = options.Costs.SlippageBps,
                ["borrowBpsPerYear"] = options.Costs.BorrowBpsPerYear,
            },
            ["features"] = features.Count > 0 ? features : null,
            ["benchmark"] = "equal-weight buy-and-hold of the same prices, same costs (for alpha and beta)",
            ["seed"] = settings.Seed,
            ["inputs"] = inputs,
        };
    }

    /// <summary>A file or folder input with its SHA-256 (a folder: over its files' names and bytes in ordinal order).</summary>
    private static JsonObject Input(string role, string path)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (Directory.Exists(path))
            foreach (var file in Directory.GetFiles(path).Order(StringComparer.Ordinal))
            {
                sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
                sha.AppendData(File.ReadAllBytes(file));
            }
        else sha.AppendData(File.ReadAllBytes(path));
        return new JsonObject { ["role"] = role, ["path"] = path, ["sha256"] = Convert.ToHexStringLower(sha.GetHashAndReset()) };
    }

    private static string Json(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true })) node.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static JsonNode? Value(object value) => value switch
    {
        int i => JsonValue.Create(i),
        double d => double.IsFinite(d) ? JsonValue.Create(d) : null,
        bool b => JsonValue.Create(b),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static void WriteText(string path, string text) => File.WriteAllText(path, text, new UTF8Encoding(false));

    private static StreamWriter NewWriter(string path) => new(path, append: false, new UTF8Encoding(false));

    private static void PrintSummary(Settings settings, BacktestResult result, PerformanceStats stats)
    {
        static string P(double v) => double.IsFinite(v) ? v.ToString("P2", CultureInfo.InvariantCulture) : "n/a";
        static string F(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        var table = new Table().AddColumns("statistic", "value");
        table.AddRow("final equity", result.FinalEquity.ToString("N2", CultureInfo.InvariantCulture));
        table.AddRow("total return", P(stats.TotalReturn));
        table.AddRow("CAGR", P(stats.Cagr));
        table.AddRow("Sharpe", F(stats.Sharpe));
        table.AddRow("max drawdown", P(stats.MaxDrawdown));
        table.AddRow("trades (closed)", stats.Trades.ToString(CultureInfo.InvariantCulture));
        table.AddRow("costs paid", result.Costs.Total.ToString("N2", CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"wrote {Path.GetFullPath(settings.Out)}/{{stats.json, trades.csv, equity.csv, params.json}}");
    }
}
