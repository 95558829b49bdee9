using System.ComponentModel;
using System.Globalization;
using Signals.Backtesting;
using Signals.Data;
using Spectre.Console.Cli;

namespace Signals.Cli.Commands;

/// <summary>
/// The options of every command that runs a backtest with costs (`backtest`, `study`, `sweep`): cash, costs, fills,
/// sizing and weight limits. Declared once, so a cost means the same on every command line and in every record.
/// </summary>
public abstract class CostCommandSettings : LlmCommandSettings
{
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

    [CommandOption("--sizing <HOW>"), Description("whole or fractional shares (backtest: whole; study and sweep: fractional).")]
    public string? Sizing { get; init; }

    [CommandOption("--max-weight <X>"), Description("Largest absolute weight per name.")]
    public double? MaxWeight { get; init; }

    [CommandOption("--leverage <X>"), Description("Largest gross exposure (Σ|weights|)."), DefaultValue(1.0)]
    public double Leverage { get; init; } = 1;

    [CommandOption("--close-cutoff <HH:MM>"), Description("With --fill close: news before this New York time counts for that close."), DefaultValue("15:45")]
    public string CloseCutoff { get; init; } = "15:45";

    /// <summary>The command's sizing when --sizing is not given.</summary>
    protected abstract string DefaultSizing { get; }

    /// <summary>The checks of the cost and fill options; null when all pass.</summary>
    protected string? CostError()
    {
        if (Fill is not ("next-open" or "close")) return "--fill must be next-open or close";
        if (Sizing is not (null or "whole" or "fractional")) return "--sizing must be whole or fractional";
        if (!TimeOnly.TryParseExact(CloseCutoff, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return "--close-cutoff must be HH:MM, e.g. 15:45";
        if (Cash <= 0) return "--cash must be positive";
        if (CommissionBps < 0 || CommissionPerShare < 0 || SlippageBps < 0 || BorrowBps < 0) return "costs cannot be negative";
        return null;
    }

    /// <summary>When a decision is taken for the chosen fill (next open or the close).</summary>
    public DecisionTiming Timing => FillDecisionTiming.Of(ToBacktestOptions().Fill);

    /// <summary>The --close-cutoff time (New York).</summary>
    public TimeOnly Cutoff => TimeOnly.ParseExact(CloseCutoff, "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The backtest's options from the command line.</summary>
    public BacktestOptions ToBacktestOptions() => new()
    {
        InitialCash = Cash,
        Fill = Fill == "close" ? FillTiming.Close : FillTiming.NextOpen,
        Sizing = (Sizing ?? DefaultSizing) == "fractional" ? Backtesting.Sizing.Fractional : Backtesting.Sizing.WholeShares,
        Costs = new CostModel(CommissionBps, CommissionPerShare, SlippageBps, BorrowBps),
        MaxWeight = MaxWeight ?? double.PositiveInfinity,
        MaxGrossLeverage = Leverage,
    };
}
