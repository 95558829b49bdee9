namespace Signals.Backtesting;

/// <summary>
/// A round trip in one symbol: opened at <see cref="EntryDate"/>, closed at <see cref="ExitDate"/> (null while open).
/// <see cref="Size"/> is signed shares (negative: short). <see cref="Pnl"/> is net of costs; <see cref="ReturnPct"/>
/// is the P&amp;L as a fraction of the entry notional (0.05 = 5%).
/// </summary>
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
