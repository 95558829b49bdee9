using System.Text.Json;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Numerics;

namespace Signals.Tests.Analytics;

public class PerformanceStatsTests
{
    private static DateOnly[] CalendarDays(int count, DateOnly? start = null)
    {
        var d0 = start ?? new DateOnly(2020, 1, 1);
        var dates = new DateOnly[count];
        for (int i = 0; i < count; i++) dates[i] = d0.AddDays(i);
        return dates;
    }

    private static PerformanceStats Stats(DateOnly[] dates, double[] equity, IReadOnlyList<Trade>? trades = null, double[]? benchmark = null)
        => PerformanceStats.Of(dates, equity, new double[dates.Length], new double[dates.Length], trades ?? [], benchmark);

    [Fact]
    public void Constant_daily_return_gives_closed_form_cagr_and_unbounded_sharpe()
    {
        const double r = 0.0005;
        var dates = CalendarDays(1462); // 1461 calendar days apart = exactly 4 years of 365.25 days
        var equity = new double[dates.Length];
        for (int i = 0; i < equity.Length; i++) equity[i] = 100 * Math.Pow(1 + r, i);

        var s = Stats(dates, equity);

        Assert.Equal(Math.Pow(1 + r, 1461) - 1, s.TotalReturn, 12);
        Assert.Equal(Math.Pow(1 + r, 1461.0 / 4) - 1, s.Cagr, 12);
        Assert.Equal(0, s.MaxDrawdown);
        Assert.Equal(0, s.MaxDrawdownDays);
        // Floating-point compounding leaves ~1e-16 noise in the returns, so volatility is ~0 rather than exactly 0.
        Assert.True(s.AnnualVolatility < 1e-12);
        Assert.True(s.Sharpe > 1e6);
        Assert.True(double.IsPositiveInfinity(s.Calmar));
    }

    [Fact]
    public void Zero_volatility_sharpe_is_infinite_or_undefined_and_serialises_as_null()
    {
        var dates = CalendarDays(4);
        var flat = Stats(dates, [100, 100, 100, 100]);
        Assert.True(double.IsNaN(flat.Sharpe));
        Assert.True(double.IsNaN(flat.Sortino));

        // Exactly representable doubling: returns are exactly 1.0 each day.
        var rising = Stats(dates, [1, 2, 4, 8]);
        Assert.True(double.IsPositiveInfinity(rising.Sharpe));
        Assert.True(double.IsPositiveInfinity(rising.Sortino));

        using var doc = JsonDocument.Parse(rising.ToJson());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("sharpe").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("calmar").ValueKind);
    }

    [Fact]
    public void Sharpe_sortino_and_volatility_match_hand_computation()
    {
        double[] equity = [100, 101, 99.99, 100.9899, 100.9899];
        var dates = CalendarDays(equity.Length);
        // Returns aligned to the dates: none on the first, then 0.01, -0.01, 0.01, 0.
        double[] r = [double.NaN, 0.01, -0.01, 0.01, 0];
        double mean = 0.0025;
        double sampleVar = ((0.0075 * 0.0075) * 2 + 0.0125 * 0.0125 + 0.0025 * 0.0025) / 3;
        double downside = Math.Sqrt(0.01 * 0.01 / 4);

        var s = Stats(dates, equity);

        Assert.Equal(r, Returns.FromEquity(equity), new ToleranceComparer(1e-12));
        Assert.Equal(Math.Sqrt(sampleVar) * Math.Sqrt(252), s.AnnualVolatility, 10);
        Assert.Equal(mean / Math.Sqrt(sampleVar) * Math.Sqrt(252), s.Sharpe, 8);
        Assert.Equal(mean / downside * Math.Sqrt(252), s.Sortino, 8);
    }

    [Fact]
    public void Known_drawdown_sequence_gives_depth_duration_and_calmar()
    {
        double[] equity = [100, 120, 90, 110, 130, 125];
        DateOnly[] dates =
        [
            new(2021, 1, 4), new(2021, 1, 5), new(2021, 1, 6), new(2021, 1, 7), new(2021, 1, 11), new(2021, 1, 12),
        ];

        var s = Stats(dates, equity);
        var dd = Drawdown.Series(equity);
        var periods = Drawdown.Periods(dates, equity);

        Assert.Equal(-0.25, s.MaxDrawdown, 12);
        Assert.Equal([0, 0, -0.25, 110.0 / 120 - 1, 0, 125.0 / 130 - 1], dd, new ToleranceComparer(1e-12));
        Assert.Equal(2, periods.Count);
        Assert.Equal(new DateOnly(2021, 1, 5), periods[0].Peak);
        Assert.Equal(new DateOnly(2021, 1, 6), periods[0].Trough);
        Assert.Equal(new DateOnly(2021, 1, 11), periods[0].Recovery);
        Assert.Equal(6, periods[0].Days);
        Assert.Null(periods[1].Recovery); // still open at the end: 1 day so far
        Assert.Equal(1, periods[1].Days);
        Assert.Equal(6, s.MaxDrawdownDays);
        Assert.Equal(s.Cagr / 0.25, s.Calmar, 10);
    }

    [Fact]
    public void Open_drawdown_counts_to_the_last_date()
    {
        var dates = CalendarDays(30);
        var equity = new double[30];
        for (int i = 0; i < 30; i++) equity[i] = i <= 5 ? 100 + i : 90;
        Assert.Equal(24, Drawdown.LongestDays(dates, equity));
    }

    [Fact]
    public void Two_trade_profit_factor_win_rate_and_average()
    {
        var d = new DateOnly(2022, 3, 1);
        Trade[] trades =
        [
            new("AAA", d, d.AddDays(5), 100, 10, 13, 300, 0.30),
            new("BBB", d, d.AddDays(7), -50, 20, 22, -100, -0.10),
            new("CCC", d, null, 10, 5, null, 999, 0.5), // open: ignored
        ];
        var dates = CalendarDays(3);
        var s = Stats(dates, [100, 101, 102], trades);

        Assert.Equal(2, s.Trades);
        Assert.Equal(3.0, s.ProfitFactor, 12);
        Assert.Equal(0.5, s.WinRate, 12);
        Assert.Equal(0.10, s.AverageTrade, 12);
    }

    [Fact]
    public void Profit_factor_without_losses_is_infinite_and_null_in_json()
    {
        var d = new DateOnly(2022, 3, 1);
        var s = Stats(CalendarDays(3), [100, 101, 102], [new Trade("AAA", d, d.AddDays(1), 1, 1, 2, 1, 1)]);
        Assert.True(double.IsPositiveInfinity(s.ProfitFactor));
        using var doc = JsonDocument.Parse(s.ToJson());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("profitFactor").ValueKind);
        Assert.Equal(1, doc.RootElement.GetProperty("trades").GetInt32());
    }

    [Fact]
    public void Alpha_and_beta_recover_a_constructed_linear_relation()
    {
        const int n = 300;
        var rng = new Random(7);
        var bench = new double[n];
        var strat = new double[n];
        bench[0] = strat[0] = 100;
        for (int i = 1; i < n; i++)
        {
            double b = (rng.NextDouble() - 0.5) * 0.04;
            bench[i] = bench[i - 1] * (1 + b);
            strat[i] = strat[i - 1] * (1 + 0.0003 + 1.5 * b);
        }
        var s = Stats(CalendarDays(n), strat, benchmark: bench);
        Assert.Equal(1.5, s.Beta, 10);
        Assert.Equal(0.0003 * 252, s.Alpha, 10);
    }

    [Fact]
    public void Exposure_and_turnover_are_daily_fractions()
    {
        var dates = CalendarDays(4);
        var s = PerformanceStats.Of(dates, [1, 1, 1, 1], [0, 1.0, 0.5, 0], [0, 1.0, 0.2, 0.2], []);
        Assert.Equal(0.5, s.Exposure, 12);
        Assert.Equal(0.35, s.Turnover, 12);
    }

    [Fact]
    public void Json_has_every_camel_case_field()
    {
        var s = Stats(CalendarDays(5), [100, 102, 101, 103, 104]);
        using var doc = JsonDocument.Parse(s.ToJson(indented: true));
        string[] expected =
        [
            "finalEquity", "totalReturn", "cagr", "annualVolatility", "sharpe", "sortino", "calmar", "maxDrawdown",
            "maxDrawdownDays", "exposure", "turnover", "trades", "winRate", "profitFactor", "averageTrade", "alpha", "beta",
        ];
        Assert.Equal(expected, doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(104, doc.RootElement.GetProperty("finalEquity").GetDouble());
        Assert.Equal(0.04, doc.RootElement.GetProperty("totalReturn").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("beta").ValueKind);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => PerformanceStats.Of(CalendarDays(3), [1, 2], new double[3], new double[3], []));
    }

    [Fact]
    public void Rolling_sharpe_has_warm_up_nan_and_matches_the_window_sharpe()
    {
        double[] r = [0.01, -0.02, 0.015, 0.003, -0.004, 0.02];
        var rolling = Returns.RollingSharpe(r, 3);
        Assert.True(double.IsNaN(rolling[0]) && double.IsNaN(rolling[1]));
        for (int end = 2; end < r.Length; end++)
            Assert.Equal(Returns.Sharpe(r.AsSpan(end - 2, 3)), rolling[end], 12);
    }

    [Fact]
    public void Rolling_volatility_matches_the_window_sample_std()
    {
        double[] r = [0.01, -0.02, 0.015, double.NaN, -0.004, 0.02, 0.0];
        var vol = Returns.RollingVolatility(r, 3, periodsPerYear: 252);
        double[] w = [0.01, -0.02, 0.015];
        double mean = w.Average(), std = Math.Sqrt(w.Sum(v => (v - mean) * (v - mean)) / 2);
        Assert.Equal(std * Math.Sqrt(252), vol[2], 12);
        Assert.True(double.IsNaN(vol[1]) && double.IsNaN(vol[3]) && double.IsNaN(vol[5])); // warm-up; windows holding the NaN
        Assert.False(double.IsNaN(vol[6]));
    }

    [Fact]
    public void Monthly_returns_compound_within_each_month()
    {
        DateOnly[] dates = [new(2020, 12, 30), new(2020, 12, 31), new(2021, 1, 4), new(2021, 1, 29), new(2021, 3, 1)];
        double[] equity = [100, 110, 121, 99, 108.9];
        var m = MonthlyReturns.Compute(dates, equity);

        Assert.Equal([2020, 2021], m.Years);
        Assert.Equal(0.10, m[0, 12], 12);
        Assert.Equal(99.0 / 110 - 1, m[1, 1], 12);
        Assert.True(double.IsNaN(m[1, 2])); // no February data
        Assert.Equal(0.10, m[1, 3], 12);
        Assert.Equal(108.9 / 110 - 1, m.Annual[1], 12);
    }
}

internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance || (double.IsNaN(x) && double.IsNaN(y));
    public int GetHashCode(double obj) => 0;
}
