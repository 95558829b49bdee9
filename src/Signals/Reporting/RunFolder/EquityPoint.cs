namespace Signals.Reporting;

/// <summary>One dated row of a backtest's equity.csv.</summary>
/// <param name="Date">The trading day.</param>
/// <param name="Equity">Equity at the close, in currency units.</param>
/// <param name="Drawdown">Equity over its running peak minus 1 (0 or below).</param>
/// <param name="GrossExposure">Σ |position value| / equity at the close.</param>
public readonly record struct EquityPoint(DateOnly Date, double Equity, double Drawdown, double GrossExposure);
