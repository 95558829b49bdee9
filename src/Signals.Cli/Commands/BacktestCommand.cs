using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Nodes;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;
using Signals.Reporting;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using Spectre.Console;
using Spectre.Console.Cli;
using Panel = Signals.Data.Panel;

namespace Signals.Cli.Commands;

/// <summary>
/// `signals backtest`: prices (+ sentiment) → strategy → engine with costs → stats.json, trades.csv, equity.csv and
/// params.json in one folder, written to a temporary folder first and moved into place only when complete.
/// </summary>
public sealed class BacktestCommand(IAnsiConsole console, CliHost host) : AsyncCommand<BacktestCommand.Settings>
{
    public sealed class Settings : TradingCommandSettings
    {
        [CommandOption("--scorer <NAME>"), Description("Score --news first: embedded, lexicon, or llm (with the LLM options).")]
        public string? Scorer { get; init; }

        [CommandOption("--dry-run"), Description("With --scorer llm: print the expected tokens and cost of scoring --news; send nothing, write nothing. Needs no API key.")]
        public bool DryRun { get; init; }

        [CommandOption("--symbol <SYM>"), Description("Backtest this symbol only.")]
        public string? Symbol { get; init; }

        protected override string? ScorerName => Scorer?.Trim().ToLowerInvariant();
        protected override string DefaultSizing => "whole";

        public bool NeedsSentiment => Strategy is { } s && StrategyRegistry.NeedsSignal(s);

        public override ValidationResult Validate()
        {
            if (TradingError() is { } error) return ValidationResult.Error(error);
            if (Strategy is null || !StrategyRegistry.IsKnown(Strategy)) return ValidationResult.Error($"--strategy must be one of: {string.Join(", ", StrategyRegistry.Names)}");
            if (NeedsSentiment && Sentiment is null && (News is null || Scorer is null))
                return ValidationResult.Error($"{Strategy} needs --sentiment SCORES.csv, or --news FILE with --scorer embedded|lexicon|llm");
            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.DryRun) return PrintDryRun(settings);
        using var output = BacktestRunFolder.Claim(settings.Out, "backtest", settings.InputPaths());
        var prices = LoadPrices(settings);
        var options = settings.ToBacktestOptions();
        // News is aligned to the moment orders fill: the open for next-open fills, the close (with its cutoff) for close fills.
        var timing = settings.Timing;

        var features = new JsonObject();
        Panel? signal = null;
        if (settings.NeedsSentiment)
        {
            var headlines = await LoadHeadlinesAsync(settings, features, cancellationToken);
            var daily = DailySentiment.Build(headlines, prices.Dates, prices.Symbols, timing, settings.Cutoff);
            signal = daily.DecayedMean(settings.HalfLife);
            features["timing"] = timing.ToString().ToLowerInvariant();
            features["closeCutoff"] = settings.CloseCutoff;
            features["halfLifeDays"] = settings.HalfLife;
            features["aggregate"] = "decayed mean score per symbol and decision day";
            features["headlinesUsed"] = headlines.Count;
            features["headlinesOutsidePanel"] = daily.Dropped;
        }

        var strategy = StrategyRegistry.Create(settings.Strategy!, settings.ToStrategySettings(), settings.Symbol is null ? prices.SymbolCount : 1, signal, timing);

        BacktestResult result = null!, benchmark = null!;
        ConsoleProgress.Run(console, addTask =>
        {
            var task = addTask($"backtest {strategy.Name}", prices.DayCount);
            result = Backtester.Run(prices, strategy, options, new Progress<int>(done => task.Value = done));
            benchmark = Backtester.Run(prices, new BuyAndHold(), options);
            task.Value = prices.DayCount;
        });

        var stats = PerformanceStats.Of(result, benchmark.Equity);
        BacktestRunFolder.Write(output, result, stats, new RunDescription
        {
            Command = "backtest",
            Version = SignalsApp.Version,
            Strategy = strategy,
            Symbols = prices.SymbolCount,
            FirstDate = prices.Dates[0],
            LastDate = prices.Dates[^1],
            Options = options,
            Symbol = settings.Symbol,
            Features = features,
            Seed = settings.Seed,
            Inputs = [.. new[] { ("prices", settings.Prices), ("sentiment", settings.Sentiment), ("news", settings.News) }
                .Where(i => i.Item2 is not null).Select(i => new RunInput(i.Item1, i.Item2!) { Adjusted = i.Item1 == "prices" ? settings.Adjusted : null })],
        });
        PrintSummary(settings, result, stats);
        return 0;
    }

    /// <summary>What scoring --news would cost (the only spending a backtest does); the backtest itself is free and not run.</summary>
    private int PrintDryRun(Settings settings)
    {
        if (!settings.NeedsSentiment || settings.Scorer is null || settings.News is null)
        {
            host.Out.WriteLine("dry run: nothing to score, so nothing to spend; the backtest was not run");
            return 0;
        }
        var news = NewsFile.Load(settings.News, settings.NewsZone);
        var scorer = settings.CreateScorer(host.Environment, estimateOnly: true);
        using (scorer as IDisposable)
            host.Out.WriteLine(scorer is LlmSentimentScorer llm
                ? llm.Estimate(news).ToString()
                : $"{news.Count} items for the offline scorer {scorer.Name}: no requests, no cost");
        return 0;
    }

    private static BarPanel LoadPrices(Settings settings)
    {
        var priceOptions = settings.ToPriceOptions();
        if (settings.Symbol is null) return PriceCsv.LoadPanel(settings.Prices, priceOptions);
        var series = PriceCsv.LoadMany(settings.Prices, priceOptions).FirstOrDefault(s => s.Symbol == settings.Symbol)
            ?? throw new ArgumentException($"symbol '{settings.Symbol}' is not in {settings.Prices}");
        return BarPanel.FromSeries([series]);
    }

    private async Task<IReadOnlyList<ScoredHeadline>> LoadHeadlinesAsync(Settings settings, JsonObject features, CancellationToken cancellationToken)
    {
        var news = settings.News is null ? null : NewsFile.LoadWithReport(settings.News, settings.ToNewsOptions()).Items;
        if (settings.Sentiment is not null)
        {
            var headlines = ScoredHeadlineCsv.Load(settings.Sentiment, news, out int excluded, settings.NewsZone);
            features["source"] = "scores file";
            features["scoresExcluded"] = excluded;
            return headlines;
        }

        var scorer = settings.CreateScorer(host.Environment);
        IReadOnlyList<SentimentResult> results = [];
        try
        {
            if (scorer is LlmSentimentScorer llm) await llm.CheckEndpointAsync(news!, cancellationToken);
            await ConsoleProgress.RunAsync(console, async addTask =>
            {
                var task = addTask($"scoring with {scorer.Name}", news!.Count);
                results = await scorer.ScoreAsync(news, new Progress<ScoringProgress>(p => task.Value = p.Completed), cancellationToken);
            });
        }
        finally
        {
            (scorer as IDisposable)?.Dispose();
        }
        features["source"] = "scorer";
        features["scorer"] = scorer.Name;
        features["scoresExcluded"] = results.Count(r => r.Status != ScoreStatus.Ok || !double.IsFinite(r.Score));
        return ScoredHeadline.Join(news!, results);
    }

    private void PrintSummary(Settings settings, BacktestResult result, PerformanceStats stats)
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
        console.Write(table);
        console.MarkupLineInterpolated($"wrote {Path.GetFullPath(settings.Out)}/{{stats.json, trades.csv, equity.csv, params.json}}");
    }
}
