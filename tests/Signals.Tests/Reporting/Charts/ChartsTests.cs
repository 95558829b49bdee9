using System.Text.Json;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

public class ChartsTests
{
    private static JsonElement Parse(Figure f) => JsonDocument.Parse(f.ToJson()).RootElement.Clone();

    [Fact]
    public void Equity_rebases_the_benchmark_to_the_strategy_capital()
    {
        var dates = ReportingFixtures.Weekdays(new DateOnly(2024, 1, 1), 3);
        var fig = Charts.Equity(dates, [100_000, 101_000, 99_000], [400, 410, 420]);
        var data = Parse(fig).GetProperty("data");
        Assert.Equal("Benchmark", data[0].GetProperty("name").GetString());
        Assert.Equal([100_000, 102_500, 105_000], data[0].GetProperty("y").EnumerateArray().Select(e => e.GetDouble()).ToArray());
        Assert.Equal("Strategy", data[1].GetProperty("name").GetString());
    }

    [Fact]
    public void Drawdown_is_equity_below_running_peak()
    {
        var fig = Charts.Drawdown(ReportingFixtures.Weekdays(new DateOnly(2024, 1, 1), 5), [100, 120, 90, 130, 65]);
        var y = Parse(fig).GetProperty("data")[0].GetProperty("y").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal([0, 0, -0.25, 0, -0.5], y);
        Assert.Contains("max -50.0%", fig.Layout.Title);
    }

    [Fact]
    public void Candlestick_marks_news_on_the_bar_of_its_day_and_escapes_headlines()
    {
        var bars = ReportingFixtures.Bars("AAPL", 30, 1);
        var news = new List<NewsMarker>
        {
            // Saturday 2024-01-06: first bar on or after is Monday 2024-01-08 (index 4).
            new(new DateTimeOffset(2024, 1, 6, 12, 0, 0, TimeSpan.FromHours(-5)), "<b>Beats</b> & raises", 0.8),
            new(new DateTimeOffset(2024, 1, 3, 20, 0, 0, TimeSpan.Zero), "Recall", -0.6), // 15:00 New York on the 3rd
            new(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), "After the data", 0.1),
        };
        var fig = Charts.Candlestick(bars, [new Overlay("SMA(5)", new double[30])], news);
        var data = Parse(fig).GetProperty("data");
        Assert.Equal("candlestick", data[0].GetProperty("type").GetString());
        Assert.Equal("SMA(5)", data[1].GetProperty("name").GetString());
        var marks = data[2];
        Assert.Equal("News", marks.GetProperty("name").GetString());
        Assert.Equal(["2024-01-08", "2024-01-03"], marks.GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.True(marks.GetProperty("y")[0].GetDouble() > bars.High[4]);
        Assert.True(marks.GetProperty("y")[1].GetDouble() < bars.Low[1]);
        Assert.Equal(["triangle-up", "triangle-down"], marks.GetProperty("marker").GetProperty("symbol").EnumerateArray().Select(e => e.GetString()!).ToArray());
        string hover = marks.GetProperty("hovertext")[0].GetString()!;
        Assert.Contains("&lt;b&gt;Beats&lt;/b&gt; &amp; raises", hover);
        Assert.Equal("bar", data[3].GetProperty("type").GetString());
        Assert.Equal("y2", data[3].GetProperty("yaxis").GetString());
        Assert.True(fig.Layout.XAxis.HideWeekends);
    }

    [Fact]
    public void Candlestick_takes_tuples_as_a_notebook_would_write_them()
    {
        var bars = ReportingFixtures.Bars("MSFT", 10, 2);
        var fig = Charts.Candlestick(bars, [("Close", bars.Close)], [(bars.Timestamps[3], "Upgrade", 0.4)]);
        Assert.Equal(["candlestick", "scatter", "scatter", "bar"], fig.Traces.Select(t => t.PlotlyType).ToArray());
    }

    [Fact]
    public void Sentiment_scatter_fits_the_least_squares_line()
    {
        double[] x = [-1, -0.5, 0, 0.5, 1, double.NaN];
        double[] y = [-0.02, -0.01, 0.0, 0.01, 0.02, 0.5]; // y = 0.02 x exactly; the NaN pair is left out
        var fig = Charts.SentimentVsForwardReturn(x, y, "5d");
        var fit = Parse(fig).GetProperty("data")[1];
        var fy = fit.GetProperty("y").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(-0.02, fy[0], 12);
        Assert.Equal(0.02, fy[1], 12);
        Assert.Contains("slope 0.0200", fig.Layout.Title);
        Assert.Contains("corr 1.000", fig.Layout.Title);
        Assert.Contains("n = 5", fig.Layout.Title);
    }

    [Fact]
    public void Ic_decay_and_quantile_bars_are_coloured_by_sign()
    {
        var ic = Parse(Charts.IcDecay([1, 5, 20], [0.03, 0.01, -0.01])).GetProperty("data")[0];
        Assert.Equal(["1d", "5d", "20d"], ic.GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToArray());
        var colors = ic.GetProperty("marker").GetProperty("color").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(ChartColors.Gain, colors[0]);
        Assert.Equal(ChartColors.Loss, colors[2]);
        var q = Parse(Charts.QuantileReturns(["Q1", "Q2"], [-0.001, 0.002])).GetProperty("data")[0];
        Assert.Equal("%{y:.2%}", q.GetProperty("texttemplate").GetString());
    }

    [Fact]
    public void Parameter_heatmap_and_monthly_returns_are_heatmaps()
    {
        var sweep = Charts.Heatmap(["10", "20"], ["0.1", "0.2", "0.3"], new double[3, 2], "Sharpe by lookback and threshold", "lookback", "threshold");
        Assert.Equal("heatmap", Parse(sweep).GetProperty("data")[0].GetProperty("type").GetString());
        var dates = ReportingFixtures.Weekdays(new DateOnly(2023, 11, 1), 100);
        var monthly = Parse(Charts.MonthlyReturns(dates, ReportingFixtures.Equity(100, 5))).GetProperty("data")[0];
        Assert.Equal(["2023", "2024"], monthly.GetProperty("y").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(0, monthly.GetProperty("zmid").GetDouble());
        Assert.Equal(JsonValueKind.Null, monthly.GetProperty("z")[0][0].ValueKind); // Jan 2023: no data
    }

    [Fact]
    public void Rolling_sharpe_has_a_zero_line()
    {
        var dates = ReportingFixtures.Weekdays(new DateOnly(2024, 1, 1), 200);
        var fig = Charts.RollingSharpe(dates, ReportSeries.RollingSharpe(ReportingFixtures.Equity(200, 9), 63), 63);
        Assert.Single(fig.Layout.Shapes);
        Assert.Contains("63-day", fig.Layout.Title);
    }
}
