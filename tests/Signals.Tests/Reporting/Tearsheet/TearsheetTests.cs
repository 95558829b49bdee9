using System.Text.RegularExpressions;
using Signals.Reporting;

namespace Signals.Tests.Reporting;

public class TearsheetTests
{
    [Fact]
    public void Hostile_text_is_escaped_everywhere()
    {
        var input = ReportingFixtures.FullInput(hostile: ReportingFixtures.Hostile);
        var extra = Charts.Candlestick(ReportingFixtures.Bars(ReportingFixtures.Hostile, 40, 2), null,
            [new NewsMarker(new DateTimeOffset(2024, 1, 10, 8, 0, 0, TimeSpan.FromHours(-5)), ReportingFixtures.Hostile, 0.5)]);
        var html = Tearsheet.Render(new TearsheetInput
        {
            Title = input.Title, StrategyName = input.StrategyName, Parameters = input.Parameters, Provenance = input.Provenance,
            Stats = input.Stats, Dates = input.Dates, Equity = input.Equity, BenchmarkEquity = input.BenchmarkEquity,
            BenchmarkName = ReportingFixtures.Hostile, Trades = input.Trades, Assumptions = input.Assumptions, ExtraFigures = [extra],
        });
        Assert.DoesNotContain("<script>window.__pwned", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("onerror=\"", html);
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;", html);
        // Exactly the scripts the page needs: plotly.js and the drawing script.
        Assert.Equal(2, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
    }

    [Fact]
    public void Page_is_self_contained()
    {
        var page = Tearsheet.Render(ReportingFixtures.FullInput());
        Assert.Single(Regex.Matches(page, Regex.Escape("* plotly.js v" + PlotlyJs.Version)));
        // The vendored bundle holds URL strings in code paths (map tiles, docs links) our trace types never run; the
        // browser test proves no request is made. Everything we write around it must not reference the network.
        var html = page.Replace(PlotlyJs.Script, "", StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"https?://", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"\b(src|href|action|poster|data)\s*=\s*[""']?\s*(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<link\b|@import|url\(\s*['""]?\s*(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.Contains("<style>", html);
    }

    [Fact]
    public void Same_input_renders_the_same_bytes_and_no_clock_unless_given()
    {
        var a = Tearsheet.Render(ReportingFixtures.FullInput());
        var b = Tearsheet.Render(ReportingFixtures.FullInput());
        Assert.Equal(a, b);
        Assert.DoesNotContain("Generated 20", a);
        var input = ReportingFixtures.FullInput();
        var stamped = Tearsheet.Render(new TearsheetInput
        {
            Title = input.Title, Dates = input.Dates, Equity = input.Equity,
            GeneratedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
        });
        Assert.Contains("Generated 2026-11-28 10:00 +00:00", stamped);
    }

    [Fact]
    public void Sections_and_charts_follow_the_input()
    {
        var full = ReportingFixtures.FullInput();
        var html = Tearsheet.Render(full);
        foreach (var id in Tearsheet.ChartIds(full)) Assert.Contains($"<div id=\"{id}\" class=\"signals-chart\"", html);
        Assert.Contains("chart-ic-decay", Tearsheet.ChartIds(full));
        Assert.Contains("chart-quantile-returns", Tearsheet.ChartIds(full));
        Assert.Contains("<td>Sortino ratio</td><td class=\"num\">1.90</td>", html);
        Assert.Matches(@"<td>Max drawdown</td><td class=""num neg"">-\d+\.\d\d%</td>", html);
        Assert.Contains("SPY buy &amp; hold", html);
        Assert.Contains("<span class=\"unstated\">not stated</span>", html); // borrow cost left out
        Assert.Contains("5 bps per side", html);
        Assert.Contains(new string('a', 64), html);

        var minimal = new TearsheetInput { Title = "t", Dates = full.Dates, Equity = full.Equity };
        var ids = Tearsheet.ChartIds(minimal);
        Assert.Equal(["chart-equity", "chart-drawdown", "chart-rolling-sharpe", "chart-monthly-returns", "chart-annual-returns"], ids);
        var minimalHtml = Tearsheet.Render(minimal);
        Assert.DoesNotContain("chart-ic-decay", minimalHtml);
        Assert.Contains("No trades.", minimalHtml);
    }

    [Fact]
    public void Trade_log_lists_the_first_and_last_N_and_counts_the_rest()
    {
        var html = Tearsheet.Render(ReportingFixtures.FullInput()); // 30 trades, 5 shown from each end
        Assert.Contains("30 trades (29 closed, 1 open;", html);
        Assert.Contains("… 20 more trades …", html);
        for (int n = 1; n <= 30; n++)
        {
            bool listed = html.Contains($"<tr><td class=\"num\">{n}</td>");
            Assert.Equal(n <= 5 || n > 25, listed);
        }
        Assert.Contains("<td class=\"date\">open</td>", html);
        Assert.Contains("<td>Short</td>", html);
    }

    [Fact]
    public void Write_is_atomic_and_replaces_an_old_file()
    {
        var dir = Directory.CreateTempSubdirectory("signals-tearsheet-");
        try
        {
            string path = Path.Combine(dir.FullName, "sub", "report.html");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "old");
            Tearsheet.Write(ReportingFixtures.FullInput(), path);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path));
            Assert.Equal(["report.html"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(f => Path.GetFileName(f)!).ToArray());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Inconsistent_input_is_rejected_before_anything_is_written()
    {
        var full = ReportingFixtures.FullInput();
        var bad = new TearsheetInput { Title = "t", Dates = full.Dates, Equity = full.Equity, BenchmarkEquity = [1, 2, 3] };
        var ex = Assert.Throws<ArgumentException>(() => Tearsheet.Render(bad));
        Assert.Contains("BenchmarkEquity has 3 values", ex.Message);
        var path = Path.Combine(Path.GetTempPath(), "signals-never-written-" + Environment.ProcessId + ".html");
        Assert.Throws<ArgumentException>(() => Tearsheet.Write(bad, path));
        Assert.False(File.Exists(path));
        Assert.Throws<ArgumentException>(() => Tearsheet.Render(new TearsheetInput { Title = "t", Dates = [new(2024, 1, 2), new(2024, 1, 1)], Equity = [1, 2] }));
    }
}
