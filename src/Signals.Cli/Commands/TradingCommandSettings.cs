using System.ComponentModel;
using System.Globalization;
using Signals.Backtesting;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// The options `backtest` and `study` share: inputs, the scorer (an LLM with every option of `sentiment score`, or
/// an offline one) and the strategy; the costs and fills come from <see cref="CostCommandSettings"/>, which `sweep`
/// shares too. One declaration, so the commands read them the same way.
/// </summary>
public abstract class TradingCommandSettings : CostCommandSettings
{
    [CommandOption("--prices <PATH>"), Description("Daily bars: a file with a symbol column (CSV, .gz or Parquet), or a folder (any depth) of per-symbol .csv/.txt/.gz/.parquet files.")]
    public string Prices { get; init; } = "";

    [CommandOption("--sentiment <FILE>"), Description("Scores: `signals sentiment score` output (id,score,…,status; needs --news) or timestamp,symbol,score[[,confidence]].")]
    public string? Sentiment { get; init; }

    [CommandOption("--news <PATH>"), Description("News: a file or a folder of files (CSV, JSON lines, JSON array, Parquet, .gz; sniffed when extension-less): joined by id to --sentiment, or scored with --scorer.")]
    public string? News { get; init; }

    [CommandOption("--news-zone <ZONE>"), Description("IANA zone of news timestamps written without an offset.")]
    public string? NewsZone { get; init; }

    [CommandOption("--symbol-suffix <SUFFIX>"), Description("Exchange suffix cut from symbols taken from file names (repeatable; default .US: aapl.us.txt is AAPL).")]
    public string[]? SymbolSuffixes { get; init; }

    [CommandOption("--symbol-map <FILE>"), Description("CSV from,to renaming symbols after they are read (e.g. BRK-B,BRK.B).")]
    public string? SymbolMap { get; init; }

    [CommandOption("--adjusted"), Description("Scale open, high and low by Adj Close / Close and use Adj Close (Yahoo exports).")]
    public bool Adjusted { get; init; }

    [CommandOption("--date-format <FORMAT>"), Description("Format of dates no detected shape settles, e.g. d/M/yyyy or M/d/yyyy (prices' date column, news dates).")]
    public string? DateFormat { get; init; }

    [CommandOption("--time-format <FORMAT>"), Description("Format of date-times no detected shape fits, e.g. \"dd.MM.yyyy HH:mm\" (add zzz for an offset).")]
    public string? TimeFormat { get; init; }

    [CommandOption("--symbol-from <WHERE>"), Description("Symbol of a folder's files without a symbol column: auto (default: a file's name at the top, its folder's name deeper), file or folder.")]
    public string SymbolFrom { get; init; } = "auto";

    [CommandOption("--strategy <NAME>"), Description("buy-and-hold, sma-cross, sentiment-threshold or sentiment-longshort.")]
    public string? Strategy { get; init; }

    [CommandOption("--fast <N>"), DefaultValue(10)] public int Fast { get; init; } = 10;
    [CommandOption("--slow <N>"), DefaultValue(20)] public int Slow { get; init; } = 20;

    [CommandOption("--short"), Description("Allow shorts (sma-cross reverses instead of exiting; sentiment-threshold shorts below its threshold).")]
    public bool Short { get; init; }

    [CommandOption("--long-threshold <X>"), Description("sentiment-threshold: long above this (default 1 z-score; 0.2 with --threshold-units absolute).")]
    public double? LongThreshold { get; init; }
    [CommandOption("--short-threshold <X>"), Description("sentiment-threshold: short below this (default −1 z-score; −0.2 with --threshold-units absolute).")]
    public double? ShortThreshold { get; init; }

    [CommandOption("--threshold-units <UNITS>"), Description("sentiment-threshold: zscore (the signal's trailing z-score over all names, point in time) or absolute (score units)."), DefaultValue("zscore")]
    public string ThresholdUnits { get; init; } = "zscore";

    [CommandOption("--threshold-window <D>"), Description("sentiment-threshold: trading days in the z-score's trailing window."), DefaultValue(63)]
    public int ThresholdWindow { get; init; } = 63;

    [CommandOption("--quantile <X>"), Description("Fraction of names long and short each day (sentiment-longshort)."), DefaultValue(0.2)]
    public double Quantile { get; init; } = 0.2;

    [CommandOption("--half-life <D>"), Description("Half-life in trading days of the sentiment decay."), DefaultValue(3.0)]
    public double HalfLife { get; init; } = 3;

    [CommandOption("--seed <SEED>"), Description("Recorded for provenance (the backtest itself draws no random numbers)."), DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--out <DIR>"), Description("Output folder: new, empty, or one signals wrote before (only its own files are replaced; a folder holding other files is refused).")]
    public string Out { get; init; } = "";

    /// <summary>Every input file or folder named on the command line (the output may be none of them, nor hold one).</summary>
    public IEnumerable<string> InputPaths() => new[] { Prices, News, Sentiment, SymbolMap, Universe }.OfType<string>().Where(p => p.Length > 0);

    /// <summary>The scorer named by --scorer, or null; each command declares its own (with its own default).</summary>
    protected abstract string? ScorerName { get; }

    /// <summary>Scorers a command builds itself beyond llm and the offline ones (study: embedding-ridge, which needs the prices).</summary>
    protected virtual IReadOnlyList<string> ExtraScorers => [];

    /// <summary>The checks both commands share; null when all pass.</summary>
    protected string? TradingError()
    {
        if (Prices.Length == 0) return "--prices is required";
        if (Out.Length == 0) return "--out is required";
        if (CostError() is { } costs) return costs;
        if (Sentiment is not null && ScorerName is not null) return "give --sentiment or --scorer, not both";
        if (ScorerName is not null && News is null) return "--scorer needs --news";
        if (ScorerName is { } s && s != "llm" && !OfflineScorers.Names.Contains(s) && !ExtraScorers.Contains(s)) return $"--scorer must be llm or one of: {string.Join(", ", OfflineScorers.Names.Concat(ExtraScorers))}";
        if (Quantile is <= 0 or > 0.5) return "--quantile must be in (0, 0.5]";
        if (HalfLife <= 0) return "--half-life must be positive";
        if (ThresholdUnits is not ("zscore" or "absolute")) return "--threshold-units must be zscore or absolute";
        if (ThresholdWindow < 2) return "--threshold-window must be at least 2";
        if (SymbolFrom is not ("auto" or "file" or "folder")) return "--symbol-from must be auto, file or folder";
        return null;
    }

    public virtual StrategySettings ToStrategySettings() => new()
    {
        Fast = Fast, Slow = Slow, AllowShort = Short,
        LongThreshold = LongThreshold ?? (ThresholdUnits == "absolute" ? 0.2 : 1.0),
        ShortThreshold = ShortThreshold ?? (ThresholdUnits == "absolute" ? -0.2 : -1.0),
        ThresholdUnits = ThresholdUnits == "absolute" ? Backtesting.Strategies.ThresholdUnits.Absolute : Backtesting.Strategies.ThresholdUnits.ZScore,
        ThresholdWindow = ThresholdWindow,
        Quantile = Quantile, GrossLeverage = Leverage,
    };

    public PriceCsvOptions ToPriceOptions(BadRowPolicy onBadRows = BadRowPolicy.Fail) => new()
    {
        UseAdjustedClose = Adjusted,
        SymbolSuffixes = SymbolSuffixes is { Length: > 0 } s ? s : PriceCsvOptions.Default.SymbolSuffixes,
        SymbolMap = SymbolMap is null ? null : SymbolMapFile.Load(SymbolMap),
        OnBadRows = onBadRows,
        DateFormat = DateFormat,
        TimeFormat = TimeFormat,
        SymbolFrom = SymbolSourceOf(SymbolFrom),
    };

    /// <summary>How --news is read: its zone, date formats and symbol rule (the same as the prices').</summary>
    public NewsLoadOptions ToNewsOptions(BadRowPolicy onBadRows = BadRowPolicy.Fail) => new()
    {
        Zone = NewsZone,
        OnBadRows = onBadRows,
        DateFormat = DateFormat,
        TimeFormat = TimeFormat,
        SymbolFrom = SymbolSourceOf(SymbolFrom),
        SymbolSuffixes = SymbolSuffixes is { Length: > 0 } s ? s : PriceCsvOptions.Default.SymbolSuffixes,
    };

    private static SymbolSource SymbolSourceOf(string name) => name switch
    {
        "file" => SymbolSource.FileName,
        "folder" => SymbolSource.FolderName,
        _ => SymbolSource.Auto,
    };

    /// <summary>The scorer for --scorer: an LLM with this command's options, or an offline scorer, behind the --cache.</summary>
    public ISentimentScorer CreateScorer(Func<string, string?> environment, bool estimateOnly = false) =>
        CreateScorer(ScorerName ?? throw new InvalidOperationException("no --scorer"), environment, estimateOnly);
}
