using Signals.Backtesting.Costs;
using Signals.Backtesting.Portfolios;
using Signals.Numerics;

namespace Signals.Workflows;

/// <summary>One construction of the study's long-short, run through the size-aware costs.</summary>
/// <param name="Name">Short name (the table row and the chart's legend).</param>
/// <param name="Construction">How the book was built, in words.</param>
/// <param name="Portfolio">The portfolio's exposures; its weight and beta panels only with <see cref="StudyResearchOptions.KeepPortfolioWeights"/> (else zero-day panels).</param>
/// <param name="Run">The costed run of those weights.</param>
/// <param name="NetSharpe">Annualised Sharpe of the daily net returns.</param>
/// <param name="GrossSharpe">Annualised Sharpe of the daily returns before costs.</param>
/// <param name="Annual">Compound annual net return, the kit's one CAGR (<see cref="Analytics.PerformanceStats.Cagr"/>: calendar days / 365.25).</param>
/// <param name="Volatility">Annualised standard deviation of the daily net returns.</param>
/// <param name="MaxDrawdown">Deepest fall of net equity, as a negative fraction.</param>
/// <param name="Turnover">Mean traded notional per day as a share of equity.</param>
public sealed record RiskPortfolioRun(string Name, string Construction, RiskPortfolioResult Portfolio, CostedRun Run,
    double NetSharpe, double GrossSharpe, double Annual, double Volatility, double MaxDrawdown, double Turnover)
{
    /// <summary>The table row of one construction: its figures from the costed run, annualised at <paramref name="periodsPerYear"/>.</summary>
    public static RiskPortfolioRun Of(string name, string construction, RiskPortfolioResult portfolio, CostedRun run, int periodsPerYear)
    {
        int last = Array.FindLastIndex(run.Equity, e => e > 0);
        // One CAGR in the kit: calendar days / 365.25, as PerformanceStats (a 252-periods year disagreed with the headline's).
        double years = run.Dates.Length < 2 ? 0 : (run.Dates[^1].DayNumber - run.Dates[0].DayNumber) / 365.25;
        double annual = last < 0 || years <= 0 ? double.NaN : Math.Pow(run.Equity[^1] / run.Capital, 1 / years) - 1;
        var net = Moments.Of(run.Net);
        double turnover = run.Turnover.Length == 0 ? 0 : run.Turnover.Average();
        return new RiskPortfolioRun(name, construction, portfolio, run, run.NetSharpe, run.GrossSharpe, annual,
            net.SampleStd * Math.Sqrt(periodsPerYear), Drawdown.Max(run.Equity), turnover);
    }
}
