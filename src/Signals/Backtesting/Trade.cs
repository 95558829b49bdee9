namespace Signals.Backtesting;

/// <summary>
/// A round trip in one symbol: opened at <see cref="EntryDate"/>, closed at <see cref="ExitDate"/> (null while open).
/// <see cref="Size"/> is signed shares (negative: short). <see cref="Pnl"/> is net of costs; <see cref="ReturnPct"/>
/// is the P&amp;L as a fraction of the entry notional (0.05 = 5%).
/// </summary>
/// <param name="Symbol">The symbol traded.</param>
/// <param name="EntryDate">Trading day of the opening fill.</param>
/// <param name="ExitDate">Trading day of the closing fill; null while open.</param>
/// <param name="Size">Signed shares (negative: short).</param>
/// <param name="EntryPrice">The fill price the position was opened at.</param>
/// <param name="ExitPrice">The fill price it was closed at; null while open.</param>
/// <param name="Pnl">Profit and loss in currency units, net of costs.</param>
/// <param name="ReturnPct">Pnl as a fraction of the entry notional (0.05 = 5 %).</param>
public sealed record Trade(
    string Symbol,
    DateOnly EntryDate,
    DateOnly? ExitDate,
    double Size,
    double EntryPrice,
    double? ExitPrice,
    double Pnl,
    double ReturnPct)
{
    /// <summary>True while the position is still held (no exit yet).</summary>
    public bool IsOpen => ExitDate is null;
}
