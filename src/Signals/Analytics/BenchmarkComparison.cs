using Signals.Numerics;

namespace Signals.Analytics;

/// <summary>
/// A strategy against its benchmark over the same days: CAPM alpha (annualised) and beta from
/// <see cref="PerformanceStats.AlphaBeta"/>, tracking error (annualised standard deviation of the daily active
/// return r − b, sample n − 1) and information ratio (annualised mean active return / tracking error).
/// </summary>
public sealed record BenchmarkComparison(double Alpha, double Beta, double TrackingError, double InformationRatio, double ActiveReturn, int Days)
{
    /// <summary>From daily returns aligned day by day; days where either is NaN are left out.</summary>
    public static BenchmarkComparison Of(ReadOnlySpan<double> returns, ReadOnlySpan<double> benchmarkReturns, int periodsPerYear = 252)
    {
        if (returns.Length != benchmarkReturns.Length) throw new ArgumentException($"Got {returns.Length} returns for {benchmarkReturns.Length} benchmark returns.");
        var (alpha, beta) = PerformanceStats.AlphaBeta(returns, benchmarkReturns, 0, periodsPerYear);
        int n = 0;
        double sum = 0;
        for (int i = 0; i < returns.Length; i++)
            if (!double.IsNaN(returns[i]) && !double.IsNaN(benchmarkReturns[i])) { n++; sum += returns[i] - benchmarkReturns[i]; }
        if (n < 2) return new BenchmarkComparison(alpha, beta, double.NaN, double.NaN, double.NaN, n);
        double mean = sum / n, ss = 0;
        for (int i = 0; i < returns.Length; i++)
            if (!double.IsNaN(returns[i]) && !double.IsNaN(benchmarkReturns[i]))
            {
                double d = returns[i] - benchmarkReturns[i] - mean;
                ss += d * d;
            }
        double te = Math.Sqrt(ss / (n - 1)) * Math.Sqrt(periodsPerYear);
        double active = mean * periodsPerYear;
        return new BenchmarkComparison(alpha, beta, te, te > 0 ? active / te : double.NaN, active, n);
    }

    /// <summary>From two equity curves on the same dates (daily simple returns of each).</summary>
    public static BenchmarkComparison OfEquity(ReadOnlySpan<double> equity, ReadOnlySpan<double> benchmarkEquity, int periodsPerYear = 252) =>
        Of(Returns.FromEquity(equity), Returns.FromEquity(benchmarkEquity), periodsPerYear);
}
