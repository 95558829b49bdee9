using System.Globalization;
using Signals.Analytics;
using Signals.Backtesting;

namespace Signals.Reporting;

/// <summary>
/// Tearsheet input straight from a <see cref="BacktestResult"/> (the notebook path): statistics computed by
/// Analytics, parameters and cost assumptions read from the run's own options, so the page states exactly
/// what the simulation charged.
/// </summary>
public static class BacktestTearsheet
{
    /// <param name="result">The strategy's run.</param>
    /// <param name="benchmark">An optional benchmark run (e.g. <see cref="Backtesting.Strategies.BuyAndHold"/>), aligned by date.</param>
    /// <param name="title">Page title; defaults to the strategy name.</param>
    /// <param name="pointInTimeRule">How news or other features were lagged into the signal; left null, the page says "not stated".</param>
    /// <param name="stats">The strategy's statistics when the caller has them already (a study does); null: computed here.</param>
    /// <param name="benchmarkStatistics">The benchmark's statistics when the caller has them; null: computed here.</param>
    public static TearsheetInput From(BacktestResult result, BacktestResult? benchmark = null, string? title = null, string? pointInTimeRule = null,
        PerformanceStats? stats = null, PerformanceStats? benchmarkStatistics = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var benchmarkEquity = benchmark is null ? null : DateAlignment.CarryForward(result.Dates, benchmark.Dates, benchmark.Equity);
        stats ??= PerformanceStats.Of(result, benchmarkEquity);
        IReadOnlyList<TearsheetStat> benchmarkStats = benchmark is null ? [] : TearsheetStats.From(benchmarkStatistics ?? PerformanceStats.Of(benchmark));

        return new TearsheetInput
        {
            Title = title ?? $"{result.Strategy} — backtest tearsheet",
            StrategyName = result.Strategy,
            Parameters = Parameters(result),
            Stats = TearsheetStats.From(stats),
            BenchmarkStats = benchmarkStats,
            Dates = result.Dates,
            Equity = result.Equity,
            Drawdown = result.Drawdown(),
            BenchmarkEquity = benchmarkEquity,
            BenchmarkName = benchmark?.Strategy ?? "Benchmark",
            RollingSharpe = ReportSeries.RollingSharpe(result.Equity, 126, result.Options.PeriodsPerYear),
            Trades = result.Trades,
            Assumptions = Assumptions(result, pointInTimeRule),
        };
    }

    private static List<KeyValuePair<string, string>> Parameters(BacktestResult result)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in result.StrategyParameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            list.Add(new(name, Text(value)));
        var o = result.Options;
        list.Add(new("initial cash", o.InitialCash.ToString("#,0.##", CultureInfo.InvariantCulture)));
        list.Add(new("sizing", o.Sizing == Sizing.WholeShares ? "whole shares" : "fractional"));
        list.Add(new("long only", o.LongOnly ? "yes" : "no"));
        list.Add(new("max weight", double.IsPositiveInfinity(o.MaxWeight) ? "none" : Text(o.MaxWeight)));
        list.Add(new("max gross leverage", Text(o.MaxGrossLeverage)));
        return list;
    }

    private static TearsheetAssumptions Assumptions(BacktestResult result, string? pointInTimeRule)
    {
        var c = result.Options.Costs;
        var inv = CultureInfo.InvariantCulture;
        string commission = Bps(c.CommissionBps) + " of traded notional"
            + (c.CommissionPerShare > 0 ? string.Create(inv, $" + {c.CommissionPerShare:0.####} per share") : "");
        return new TearsheetAssumptions
        {
            Commission = commission,
            Slippage = Bps(c.SlippageBps) + " per fill, against the trade",
            Borrow = Bps(c.BorrowBpsPerYear) + " a year on short notional, accrued daily",
            FillTiming = result.Options.Fill == FillTiming.NextOpen
                ? "decided on data to the close of day t, filled at the open of day t+1"
                : "filled at the close of the decision day (the signal must be known before the close)",
            PointInTime = pointInTimeRule,
            Other =
            [
                new("Costs paid", string.Create(inv, $"commission {result.Costs.Commission:#,0.00}, slippage {result.Costs.Slippage:#,0.00}, borrow {result.Costs.Borrow:#,0.00} (total {result.Costs.Total:#,0.00})")),
            ],
        };
    }

    private static string Bps(double x) => x.ToString("0.##", CultureInfo.InvariantCulture) + (x == 1 ? " bp" : " bps");

    private static string Text(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>Puts one dated series onto another's dates.</summary>
internal static class DateAlignment
{
    /// <summary>The value on or before each target date (carried forward over days the source lacks; NaN before it starts).</summary>
    public static double[] CarryForward(DateOnly[] targetDates, DateOnly[] sourceDates, double[] sourceValues)
    {
        var result = new double[targetDates.Length];
        int j = 0;
        double last = double.NaN;
        for (int i = 0; i < targetDates.Length; i++)
        {
            while (j < sourceDates.Length && sourceDates[j] <= targetDates[i]) last = sourceValues[j++];
            result[i] = last;
        }
        return result;
    }
}
