using Signals.Backtesting;

namespace Signals.Reporting;

/// <summary>
/// What the numbers assume. Free text because cost models differ ("5 bps per side", "$0.005/share, min $1").
/// </summary>
public sealed record TearsheetAssumptions
{
    /// <summary>Commission assumed, in words (e.g. "1 bps, min $1").</summary>
    public string? Commission { get; init; }
    /// <summary>Slippage or spread assumed, in words.</summary>
    public string? Slippage { get; init; }
    /// <summary>Borrow cost of shorts assumed, in words.</summary>
    public string? Borrow { get; init; }
    /// <summary>When orders fill (e.g. "next open").</summary>
    public string? FillTiming { get; init; }
    /// <summary>How news enters the signal without look-ahead (e.g. "published before 09:30 NY trades at that day's open").</summary>
    public string? PointInTime { get; init; }
    /// <summary>Further assumptions as label–text pairs, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Other { get; init; } = [];
}
