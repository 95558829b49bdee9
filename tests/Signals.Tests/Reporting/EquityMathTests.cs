using Signals.Reporting;

namespace Signals.Tests.Reporting;

public class EquityMathTests
{
    [Fact]
    public void Rolling_sharpe_matches_a_direct_computation()
    {
        var equity = ReportingFixtures.Equity(300, 21);
        var fast = EquityMath.RollingSharpe(equity, 50);
        var r = EquityMath.Returns(equity);
        for (int i = 0; i < equity.Length; i++)
        {
            if (i < 50) { Assert.True(double.IsNaN(fast[i]), $"index {i} should be NaN"); continue; }
            var window = r[(i - 49)..(i + 1)];
            double mean = window.Average();
            double sd = Math.Sqrt(window.Sum(x => (x - mean) * (x - mean)) / (window.Length - 1));
            Assert.Equal(mean / sd * Math.Sqrt(252), fast[i], 9);
        }
    }

    [Fact]
    public void Monthly_returns_compound_into_the_total_return()
    {
        var dates = ReportingFixtures.Weekdays(new DateOnly(2022, 3, 15), 600);
        var equity = ReportingFixtures.Equity(600, 13);
        var table = MonthlyReturnTable.FromEquity(dates, equity);
        Assert.Equal([2022, 2023, 2024], table.Years);
        double product = 1, annualProduct = 1;
        foreach (var m in table.Returns) if (double.IsFinite(m)) product *= 1 + m;
        foreach (var a in table.Annual) annualProduct *= 1 + a;
        double total = equity[^1] / equity[0];
        Assert.Equal(total, product, 9);
        Assert.Equal(total, annualProduct, 9);
        Assert.True(double.IsNaN(table.Returns[0, 0])); // Jan 2022: before the data
    }

    [Fact]
    public void Monthly_return_of_a_month_starts_from_the_previous_month_end()
    {
        DateOnly[] dates = [new(2024, 1, 30), new(2024, 1, 31), new(2024, 2, 1), new(2024, 2, 29)];
        var table = MonthlyReturnTable.FromEquity(dates, [100, 110, 121, 99]);
        Assert.Equal(0.1, table.Returns[0, 0], 12);
        Assert.Equal(99.0 / 110 - 1, table.Returns[0, 1], 12);
        Assert.Equal(-0.01, table.Annual[0], 12);
    }
}
