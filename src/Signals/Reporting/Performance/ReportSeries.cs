using Signals.Numerics;

namespace Signals.Reporting;

/// <summary>Analytics series lined up with an equity curve's dates, as the charts draw them.</summary>
public static class ReportSeries
{
    /// <summary>
    /// Rolling annualised Sharpe of daily returns, one value per equity date: the value on date i uses the
    /// <paramref name="window"/> returns ending on date i (NaN until there are that many).
    /// </summary>
    public static double[] RollingSharpe(ReadOnlySpan<double> equity, int window = 126, int periodsPerYear = 252)
        => Returns.RollingSharpe(Returns.FromEquity(equity), window, periodsPerYear);
}
