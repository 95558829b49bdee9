#:project ../src/Signals/Signals.csproj
#:project ../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 01-quickstart.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/01-quickstart.cs -- --out DIR     writes DIR/01-quickstart.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Indicators;
using Signals.Reporting;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# 01 · Quickstart: from prices to a first honest backtest

In ten cells: load five years of daily prices for a 42-stock universe, compute an indicator, chart it, and run a
first backtest with costs on. Everything runs offline on `data/sample`, a synthetic universe the project generates
from a seed (`signals sample-data`), so every number here is reproducible.

> **Setup**: none beyond building the repository. README's first command (`dotnet run --project src/Signals.Cli --
> demo`) or a plain `dotnet build` writes the kit this notebook loads (`artifacts/notebook-kit`); the first cell
> builds it again when the library changed (restart the kernel, then run it). Open the notebook in VS Code (Polyglot
> Notebooks), Jupyter (`dotnet interactive jupyter install`) or `dotnet-repl`, and run the cells top to bottom. No
> notebook tooling? Its twin runs the same cells as a plain program: `dotnet run notebooks/<name>.cs -- --out DIR`.
""");

// cell 2 loads the kit in a notebook kernel; here #:project does.

__page.Markdown(3, """
## Prices

`PriceCsv.LoadPanel` reads a long CSV (`date,symbol,open,high,low,close,volume`) into a `BarPanel`: one day × symbol
grid per field, aligned on the union of trading days, `NaN` where a symbol has no bar. The loader is strict — a bad row
fails with its file, line and column rather than being skipped quietly.
""");

__page.Code(4, """
using Signals.Data;

var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
prices
""");
var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
__page.Show(prices);

__page.Markdown(5, """
One symbol's bars come out as a `BarSeries` (column arrays, oldest first). The notebook shows the first and last
bars and the total move.
""");

__page.Code(6, """
var bars = prices.Series("NWSC");
bars
""");
var bars = prices.Series("NWSC");
__page.Show(bars);

__page.Markdown(7, """
## An indicator

Indicators are extension methods on `BarSeries` (or on a `double[]` of closes) and return arrays aligned 1:1 with the
bars; the warm-up is `NaN`, never a made-up value. They chain, because each returns plain numbers:
`bars.Close.Rsi(14).Ema(5)` is a smoothed RSI.
""");

__page.Code(8, """
using Signals.Indicators;

double[] sma50 = bars.Sma(50);
double[] sma200 = bars.Sma(200);
double[] rsi = bars.Rsi(14);
Console.WriteLine($"first SMA(200) value at bar {Array.FindIndex(sma200, double.IsFinite)}; last RSI(14) {rsi[^1]:0.0}");
""");
double[] sma50 = bars.Sma(50);
double[] sma200 = bars.Sma(200);
double[] rsi = bars.Rsi(14);
Console.WriteLine($"first SMA(200) value at bar {Array.FindIndex(sma200, double.IsFinite)}; last RSI(14) {rsi[^1]:0.0}");

__page.Markdown(9, """
## A chart

`Signals.Reporting.Charts` builds plotly.js figures. The notebook draws them with the plotly.js bundled inside the
library — loaded once per kernel session, no CDN — so charts work offline.
""");

__page.Code(10, """
using Signals.Reporting;

Charts.Candlestick(bars, overlays: [new Overlay("SMA 50", sma50), new Overlay("SMA 200", sma200)])
""");
__page.Show(Charts.Candlestick(bars, overlays: [new Overlay("SMA 50", sma50), new Overlay("SMA 200", sma200)]));

__page.Markdown(11, """
## A first backtest

A strategy decides target weights from what is known at the decision; the backtester fills them at the **next open**,
charges commission, slippage and borrow (`CostModel.Default`: 1 bp, 2 bps, 50 bps a year), and keeps a ledger of
cash, positions and trades. The classic 50/200-day moving-average crossover, long only, equal weight across the
universe:
""");

__page.Code(12, """
using Signals.Backtesting;
using Signals.Backtesting.Strategies;

var crossover = Backtester.Run(prices, new SmaCross(fast: 50, slow: 200));
crossover
""");
var crossover = Backtester.Run(prices, new SmaCross(fast: 50, slow: 200));
__page.Show(crossover);

__page.Markdown(13, """
Against what? The honest comparison is buying every stock on day one and holding it, with the same costs.
""");

__page.Code(14, """
var hold = Backtester.Run(prices, new BuyAndHold());
Charts.Equity(crossover.Dates, crossover.Equity, benchmark: hold.Equity, strategyName: "SMA 50/200", benchmarkName: "Buy and hold")
""");
var hold = Backtester.Run(prices, new BuyAndHold());
__page.Show(Charts.Equity(crossover.Dates, crossover.Equity, benchmark: hold.Equity, strategyName: "SMA 50/200", benchmarkName: "Buy and hold"));

__page.Markdown(15, """
Costs are part of the result, not an afterthought: the same run with no costs shows how much the trading itself
took.
""");

__page.Code(16, """
var frictionless = Backtester.Run(prices, new SmaCross(fast: 50, slow: 200), new BacktestOptions { Costs = CostModel.Zero });
Console.WriteLine($"final equity with costs {crossover.FinalEquity:N0}, without {frictionless.FinalEquity:N0}; costs paid {crossover.Costs.Total:N0} over {crossover.Trades.Count} trades");
""");
var frictionless = Backtester.Run(prices, new SmaCross(fast: 50, slow: 200), new BacktestOptions { Costs = CostModel.Zero });
Console.WriteLine($"final equity with costs {crossover.FinalEquity:N0}, without {frictionless.FinalEquity:N0}; costs paid {crossover.Costs.Total:N0} over {crossover.Trades.Count} trades");

__page.Markdown(17, """
## Where next

- **02 · Indicators** — the full set, streaming forms, and checking them.
- **03 · LLM sentiment** — scoring headlines with DeepSeek-R1 (or offline).
- **04 · Sentiment signal research** — point-in-time alignment, IC, quantiles, look-ahead.
- **05 · Backtest and tearsheet** — long-short, costs, benchmark, the HTML report.
- **06 · Overfitting** — walk-forward, purged cross-validation, the Deflated Sharpe ratio.
""");

__page.Save();
