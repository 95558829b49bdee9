using Signals.Backtesting;
using Signals.Numerics;

namespace Signals.Analytics;

/// <summary>
/// The headline statistics of a backtest. Every ratio is a fraction (0.12 = 12%), never a percent. A statistic
/// that is undefined (too few days, returns without variance — a book that never traded —, no trades) is NaN and
/// <see cref="Undefined"/> says why; an unbounded one (profit factor with no losing trade) is ±∞. <see cref="ToJson"/>
/// writes both as null and the reasons under "undefined".
/// </summary>
/// <param name="FinalEquity">Last equity value.</param>
/// <param name="TotalReturn">Last equity over first, minus one.</param>
/// <param name="Cagr">(1 + total return)^(1/years) − 1 with years = calendar days between first and last date / 365.25.</param>
/// <param name="AnnualVolatility">Sample standard deviation of daily simple returns × √periodsPerYear.</param>
/// <param name="Sharpe">Mean daily excess return / sample std of daily returns × √periodsPerYear.</param>
/// <param name="Sortino">Mean daily excess return / downside deviation × √periodsPerYear, where downside deviation =
/// √(Σ min(0, r − rf)² / N) over all N days (the target is the per-period risk-free rate, 0 by default).</param>
/// <param name="Calmar">CAGR / |MaxDrawdown|.</param>
/// <param name="MaxDrawdown">Deepest fall from a running peak, a negative fraction (0 if equity never fell).</param>
/// <param name="MaxDrawdownDays">Longest peak-to-recovery duration in calendar days; a drawdown still open at the end counts to the last date.</param>
/// <param name="Exposure">Fraction of days with nonzero gross exposure.</param>
/// <param name="Turnover">Average daily turnover as given by the backtester (traded notional / equity per day); × periodsPerYear for an annual figure.</param>
/// <param name="Trades">Closed trades.</param>
/// <param name="WinRate">Fraction of closed trades with positive net P&amp;L.</param>
/// <param name="ProfitFactor">Gross P&amp;L of winners / |gross P&amp;L of losers|; +∞ when nothing lost.</param>
/// <param name="AverageTrade">Mean <see cref="Trade.ReturnPct"/> of closed trades.</param>
/// <param name="Alpha">OLS intercept of daily excess returns on benchmark excess returns × periodsPerYear (arithmetic annualisation); NaN without a benchmark.</param>
/// <param name="Beta">OLS slope of the same regression; NaN without a benchmark.</param>
public sealed record PerformanceStats(
    double FinalEquity,
    double TotalReturn,
    double Cagr,
    double AnnualVolatility,
    double Sharpe,
    double Sortino,
    double Calmar,
    double MaxDrawdown,
    int MaxDrawdownDays,
    double Exposure,
    double Turnover,
    int Trades,
    double WinRate,
    double ProfitFactor,
    double AverageTrade,
    double Alpha,
    double Beta)
{
    /// <summary>Why figures are undefined, by JSON name (sharpe, sortino, annualVolatility, cagr, calmar, alpha, beta; alpha and beta only when a benchmark was given).</summary>
    public UndefinedReasons Undefined { get; init; } = UndefinedReasons.None;

    /// <summary>Figure <paramref name="name"/> (its JSON name) with its value or its reason.</summary>
    public Statistic Figure(string name, double value) => Undefined.Of(name, value);

    /// <summary>
    /// The statistics of a backtest: its equity, exposure, turnover and trades at its own periods per year.
    /// <paramref name="benchmarkEquity"/>, when given, is one value per <see cref="BacktestResult.Dates"/> entry
    /// (a buy-and-hold run on the same prices is: pass its <see cref="BacktestResult.Equity"/>).
    /// </summary>
    public static PerformanceStats Of(BacktestResult result, double[]? benchmarkEquity = null, double riskFreeRate = 0)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Of(result.Dates, result.Equity, result.GrossExposure, result.Turnover, result.Trades,
            benchmarkEquity, result.Options.PeriodsPerYear, riskFreeRate);
    }

    /// <summary>
    /// Computes the statistics of a daily equity curve. <paramref name="grossExposure"/> and <paramref name="turnover"/>
    /// align with <paramref name="dates"/>; <paramref name="benchmarkEquity"/>, when given, too.
    /// <paramref name="riskFreeRate"/> is annual and is spread evenly over <paramref name="periodsPerYear"/>.
    /// </summary>
    public static PerformanceStats Of(
        DateOnly[] dates,
        double[] equity,
        double[] grossExposure,
        double[] turnover,
        IReadOnlyList<Trade> trades,
        double[]? benchmarkEquity = null,
        int periodsPerYear = 252,
        double riskFreeRate = 0)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(equity);
        ArgumentNullException.ThrowIfNull(grossExposure);
        ArgumentNullException.ThrowIfNull(turnover);
        ArgumentNullException.ThrowIfNull(trades);
        int n = dates.Length;
        RequireLength(equity, n, nameof(equity));
        RequireLength(grossExposure, n, nameof(grossExposure));
        RequireLength(turnover, n, nameof(turnover));
        if (benchmarkEquity is not null) RequireLength(benchmarkEquity, n, nameof(benchmarkEquity));
        if (periodsPerYear <= 0) throw new ArgumentOutOfRangeException(nameof(periodsPerYear), periodsPerYear, "Must be positive.");
        if (n == 0) throw new ArgumentException("An equity curve needs at least one day.", nameof(equity));

        var returns = Returns.FromEquity(equity);
        double rf = riskFreeRate / periodsPerYear, annualise = Math.Sqrt(periodsPerYear);
        var m = Moments.Of(returns);

        double totalReturn = equity[^1] / equity[0] - 1.0;
        double years = (dates[^1].DayNumber - dates[0].DayNumber) / 365.25;
        double cagr = years > 0 && 1.0 + totalReturn >= 0 ? Math.Pow(1.0 + totalReturn, 1.0 / years) - 1.0 : double.NaN;
        double vol = m.Count > 1 ? m.SampleStd * annualise : double.NaN;
        double sharpe = m.Count > 1 ? Returns.Ratio(m.Mean - rf, m.SampleStd) * annualise : double.NaN;
        double sortino = m.Count > 1 ? Returns.Ratio(m.Mean - rf, DownsideDeviation(returns, rf)) * annualise : double.NaN;
        double maxDd = Drawdown.Max(equity);
        double calmar = Returns.Ratio(cagr, Math.Abs(maxDd));

        var (alpha, beta) = benchmarkEquity is null
            ? (double.NaN, double.NaN)
            : AlphaBeta(returns, Returns.FromEquity(benchmarkEquity), rf, periodsPerYear);

        var t = TradeStatistics.Of(trades);
        bool flat = m.Count > 1 && m.SampleStd == 0;
        // A book that never moved has no risk to divide by: its Sharpe is 0/0, not a number to print. A riskless gain
        // (every return equal and positive) stays +∞, an unbounded but defined ratio.
        string noVariance = ExposureFraction(grossExposure) == 0 ? "the returns have no variance: the book never held a position" : "the returns have no variance";
        string? ratio = m.Count < 2 ? "fewer than two daily returns" : double.IsNaN(sharpe) ? noVariance : null;
        // Without a benchmark alpha and beta are not figures of this run at all (NaN, left out of reports), not undefined ones.
        string? regression = benchmarkEquity is null ? null
            : flat ? noVariance + " (a regression on a constant)"
            : double.IsNaN(beta) ? "the benchmark's returns have no variance, or fewer than two days"
            : null;
        var undefined = UndefinedReasons.Of(
        [
            new("sharpe", ratio),
            new("sortino", m.Count < 2 || double.IsNaN(sortino) ? ratio ?? noVariance : null),
            new("annualVolatility", m.Count < 2 ? ratio : null),
            new("cagr", years <= 0 ? "the window spans less than a day" : double.IsNaN(cagr) ? "the equity fell below zero" : null),
            new("calmar", double.IsNaN(calmar) ? (double.IsNaN(cagr) ? "CAGR is not defined" : "no return and no drawdown") : null),
            new("alpha", regression),
            new("beta", regression),
        ]);
        if (regression is not null) { alpha = double.NaN; beta = double.NaN; }
        return new PerformanceStats(
            FinalEquity: equity[^1],
            TotalReturn: totalReturn,
            Cagr: cagr,
            AnnualVolatility: vol,
            Sharpe: sharpe,
            Sortino: sortino,
            Calmar: calmar,
            MaxDrawdown: maxDd,
            MaxDrawdownDays: Drawdown.LongestDays(dates, equity),
            Exposure: ExposureFraction(grossExposure),
            Turnover: MeanFinite(turnover),
            Trades: t.Closed,
            WinRate: t.WinRate,
            ProfitFactor: t.ProfitFactor,
            AverageTrade: t.AverageReturn,
            Alpha: alpha,
            Beta: beta) { Undefined = undefined };
    }

    /// <summary>camelCase JSON of every field; NaN and ±∞ become null. Numbers use the shortest round-trip form.</summary>
    public string ToJson(bool indented = false) => PerformanceStatsJson.Write(this, indented);

    /// <summary>The same JSON as <see cref="ToJson"/>, as a node to place inside a larger document (no text round trip).</summary>
    public System.Text.Json.Nodes.JsonObject ToJsonNode() => PerformanceStatsJson.Node(this);

    /// <summary>√(Σ min(0, r − target)² / N) over every non-NaN return: days above target count as zero shortfall.</summary>
    public static double DownsideDeviation(ReadOnlySpan<double> returns, double target = 0)
    {
        int n = 0;
        double sum = 0;
        foreach (double r in returns)
        {
            if (double.IsNaN(r)) continue;
            n++;
            double shortfall = Math.Min(0, r - target);
            sum += shortfall * shortfall;
        }
        return n == 0 ? double.NaN : Math.Sqrt(sum / n);
    }

    /// <summary>
    /// OLS of (r − rf) on (b − rf) over days where both are known. Returns the intercept × periodsPerYear and the slope;
    /// NaN for both when the benchmark does not vary.
    /// </summary>
    public static (double Alpha, double Beta) AlphaBeta(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmarkReturns, double riskFreePerPeriod, int periodsPerYear)
    {
        if (returns.Length != benchmarkReturns.Length) throw new ArgumentException($"Got {returns.Length} returns for {benchmarkReturns.Length} benchmark returns.");
        int n = 0;
        double sx = 0, sy = 0;
        for (int i = 0; i < returns.Length; i++)
        {
            if (double.IsNaN(returns[i]) || double.IsNaN(benchmarkReturns[i])) continue;
            n++; sx += benchmarkReturns[i] - riskFreePerPeriod; sy += returns[i] - riskFreePerPeriod;
        }
        if (n < 2) return (double.NaN, double.NaN);
        double mx = sx / n, my = sy / n, sxx = 0, sxy = 0;
        for (int i = 0; i < returns.Length; i++)
        {
            if (double.IsNaN(returns[i]) || double.IsNaN(benchmarkReturns[i])) continue;
            double dx = benchmarkReturns[i] - riskFreePerPeriod - mx, dy = returns[i] - riskFreePerPeriod - my;
            sxx += dx * dx; sxy += dx * dy;
        }
        if (sxx == 0) return (double.NaN, double.NaN);
        double beta = sxy / sxx;
        return ((my - beta * mx) * periodsPerYear, beta);
    }

    private static double ExposureFraction(double[] grossExposure)
    {
        int exposed = 0, known = 0;
        foreach (double g in grossExposure)
        {
            if (double.IsNaN(g)) continue;
            known++;
            if (g != 0) exposed++;
        }
        return known == 0 ? double.NaN : (double)exposed / known;
    }

    private static double MeanFinite(double[] values)
    {
        int n = 0;
        double sum = 0;
        foreach (double v in values)
            if (double.IsFinite(v)) { n++; sum += v; }
        return n == 0 ? double.NaN : sum / n;
    }

    private static void RequireLength(double[] values, int n, string name)
    {
        if (values.Length != n) throw new ArgumentException($"Expected {n} values (one per date), got {values.Length}.", name);
    }
}
