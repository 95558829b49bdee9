using Signals.Backtesting;
using Signals.Data;
using Signals.Workflows.Health;

namespace Signals.Tests.Workflows.Health;

/// <summary>Each health rule on inputs built to sit on either side of its threshold.</summary>
public sealed class HealthRuleTests
{
    private static readonly HealthThresholds T = new();
    private static readonly DateOnly Day0 = new(2024, 1, 2);

    private static Panel Signal(double[][] rows)
    {
        var dates = Enumerable.Range(0, rows.Length).Select(i => Day0.AddDays(i)).ToArray();
        var symbols = Enumerable.Range(0, rows[0].Length).Select(i => $"S{i}").ToArray();
        return new Panel(dates, symbols, [.. rows.SelectMany(r => r)]);
    }

    [Fact]
    public void Cross_sectional_spread_fails_when_every_name_carries_the_same_signal_and_passes_a_spread_book()
    {
        var same = Signal([.. Enumerable.Range(0, 20).Select(d => Enumerable.Repeat(0.1 * d, 10).ToArray())]);
        var spread = Signal([.. Enumerable.Range(0, 20).Select(d => Enumerable.Range(0, 10).Select(s => s + 0.01 * d).ToArray())]);
        var check = CrossSectionalSpread.Check(same, 0.2, T);
        Assert.Equal(HealthStatus.Fail, check.Status);
        Assert.Contains("20 of 20 days", check.Message);
        Assert.Equal(HealthStatus.Ok, CrossSectionalSpread.Check(spread, 0.2, T).Status);
    }

    [Fact]
    public void Cross_sectional_spread_warns_on_ties_across_a_quantile_boundary()
    {
        // 10 names, k = 2 a side: the 2nd and 3rd lowest tie every day.
        var tied = Signal([.. Enumerable.Range(0, 20).Select(_ => new double[] { 0, 1, 1, 3, 4, 5, 6, 7, 8, 9 })]);
        var check = CrossSectionalSpread.Check(tied, 0.2, T);
        Assert.Equal(HealthStatus.Warn, check.Status);
        Assert.Contains("20 (100", check.Message);
        Assert.Contains("had names tied", check.Message);
    }

    [Fact]
    public void Names_per_side_warns_on_a_single_name_side()
    {
        var five = Signal([.. Enumerable.Range(0, 5).Select(_ => new double[] { 1, 2, 3, 4, 5 })]);          // k = 1
        var twenty = Signal([.. Enumerable.Range(0, 5).Select(_ => Enumerable.Range(0, 20).Select(s => (double)s).ToArray())]); // k = 4
        Assert.Equal(HealthStatus.Warn, NamesPerSide.Check(five, 0.2, T).Status);
        Assert.Equal(HealthStatus.Ok, NamesPerSide.Check(twenty, 0.2, T).Status);
        var none = Signal([[1, double.NaN, double.NaN]]);
        Assert.Equal(HealthStatus.Fail, NamesPerSide.Check(none, 0.2, T).Status);
    }

    [Fact]
    public void Thin_days_are_graded_by_their_share_of_the_window()
    {
        Assert.Equal(HealthStatus.Ok, ThinDays.Check(5, 100, 1, T).Status);
        Assert.Equal(HealthStatus.Warn, ThinDays.Check(20, 100, 1, T).Status);
        Assert.Equal(HealthStatus.Fail, ThinDays.Check(60, 100, 3, T).Status);
        Assert.Contains("fewer than 6 names", ThinDays.Check(60, 100, 3, T).Message);
    }

    private static BacktestResult Run(params double[] turnover)
    {
        var dates = Enumerable.Range(0, turnover.Length).Select(i => Day0.AddDays(i)).ToArray();
        var empty = new Panel(dates, ["S0"]);
        return new BacktestResult
        {
            Strategy = "test", Dates = dates, Equity = [.. turnover.Select(_ => 1e6)], Cash = [.. turnover.Select(_ => 1e6)],
            Returns = new double[turnover.Length], Positions = empty, Weights = empty,
            Turnover = turnover, GrossExposure = [.. turnover.Select(t => t > 0 ? 1.0 : 0)], Trades = [], Costs = new CostBreakdown(),
            Options = new BacktestOptions(), StrategyParameters = new Dictionary<string, object>(),
        };
    }

    [Fact]
    public void Trading_activity_fails_a_book_that_never_traded_and_warns_a_handful_of_days()
    {
        Assert.Equal(HealthStatus.Fail, TradingActivity.Check(Run(0, 0, 0, 0, 0, 0), T).Status);
        Assert.Equal(HealthStatus.Warn, TradingActivity.Check(Run(0, 1, 0, 0.5, 0, 0), T).Status);
        Assert.Equal(HealthStatus.Ok, TradingActivity.Check(Run(1, 1, 1, 1, 1, 1), T).Status);
    }

    [Fact]
    public void Scoring_failures_and_neutral_scores_are_graded_by_share()
    {
        Assert.Equal(HealthStatus.Ok, ScoringFailures.Check(1000, 5, T).Status);
        Assert.Equal(HealthStatus.Warn, ScoringFailures.Check(1000, 50, T).Status);
        Assert.Equal(HealthStatus.Fail, ScoringFailures.Check(1000, 200, T).Status);
        Assert.Equal(HealthStatus.Warn, NeutralScores.Check([0, 0, 0, 0, 0, 0, 0, 0, 0.01, 0.9], T).Status);
        Assert.Equal(HealthStatus.Ok, NeutralScores.Check([0, 0, 0.5, -0.5, 0.3], T).Status);
    }

    [Fact]
    public void A_window_shorter_than_a_year_warns()
    {
        Assert.Equal(HealthStatus.Warn, WindowLength.Check(Day0, Day0.AddDays(200), 140, T).Status);
        Assert.Equal(HealthStatus.Ok, WindowLength.Check(Day0, Day0.AddDays(400), 280, T).Status);
    }

    private static BarPanel Closes(params double[][] closesBySymbol)
    {
        int days = closesBySymbol[0].Length, symbols = closesBySymbol.Length;
        var dates = Enumerable.Range(0, days).Select(i => Day0.AddDays(i)).ToArray();
        var names = Enumerable.Range(0, symbols).Select(i => $"S{i}").ToArray();
        var values = new double[days * symbols];
        for (int d = 0; d < days; d++) for (int s = 0; s < symbols; s++) values[d * symbols + s] = closesBySymbol[s][d];
        Panel P() => new(dates, names, (double[])values.Clone());
        return new BarPanel(dates, names, P(), P(), P(), P(), P());
    }

    [Fact]
    public void A_spike_that_reverts_is_named_by_symbol_date_and_source_line_and_a_lasting_move_is_not()
    {
        var prices = Closes([10, 10.1, 10100, 10.2, 10.1], [10, 10.1, 25, 25.5, 26]);
        var check = SuspiciousMoves.Check(prices, (symbol, date) => $"prices.csv:{(symbol == "S0" ? 42 : 0)}", T);
        Assert.Equal(HealthStatus.Fail, check.Status);
        Assert.Contains("S0 2024-01-04", check.Message);
        Assert.Contains("prices.csv:42", check.Message);
        Assert.DoesNotContain("S1", check.Message);
        Assert.Equal(HealthStatus.Ok, SuspiciousMoves.Check(Closes([10, 10.1, 10.2, 10.1]), null, T).Status);
    }

    [Fact]
    public void Adjusted_prices_llm_cutoff_and_costs_follow_their_inputs()
    {
        Assert.Equal(HealthStatus.Ok, AdjustedPrices.Check(true).Status);
        Assert.Equal(HealthStatus.Warn, AdjustedPrices.Check(false).Status);
        Assert.Equal(HealthStatus.Warn, AdjustedPrices.Check(null).Status);
        Assert.Equal(HealthStatus.Ok, LlmCutoff.Check([]).Status);
        Assert.Equal(HealthStatus.Warn, LlmCutoff.Check(["model X was trained after the news"]).Status);

        Assert.Equal(HealthStatus.Ok, CostRealism.Check(1.0, CostModel.Default, 0.8, 1e7).Status);
        var warn = CostRealism.Check(3.14, CostModel.Default, 0.89, 1e7);
        Assert.Equal(HealthStatus.Warn, warn.Status);
        Assert.Contains("1 bps commission, 2 bps slippage", warn.Message);
        Assert.Contains("$10,000,000", warn.Message);
        Assert.Equal(HealthStatus.Fail, CostRealism.Check(2.0, CostModel.Default, -0.3, 1e7).Status);
        Assert.Equal(HealthStatus.Warn, CostRealism.Check(2.0, CostModel.Default, null, 1e7).Status);
    }

    [Fact]
    public void A_check_is_written_as_id_status_and_message()
    {
        var json = HealthCheck.Warn("x", "y").ToJson();
        Assert.Equal("""{"id":"x","status":"warn","message":"y"}""", json.ToJsonString());
    }
}
