#:project ../src/Signals/Signals.csproj
#:project ../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 05-backtest-and-tearsheet.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/05-backtest-and-tearsheet.cs -- --out DIR     writes DIR/05-backtest-and-tearsheet.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Sentiment;
using Signals.Features;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Analytics;
using Signals.Reporting;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# 05 · Trading the signal: costs, long-short, benchmark, tearsheet

Notebook 04 showed the sentiment signal predicts returns. Whether it makes money is a different question: it has to
be traded — at prices we could really get, paying commission, slippage and borrow, with turnover that eats the edge.
This notebook runs that backtest and writes the report a portfolio manager would ask for.

> **Setup**: none beyond building the repository. README's first command (`dotnet run --project src/Signals.Cli --
> demo`) or a plain `dotnet build` writes the kit this notebook loads (`artifacts/notebook-kit`); the first cell
> builds it again when the library changed (restart the kernel, then run it). Open the notebook in VS Code (Polyglot
> Notebooks), Jupyter (`dotnet interactive jupyter install`) or `dotnet-repl`, and run the cells top to bottom. No
> notebook tooling? Its twin runs the same cells as a plain program: `dotnet run notebooks/<name>.cs -- --out DIR`.
""");

// cell 2 loads the kit in a notebook kernel; here #:project does.

__page.Code(3, """
using Signals.Data;
using Signals.Sentiment;
using Signals.Features;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Analytics;
using Signals.Reporting;
using Signals.Reporting.Notebooks;

var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
var scores = await OfflineScorers.Create("lexicon").ScoreAsync(news, NotebookProgress.Show("Scoring"));
var daily = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());
var signal = daily.DecayedMean(halfLifeDays: 2);
""");
var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
var scores = await OfflineScorers.Create("lexicon").ScoreAsync(news, NotebookProgress.Show("Scoring"));
var daily = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());
var signal = daily.DecayedMean(halfLifeDays: 2);

__page.Markdown(4, """
## The strategy

Every morning, rank the stocks that have a sentiment reading; buy the top fifth and short the bottom fifth in equal
weights, dollar-neutral, gross exposure 1×. The decision at day *d*'s open uses only news published before 09:30 that
day; orders fill at that open with 2 bps of slippage and 1 bp commission, and shorts pay 50 bps a year to borrow.
""");

__page.Code(5, """
var strategy = new SentimentLongShort(signal, DecisionTiming.Open, quantile: 0.2, grossLeverage: 1.0);
var result = Backtester.Run(prices, strategy);
result
""");
var strategy = new SentimentLongShort(signal, DecisionTiming.Open, quantile: 0.2, grossLeverage: 1.0);
var result = Backtester.Run(prices, strategy);
__page.Show(result);

__page.Markdown(6, """
## Costs decide

A daily-rebalanced long-short trades a lot. The same strategy at several cost levels — from none (a signal study,
never a result) to what a small fund pays in less liquid names:
""");

__page.Code(7, """
var costLevels = new (string Name, CostModel Costs)[]
{
    ("no costs", CostModel.Zero),
    ("default: 1 + 2 bps", CostModel.Default),
    ("5 + 5 bps", new CostModel(CommissionBps: 5, SlippageBps: 5)),
    ("10 + 15 bps", new CostModel(CommissionBps: 10, SlippageBps: 15)),
};
foreach (var (name, costs) in costLevels)
{
    var run = Backtester.Run(prices, strategy, new BacktestOptions { Costs = costs });
    var s = PerformanceStats.Of(run);
    Console.WriteLine($"{name,-20} Sharpe {s.Sharpe,5:0.00}  CAGR {s.Cagr,7:P1}  costs paid {run.Costs.Total,9:N0}  mean daily turnover {run.Turnover.Average():P0}");
}
""");
var costLevels = new (string Name, CostModel Costs)[]
{
    ("no costs", CostModel.Zero),
    ("default: 1 + 2 bps", CostModel.Default),
    ("5 + 5 bps", new CostModel(CommissionBps: 5, SlippageBps: 5)),
    ("10 + 15 bps", new CostModel(CommissionBps: 10, SlippageBps: 15)),
};
foreach (var (name, costs) in costLevels)
{
    var run = Backtester.Run(prices, strategy, new BacktestOptions { Costs = costs });
    var s = PerformanceStats.Of(run);
    Console.WriteLine($"{name,-20} Sharpe {s.Sharpe,5:0.00}  CAGR {s.Cagr,7:P1}  costs paid {run.Costs.Total,9:N0}  mean daily turnover {run.Turnover.Average():P0}");
}

__page.Markdown(8, """
## Against a benchmark

A dollar-neutral book should not need the market to go up. Alpha and beta against an equal-weight buy-and-hold of
the same universe (same costs) check that:
""");

__page.Code(9, """
var benchmark = Backtester.Run(prices, new BuyAndHold());
var stats = PerformanceStats.Of(result, benchmarkEquity: benchmark.Equity);
Console.WriteLine($"beta {stats.Beta:0.00}, annual alpha {stats.Alpha:P1}");
stats
""");
var benchmark = Backtester.Run(prices, new BuyAndHold());
var stats = PerformanceStats.Of(result, benchmarkEquity: benchmark.Equity);
Console.WriteLine($"beta {stats.Beta:0.00}, annual alpha {stats.Alpha:P1}");
__page.Show(stats);

__page.Code(10, """
Charts.Equity(result.Dates, result.Equity, benchmark: benchmark.Equity, strategyName: "Sentiment long-short", benchmarkName: "Equal-weight buy and hold")
""");
__page.Show(Charts.Equity(result.Dates, result.Equity, benchmark: benchmark.Equity, strategyName: "Sentiment long-short", benchmarkName: "Equal-weight buy and hold"));

__page.Markdown(11, """
## The tearsheet

`BacktestTearsheet.From` gathers a run (and its benchmark) into a report: the statistics above, the parameters, and
the cost and timing assumptions read from the run's own options, so the page states exactly what the simulation
charged. `Tearsheet.Write` renders one self-contained HTML file (plotly.js inlined, no network): headline statistics,
equity against the benchmark, drawdowns, rolling Sharpe, monthly returns, recent trades and the assumptions.
""");

__page.Code(12, """
var report = BacktestTearsheet.From(result, benchmark,
    title: "Sentiment long-short on the sample universe",
    pointInTimeRule: "headline → first NYSE open after publication (New York time, weekends and holidays rolled forward)");
var path = System.IO.Path.GetFullPath("../artifacts/reports/sentiment-longshort.html");
Tearsheet.Write(report, path);
Console.WriteLine($"wrote {path} ({new System.IO.FileInfo(path).Length / 1024:N0} KB); open it in a browser");
""");
var report = BacktestTearsheet.From(result, benchmark,
    title: "Sentiment long-short on the sample universe",
    pointInTimeRule: "headline → first NYSE open after publication (New York time, weekends and holidays rolled forward)");
var path = System.IO.Path.GetFullPath("../artifacts/reports/sentiment-longshort.html");
Tearsheet.Write(report, path);
Console.WriteLine($"wrote {path} ({new System.IO.FileInfo(path).Length / 1024:N0} KB); open it in a browser");

__page.Markdown(13, """
The same report comes from the command line for a backtest run folder: `signals report`. Notebook 06 asks the
question every good result deserves: how much of it is the luck of having tried many variants?
""");

__page.Save();
