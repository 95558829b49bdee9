namespace Signals.Workflows.Comparison;

/// <summary>The return side of one scorer: how well its signal ranked next-day returns, and what trading it earned, with costs.</summary>
/// <param name="RankIc1d">Mean daily Spearman IC of the signal against the 1-day forward return.</param>
/// <param name="LongShortSharpe">Annualised Sharpe of the daily long-short of its top and bottom quantiles, costs on.</param>
/// <param name="IcTStat">Plain t-statistic of that daily IC (NaN when undefined: see <see cref="IcUndefinedReason"/>).</param>
/// <param name="Cagr">Compound annual return of that long-short (calendar days / 365.25).</param>
/// <param name="HeadlinesScored">Headlines with a usable score.</param>
/// <param name="HeadlinesFailed">Headlines whose score failed (the study's one count).</param>
/// <param name="NewsCostUsd">What scoring the news cost (cached answers free; NaN when the price is unknown).</param>
public sealed record ScorerReturns(double RankIc1d, double IcTStat, double LongShortSharpe, double Cagr, int HeadlinesScored, int HeadlinesFailed, double NewsCostUsd)
{
    /// <summary>Why the IC is undefined (no day with a spread, too few days), or null.</summary>
    public string? IcUndefinedReason { get; init; }
    /// <summary>Why the Sharpe is undefined (a book that never traded), or null.</summary>
    public string? SharpeUndefinedReason { get; init; }
}
