using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Signals.Reporting;
using Signals.Sentiment;
using Signals.Sentiment.Evaluation;

namespace Signals.Tests.Reporting;

/// <summary>
/// Opens real tearsheets in headless Chromium: every chart must be drawn by plotly.js (an svg.main-svg inside each
/// chart div), with no script error, no console error, no network request and no injected markup running.
/// Fails — never skips — when Chromium is missing, with the command to install it.
/// </summary>
public sealed class TearsheetBrowserTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("signals-browser-");

    public void Dispose() => dir.Delete(recursive: true);

    /// <summary>Test-only probes put in front of the page: they record errors and, once charts settle, what was drawn.</summary>
    private const string Probe = """
        <script>
        window.__errors = [];
        window.addEventListener("error", function (e) {
          window.__errors.push("error: " + (e.message || (e.target && e.target.outerHTML) || "unknown"));
        }, true);
        window.addEventListener("unhandledrejection", function (e) { window.__errors.push("rejection: " + e.reason); });
        (function () {
          var original = console.error;
          console.error = function () { window.__errors.push("console.error: " + Array.prototype.join.call(arguments, " ")); original.apply(console, arguments); };
        })();
        function __report() {
          var charts = {};
          document.querySelectorAll("div.signals-chart").forEach(function (el) {
            charts[el.id] = { svg: el.querySelectorAll("svg.main-svg").length, traces: el.querySelectorAll(".trace, .hm, image").length };
          });
          var report = {
            rendered: document.body.getAttribute("data-charts-rendered"),
            failed: document.body.getAttribute("data-charts-failed"),
            errors: window.__errors,
            pwned: typeof window.__pwned === "undefined" ? null : String(window.__pwned),
            images: document.querySelectorAll("img").length,
            resources: performance.getEntriesByType("resource").map(function (r) { return r.name; }),
            charts: charts
          };
          var pre = document.createElement("pre");
          pre.id = "test-report";
          pre.textContent = JSON.stringify(report);
          document.body.appendChild(pre);
        }
        window.addEventListener("load", function () {
          var waited = 0;
          (function poll() {
            if (document.body.hasAttribute("data-charts-rendered") || document.body.hasAttribute("data-charts-failed") || waited > 10000) { setTimeout(__report, 200); return; }
            waited += 50;
            setTimeout(poll, 50);
          })();
        });
        </script>
        """;

    private static string Chromium() => HeadlessChromium.Find() ?? throw new Xunit.Sdk.XunitException(HeadlessChromium.InstallHint);

    private JsonElement RenderInBrowser(string html, string name)
    {
        string path = Path.Combine(dir.FullName, name + ".html");
        int head = html.IndexOf("<head>", StringComparison.Ordinal);
        Assert.True(head >= 0);
        File.WriteAllText(path, html.Insert(head + "<head>".Length, "\n" + Probe));
        string dom = HeadlessChromium.Run(Chromium(), path);
        var match = Regex.Match(dom, "<pre id=\"test-report\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(match.Success, "The page never finished: no test report in the DOM. DOM tail: " + dom[Math.Max(0, dom.Length - 2000)..]);
        return JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value)).RootElement.Clone();
    }

    /// <summary>Each chart div is on the page with plotly's svg and at least one trace drawn in it.</summary>
    private static void AssertEveryChartDrawn(JsonElement report, IEnumerable<string> ids)
    {
        var charts = report.GetProperty("charts");
        foreach (var id in ids)
        {
            Assert.True(charts.TryGetProperty(id, out var chart), $"chart div {id} missing from the page");
            Assert.True(chart.GetProperty("svg").GetInt32() > 0, $"chart {id} was not drawn (no svg.main-svg)");
            Assert.True(chart.GetProperty("traces").GetInt32() > 0, $"chart {id} has no traces drawn");
        }
    }

    [Fact]
    public void Every_tearsheet_chart_is_drawn_offline_without_errors_and_hostile_text_stays_inert()
    {
        var full = ReportingFixtures.FullInput(hostile: ReportingFixtures.Hostile);
        var bars = ReportingFixtures.Bars("AAPL", 120, 5);
        var input = new TearsheetInput
        {
            Title = full.Title, StrategyName = full.StrategyName, Parameters = full.Parameters, Provenance = full.Provenance,
            Stats = full.Stats, Dates = full.Dates, Equity = full.Equity, BenchmarkEquity = full.BenchmarkEquity,
            BenchmarkName = ReportingFixtures.Hostile, Trades = full.Trades, TradesShown = full.TradesShown,
            InformationCoefficient = full.InformationCoefficient, QuantileReturns = full.QuantileReturns, Assumptions = full.Assumptions,
            ExtraFigures =
            [
                Charts.Candlestick(bars, [new Overlay("SMA " + ReportingFixtures.Hostile, bars.Close)],
                    [new NewsMarker(bars.Timestamps[10].AddHours(-3), ReportingFixtures.Hostile, 0.7),
                     new NewsMarker(bars.Timestamps[40].AddHours(2), "Guidance cut", -0.8)]),
                Charts.Heatmap(["10", "20", "40"], ["0.1", "0.2"], new double[,] { { 0.5, 0.9, double.NaN }, { 1.1, 0.7, 0.2 } }, "Sharpe by lookback × threshold", "lookback", "threshold"),
                Charts.SentimentVsForwardReturn([-0.5, 0.1, 0.8, 0.3], [-0.01, 0.002, 0.015, 0.001]),
            ],
        };
        var report = RenderInBrowser(Tearsheet.Render(input), "full");

        Assert.Equal(JsonValueKind.Null, report.GetProperty("failed").ValueKind);
        var ids = Tearsheet.ChartIds(input);
        Assert.Equal(ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), report.GetProperty("rendered").GetString());
        AssertEveryChartDrawn(report, ids);
        Assert.Equal([], report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("pwned").ValueKind);
        Assert.Equal(0, report.GetProperty("images").GetInt32());
        Assert.Equal([], report.GetProperty("resources").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    /// <summary>The research sections' charts (event study, papers' long-shorts, capacity, cost split) drawn from real results on the sample.</summary>
    [Fact]
    public void Research_charts_draw_offline_in_a_tearsheet()
    {
        var figures = ResearchChartFixtures.All();
        var full = ReportingFixtures.FullInput();
        var input = new TearsheetInput
        {
            Title = "Research sections", StrategyName = full.StrategyName, Parameters = full.Parameters, Provenance = full.Provenance,
            Stats = full.Stats, Dates = full.Dates, Equity = full.Equity, Trades = full.Trades, Assumptions = full.Assumptions,
            ExtraFigures = figures,
        };
        var report = RenderInBrowser(Tearsheet.Render(input), "research");
        Assert.Equal(JsonValueKind.Null, report.GetProperty("failed").ValueKind);
        AssertEveryChartDrawn(report, Tearsheet.ChartIds(input));
        Assert.Equal([], report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal([], report.GetProperty("resources").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    /// <summary>
    /// A whole study report as `signals study` writes it, with sectors: every section's charts — the factor tearsheet's
    /// ten, the risk portfolios' equity, the cost split and the capacity curve among them — are drawn.
    /// </summary>
    [Fact]
    public async Task Every_chart_of_a_study_report_draws_including_the_research_sections()
    {
        var prices = Signals.Tests.Backtesting.TestMarkets.RandomWalk(symbols: 24, days: 260, seed: 31);
        var news = Signals.Tests.Backtesting.TestMarkets.RandomNews(prices, seed: 32, rate: 0.2);
        var sectors = prices.Symbols.Select((s, i) => (s, "sector " + (i % 4))).ToDictionary(p => p.s, p => p.Item2);
        var study = await Signals.Workflows.SentimentStudy.RunAsync(new Signals.Workflows.StudyData(prices, []) { Scores = news, Sectors = sectors }, null);
        var report = RenderInBrowser(Tearsheet.Render(Signals.Workflows.StudyReport.Of(study).Tearsheet), "study");

        Assert.Equal(JsonValueKind.Null, report.GetProperty("failed").ValueKind);
        var ids = Tearsheet.ChartIds(Signals.Workflows.StudyReport.Of(study).Tearsheet);
        Assert.Equal(10, ids.Count(id => id.StartsWith("chart-factorTearsheet-", StringComparison.Ordinal)));
        Assert.Contains("chart-riskPortfolios-1", ids);
        Assert.Contains("chart-costs-1", ids);
        Assert.Contains("chart-costs-2", ids);
        AssertEveryChartDrawn(report, ids);
        Assert.Equal([], report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal([], report.GetProperty("resources").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void A_notebook_fragment_draws_once_a_later_loader_defines_plotly()
    {
        // Chart first, loader after: the fragment must wait for window.Plotly rather than fail.
        var fragment = ChartHtml.Fragment(Charts.QuantileReturns(["Q1", "Q2", "Q3"], [-0.001, 0.0004, 0.002]), includePlotlyJs: false, id: "frag");
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + fragment
            + "<script>setTimeout(function () { document.body.insertAdjacentHTML('beforeend', '<i id=\"later\"></i>'); }, 10);</script>"
            + PlotlyJs.LoaderHtml()
            + "<script>(function w(){ var el = document.getElementById('frag'); if (el && el.querySelector('svg.main-svg')) document.body.setAttribute('data-charts-rendered','1'); else setTimeout(w, 50); })();</script>"
            + "</body></html>";
        var report = RenderInBrowser(html, "fragment");
        Assert.Equal("1", report.GetProperty("rendered").GetString());
        Assert.True(report.GetProperty("charts").GetProperty("frag").GetProperty("svg").GetInt32() > 0);
        Assert.Equal([], report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    [Fact]
    public void A_standalone_chart_document_draws_offline()
    {
        var bars = ReportingFixtures.Bars("MSFT", 60, 8);
        var html = ChartHtml.Document(Charts.Candlestick(bars, [("Close", bars.Close)], [(bars.Timestamps[20], "Upgrade", 0.5)]))
            .Replace("</body>", "<script>(function w(){ var el = document.getElementById('signals-chart'); if (el && el.querySelector('svg.main-svg')) document.body.setAttribute('data-charts-rendered','1'); else setTimeout(w, 50); })();</script></body>");
        var report = RenderInBrowser(html, "document");
        Assert.Equal("1", report.GetProperty("rendered").GetString());
        Assert.True(report.GetProperty("charts").GetProperty("signals-chart").GetProperty("traces").GetInt32() > 0);
        Assert.Equal([], report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal([], report.GetProperty("resources").EnumerateArray().Select(e => e.GetString()!).ToArray());
    }

    /// <summary>
    /// Every page kind the kit writes — backtest tearsheet, study report, scorer comparison page, notebook page — has
    /// the one shared stylesheet and the small plotly.js bundle, each exactly once; the comparison and notebook pages'
    /// charts are drawn in Chromium (the tearsheet and study report are drawn by the tests above), and the bundle in
    /// the browser knows every trace type the kit emits.
    /// </summary>
    [Fact]
    public async Task Every_page_kind_shares_one_stylesheet_and_the_small_bundle_and_draws_its_charts()
    {
        var prices = Signals.Tests.Backtesting.TestMarkets.RandomWalk(symbols: 12, days: 200, seed: 41);
        var news = Signals.Tests.Backtesting.TestMarkets.RandomNews(prices, seed: 42, rate: 0.2);
        var study = await Signals.Workflows.SentimentStudy.RunAsync(new Signals.Workflows.StudyData(prices, []) { Scores = news }, null);

        LabeledHeadline[] labeled =
        [
            new("Profit beats estimates and guidance raised", SentimentLabel.Positive, 2),
            new("Shares plunge after fraud probe and loss", SentimentLabel.Negative, 3),
            new("Company to hold annual meeting in May", SentimentLabel.Neutral, 4),
        ];
        var comparison = await Signals.Workflows.Comparison.ScorerComparison.RunAsync([("lexicon", new Signals.Sentiment.Lexicon.LexiconSentimentScorer())], labeled, "labels.csv");
        var bars = ReportingFixtures.Bars("AAPL", 60, 3);
        var notebook = Signals.Reporting.Notebooks.NotebookPageHtml.Render("notebook", [
            new(1, true, "# A notebook", []),
            new(2, false, "Charts.Candlestick(bars)", [ChartHtml.Fragment(Charts.Candlestick(bars), includePlotlyJs: false, id: "nb-candles")]),
            new(3, false, "Charts.Heatmap(...)", [ChartHtml.Fragment(Charts.Heatmap(["a", "b"], ["r"], new double[,] { { 0.1, 0.2 } }, "h", "x", "y"), includePlotlyJs: false, id: "nb-heatmap")]),
        ]);
        var pages = new Dictionary<string, string>
        {
            ["tearsheet"] = Tearsheet.Render(ReportingFixtures.FullInput()),
            ["study"] = Tearsheet.Render(Signals.Workflows.StudyReport.Of(study).Tearsheet),
            ["comparison"] = Signals.Workflows.Comparison.ScorerComparisonReport.Html(comparison),
            ["notebook"] = notebook,
        };
        foreach (var (kind, html) in pages)
        {
            var style = Assert.Single(Regex.Matches(html, "<style>(.*?)</style>", RegexOptions.Singleline));
            Assert.Equal(HtmlPage.Stylesheet.Trim(), style.Groups[1].Value.Trim());
            Assert.True(Regex.Matches(html, Regex.Escape(PlotlyJs.Script[..300])).Count == 1, kind + ": the bundle must be inlined exactly once");
            Assert.Contains("partial bundle for Signals", html);
            Assert.Contains("<meta name=\"generator\" content=\"Signals ", html);
        }
        // The study report shows the IC and quantile charts once each, inside their sections.
        Assert.Single(Regex.Matches(pages["study"], "id=\"chart-ic-decay\""));
        Assert.Contains("id=\"section-ic\"", pages["study"]);
        Assert.DoesNotContain("<h2>Information coefficient</h2>", pages["study"]);

        const string Settle = "<script>(function w(){ var d = document.querySelectorAll('div.signals-chart'); if (d.length && Array.prototype.every.call(d, function (el) { return el.querySelector('svg.main-svg'); })) { document.body.setAttribute('data-traces', Object.keys(window.Plotly.PlotSchema.get().traces).sort().join(',')); document.body.setAttribute('data-charts-rendered', String(d.length)); } else setTimeout(w, 50); })();</script></body>";
        foreach (var kind in new[] { "comparison", "notebook" })
        {
            var report = RenderInBrowser(pages[kind].Replace("</body>", Settle), kind);
            var ids = Regex.Matches(pages[kind], "<div id=\"([^\"]+)\" class=\"signals-chart\"").Select(m => m.Groups[1].Value).ToArray();
            Assert.NotEmpty(ids);
            Assert.Equal(ids.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), report.GetProperty("rendered").GetString());
            AssertEveryChartDrawn(report, ids);
            Assert.Equal([], report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray());
            Assert.Equal([], report.GetProperty("resources").EnumerateArray().Select(e => e.GetString()!).ToArray());
        }
        var traces = Regex.Match(HeadlessChromium.Run(Chromium(), WriteProbe(pages["notebook"].Replace("</body>", Settle), "traces")), "data-traces=\"([^\"]*)\"");
        Assert.True(traces.Success, "the page never listed plotly's trace types");
        Assert.Equal(PlotlyJs.TraceTypes.Order(StringComparer.Ordinal), traces.Groups[1].Value.Split(','));
    }

    private string WriteProbe(string html, string name)
    {
        string path = Path.Combine(dir.FullName, name + ".html");
        File.WriteAllText(path, html);
        return path;
    }
}
