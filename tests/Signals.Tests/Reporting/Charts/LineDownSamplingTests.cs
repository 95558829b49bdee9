using System.Text;
using System.Text.Json;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

/// <summary>Long lines are drawn with a bounded number of points that keep the series' lows and highs (issue 24: report size).</summary>
public sealed class LineDownSamplingTests
{
    // 20 years of business days: a random walk with one crash and one spike planted mid-series.
    private static (DateOnly[] Dates, double[] Equity) TwentyYears(int seed = 5)
    {
        var random = new Random(seed);
        var dates = new List<DateOnly>();
        for (var d = new DateOnly(2005, 1, 3); dates.Count < 5_040; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) dates.Add(d);
        var equity = new double[dates.Count];
        equity[0] = 100_000;
        for (int i = 1; i < equity.Length; i++) equity[i] = equity[i - 1] * (1 + 0.01 * (random.NextDouble() - 0.5));
        equity[1_777] *= 0.4;   // one day's crash
        equity[3_333] *= 2.5;   // one day's spike
        return ([.. dates], equity);
    }

    private static double[] Ys(JsonElement figure, int trace) => figure.GetProperty("data")[trace].GetProperty("y").EnumerateArray().Select(v => v.GetDouble()).ToArray();

    [Fact]
    public void A_twenty_year_line_is_drawn_with_at_most_the_bound_and_keeps_its_ends_low_and_high()
    {
        var (dates, equity) = TwentyYears();
        var figure = Charts.Equity(dates, equity);
        using var doc = JsonDocument.Parse(figure.ToJson());
        var y = Ys(doc.RootElement, 0);
        var x = doc.RootElement.GetProperty("data")[0].GetProperty("x").EnumerateArray().Select(v => v.GetString()).ToArray();

        Assert.InRange(y.Length, 1_500, Figure.DefaultMaxPointsPerTrace);
        Assert.Equal(y.Length, x.Length);
        Assert.Contains(equity.Min(), y);
        Assert.Contains(equity.Max(), y);
        Assert.Equal(equity[0], y[0]);
        Assert.Equal(equity[^1], y[^1]);
        Assert.Equal("2005-01-03", x[0]);
        Assert.Equal(x.Order(StringComparer.Ordinal), x);   // points stay in date order
        Assert.Contains("down-sampled: 5,040 points per line drawn as", doc.RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void A_line_under_the_bound_and_a_figure_without_a_bound_are_drawn_whole_without_a_note()
    {
        var (dates, equity) = TwentyYears();
        var shortFigure = Charts.Equity(dates[..1_500], equity[..1_500]);
        using (var doc = JsonDocument.Parse(shortFigure.ToJson()))
        {
            Assert.Equal(equity[..1_500], Ys(doc.RootElement, 0));
            Assert.DoesNotContain("down-sampled", shortFigure.ToJson());
        }
        var whole = Charts.Equity(dates, equity);
        whole.MaxPointsPerTrace = null;
        using (var doc = JsonDocument.Parse(whole.ToJson()))
            Assert.Equal(equity, Ys(doc.RootElement, 0));
    }

    [Fact]
    public void A_gap_in_a_long_line_stays_a_gap()
    {
        var (dates, equity) = TwentyYears();
        for (int i = 2_000; i < 2_010; i++) equity[i] = double.NaN;
        using var doc = JsonDocument.Parse(Charts.Equity(dates, equity).ToJson());
        var y = doc.RootElement.GetProperty("data")[0].GetProperty("y").EnumerateArray().ToArray();
        Assert.Contains(y, v => v.ValueKind == JsonValueKind.Null);
        Assert.True(y.Length <= Figure.DefaultMaxPointsPerTrace);
    }

    [Fact]
    public void A_tearsheet_of_twenty_years_stays_under_a_size_bound_and_its_equity_chart_shows_the_low_and_high()
    {
        var (dates, equity) = TwentyYears();
        var benchmark = TwentyYears(seed: 6).Equity;
        var html = Tearsheet.Render(new TearsheetInput { Title = "twenty years", Dates = dates, Equity = equity, BenchmarkEquity = benchmark });

        // plotly.js (about 1.15 MB, inlined so the page works offline) plus the charts: without down-sampling the
        // equity, drawdown and rolling-Sharpe lines alone add about 0.6 MB at this length.
        int plotly = PlotlyJs.Script.Length;
        Assert.True(html.Length - plotly < 400_000, $"page {html.Length:N0} chars, {html.Length - plotly:N0} beyond plotly.js");
        var figure = FigureJson(html, "chart-equity");
        var y = Ys(figure, 1);   // trace 0 is the benchmark, rebased to the strategy's start
        Assert.Contains(equity.Min(), y);
        Assert.Contains(equity.Max(), y);
        Assert.Equal(benchmark.Max(), Ys(figure, 0).Max(), 6);
        Assert.Equal(benchmark.Min(), Ys(figure, 0).Min(), 6);
    }

    // The figure the page hands plotly for one chart id: the JSON object after `["ID", `.
    private static JsonElement FigureJson(string html, string id)
    {
        var marker = $"[\"{id}\", ";
        int at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{id} not on the page");
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(html[(at + marker.Length)..]));
        Assert.True(JsonDocument.TryParseValue(ref reader, out var doc));
        return doc!.RootElement.Clone();
    }
}
