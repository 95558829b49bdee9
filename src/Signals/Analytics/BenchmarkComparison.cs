using Signals.Numerics;

namespace Signals.Analytics;

/// <summary>
/// A strategy against its benchmark over the same days: CAPM alpha (annualised) and beta from
/// <see cref="PerformanceStats.AlphaBeta"/>, tracking error (annualised standard deviation of the daily active
/// return r − b, sample n − 1) and information ratio (annualised mean active return / tracking error). When the
/// strategy's returns have no variance (a book that never traded), alpha, beta and the information ratio are
/// undefined: its "active return" is only the benchmark's, negated, and says nothing about the strategy.
/// <see cref="Undefined"/> gives the reason for each undefined figure.
/// </summary>
/// <param name="Alpha">CAPM alpha, annualised, as a fraction (0.02 = 2 % a year).</param>
/// <param name="Beta">CAPM beta to the benchmark.</param>
/// <param name="TrackingError">Annualised standard deviation of the daily active return.</param>
/// <param name="InformationRatio">Annualised mean active return over the tracking error.</param>
/// <param name="ActiveReturn">Mean daily active return (strategy − benchmark), annualised by periods per year.</param>
/// <param name="Days">Days where both returns are defined.</param>
public sealed record BenchmarkComparison(double Alpha, double Beta, double TrackingError, double InformationRatio, double ActiveReturn, int Days)
{
    /// <summary>Why figures are undefined, by JSON name (alpha, beta, trackingError, informationRatio, activeReturn).</summary>
    public UndefinedReasons Undefined { get; init; } = UndefinedReasons.None;

    /// <summary>Figure <paramref name="name"/> (its JSON name) with its value or its reason.</summary>
    public Statistic Figure(string name, double value) => Undefined.Of(name, value);

    /// <summary>From daily returns aligned day by day; days where either is NaN are left out.</summary>
    public static BenchmarkComparison Of(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmarkReturns, int periodsPerYear = 252)
    {
        if (returns.Length != benchmarkReturns.Length) throw new ArgumentException($"Got {returns.Length} returns for {benchmarkReturns.Length} benchmark returns.");
        var (alpha, beta) = PerformanceStats.AlphaBeta(returns, benchmarkReturns, 0, periodsPerYear);
        int n = 0;
        double sum = 0;
        for (int i = 0; i < returns.Length; i++)
            if (!double.IsNaN(returns[i]) && !double.IsNaN(benchmarkReturns[i])) { n++; sum += returns[i] - benchmarkReturns[i]; }
        if (n < 2)
        {
            const string few = "fewer than two days with both returns";
            return new BenchmarkComparison(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, n)
            {
                Undefined = UndefinedReasons.Of([new("alpha", few), new("beta", few), new("trackingError", few), new("informationRatio", few), new("activeReturn", few)]),
            };
        }
        double mean = sum / n, ss = 0;
        for (int i = 0; i < returns.Length; i++)
            if (!double.IsNaN(returns[i]) && !double.IsNaN(benchmarkReturns[i]))
            {
                double d = returns[i] - benchmarkReturns[i] - mean;
                ss += d * d;
            }
        double te = Math.Sqrt(ss / (n - 1)) * Math.Sqrt(periodsPerYear);
        double active = mean * periodsPerYear;
        string? flat = HasVariance(returns, benchmarkReturns) ? null : "the strategy's returns have no variance: it never held a position, so its active return is the benchmark's, negated";
        string? regression = flat ?? (double.IsNaN(beta) ? "the benchmark's returns have no variance" : null);
        string? ir = flat ?? (te > 0 ? null : "the tracking error is zero");
        return new BenchmarkComparison(regression is null ? alpha : double.NaN, regression is null ? beta : double.NaN, te, ir is null ? active / te : double.NaN, active, n)
        {
            Undefined = UndefinedReasons.Of([new("alpha", regression), new("beta", regression), new("informationRatio", ir)]),
        };
    }

    /// <summary>Whether the strategy's returns vary over the days where both series are known.</summary>
    private static bool HasVariance(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmarkReturns)
    {
        double first = double.NaN;
        for (int i = 0; i < returns.Length; i++)
        {
            if (double.IsNaN(returns[i]) || double.IsNaN(benchmarkReturns[i])) continue;
            if (double.IsNaN(first)) first = returns[i];
            else if (returns[i] != first) return true;
        }
        return false;
    }

    /// <summary>From two equity curves on the same dates (daily simple returns of each).</summary>
    public static BenchmarkComparison OfEquity(ReadOnlySpan<double> equity, ReadOnlySpan<double> benchmarkEquity, int periodsPerYear = 252) =>
        Of(Returns.FromEquity(equity), Returns.FromEquity(benchmarkEquity), periodsPerYear);
}
