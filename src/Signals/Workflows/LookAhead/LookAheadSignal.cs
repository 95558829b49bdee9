namespace Signals.Workflows.LookAhead;

/// <summary>One signal (named or anonymised headlines) on one side of the cut-off.</summary>
/// <param name="Ic">Mean daily 1-day rank IC.</param>
/// <param name="TStat">Its t-statistic (mean / std × √days).</param>
/// <param name="Days">Days with an IC.</param>
/// <param name="LongShortSharpe">Annualised Sharpe of the study's long-short traded on this signal over the side, costs on.</param>
public sealed record LookAheadSignal(double Ic, double TStat, int Days, double LongShortSharpe);
