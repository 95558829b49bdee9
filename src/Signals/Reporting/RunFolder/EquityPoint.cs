namespace Signals.Reporting;

/// <summary>One dated row of a backtest's equity.csv.</summary>
public readonly record struct EquityPoint(DateOnly Date, double Equity, double Drawdown, double GrossExposure);
