using System.Text.Json.Nodes;
using Signals.Backtesting;

namespace Signals.Reporting;

/// <summary>What params.json records about a run: enough to rerun it and to know what it assumed.</summary>
public sealed record RunDescription
{
    /// <summary>The command that wrote the folder (e.g. "backtest"), recorded in params.json and the folder's marker.</summary>
    public required string Command { get; init; }
    /// <summary>The Signals version that ran.</summary>
    public required string Version { get; init; }
    /// <summary>The strategy that ran; its name and parameters are recorded.</summary>
    public required Strategy Strategy { get; init; }
    /// <summary>The symbols traded and the first and last day of the run.</summary>
    public required int Symbols { get; init; }
    /// <summary>First trading day of the run.</summary>
    public required DateOnly FirstDate { get; init; }
    /// <summary>Last trading day of the run.</summary>
    public required DateOnly LastDate { get; init; }
    /// <summary>The backtest options (cash, fill, sizing, limits, costs), recorded in full.</summary>
    public required BacktestOptions Options { get; init; }
    /// <summary>The symbol of a single-name run; null for a panel.</summary>
    public string? Symbol { get; init; }
    /// <summary>How the signal was built (source, timing, decay…); null for a strategy on prices alone.</summary>
    public JsonObject? Features { get; init; }
    /// <summary>What alpha and beta are measured against, in words.</summary>
    public string Benchmark { get; init; } = "equal-weight buy-and-hold of the same prices, same costs (for alpha and beta)";
    /// <summary>The seed recorded in params.json, so anything random in the run can be reproduced.</summary>
    public int Seed { get; init; } = 42;
    /// <summary>Input files and folders, each recorded with its SHA-256.</summary>
    public IReadOnlyList<RunInput> Inputs { get; init; } = [];
}
