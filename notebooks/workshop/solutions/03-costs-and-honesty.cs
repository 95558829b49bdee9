#:project ../../../src/Signals/Signals.csproj
#:project ../../../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 03-costs-and-honesty.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/workshop/solutions/03-costs-and-honesty.cs -- --out DIR     writes DIR/03-costs-and-honesty.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Sentiment;
using Signals.Features;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Analytics;
using Signals.Numerics;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# Workshop 3 · Surviving costs — and your own search (Solution)

*About 45 minutes.* The long-short on the workshop 2 signal earns a fine Sharpe with default costs. At a more
realistic 5 bps commission plus 5 bps slippage, daily turnover of half the book eats most of it. Find a version that
survives — then ask how much of your improvement is luck from trying many versions.

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
using Signals.Numerics;
using Signals.Reporting.Notebooks;

var prices = PriceCsv.LoadPanel("../../../data/sample/prices.csv");
var news = NewsFile.Load("../../../data/sample/news.csv");
var scores = await OfflineScorers.Create("lexicon").ScoreAsync(news, NotebookProgress.Show("Scoring"));
var daily = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());
var expensive = new BacktestOptions { Costs = new CostModel(CommissionBps: 5, SlippageBps: 5) };

var baseline = Backtester.Run(prices, new SentimentLongShort(daily.DecayedMean(2), DecisionTiming.Open, quantile: 0.2), expensive);
Console.WriteLine($"baseline at 5 + 5 bps: Sharpe {Returns.Sharpe(baseline.Returns):0.00}, mean daily turnover {baseline.Turnover.Average():P0}");
""");
var prices = PriceCsv.LoadPanel("../../../data/sample/prices.csv");
var news = NewsFile.Load("../../../data/sample/news.csv");
var scores = await OfflineScorers.Create("lexicon").ScoreAsync(news, NotebookProgress.Show("Scoring"));
var daily = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());
var expensive = new BacktestOptions { Costs = new CostModel(CommissionBps: 5, SlippageBps: 5) };
var baseline = Backtester.Run(prices, new SentimentLongShort(daily.DecayedMean(2), DecisionTiming.Open, quantile: 0.2), expensive);
Console.WriteLine($"baseline at 5 + 5 bps: Sharpe {Returns.Sharpe(baseline.Returns):0.00}, mean daily turnover {baseline.Turnover.Average():P0}");

__page.Markdown(4, """
## Your task

Change the signal's half-life and the quantile traded (or try `SentimentThreshold`, which trades only strong
readings) to get the best Sharpe **at 5 + 5 bps**. Slower signals turn over less. `LongShortKernel` runs the same
rule fast, for trying many settings: `new LongShortKernel(prices, daily.DecayingMean()).Run(halfLifeDays, quantile, expensive)`.

Set `trials` to the number of variants you looked at, honestly, including workshop 2's.
""");

__page.Code(5, """
// A sweep over both knobs at the expensive costs, choosing the best Sharpe. Thirty variants here, plus the eight
// aggregations tried in workshop 2.
double[] halfLives = [0.5, 1, 2, 3, 5, 10];
double[] quantileGrid = [0.1, 0.2, 0.3, 0.4, 0.5];
var kernel = new LongShortKernel(prices, daily.DecayingMean());
var sweep = ParameterSweep.Run(ParameterSweep.Grid(halfLives, quantileGrid), c => kernel.Run(c.Item1, c.Item2, expensive).Sharpe,
    maxDegreeOfParallelism: 1);   // one kernel, so one thread
var best = sweep.Best(sharpe => sharpe);
double halfLife = best.Config.Item1, quantile = best.Config.Item2;
int trials = sweep.Trials + 8;
""");
// A sweep over both knobs at the expensive costs, choosing the best Sharpe. Thirty variants here, plus the eight
// aggregations tried in workshop 2.
double[] halfLives = [0.5, 1, 2, 3, 5, 10];
double[] quantileGrid = [0.1, 0.2, 0.3, 0.4, 0.5];
var kernel = new LongShortKernel(prices, daily.DecayingMean());
var sweep = ParameterSweep.Run(ParameterSweep.Grid(halfLives, quantileGrid), c => kernel.Run(c.Item1, c.Item2, expensive).Sharpe,
    maxDegreeOfParallelism: 1);   // one kernel, so one thread
var best = sweep.Best(sharpe => sharpe);
double halfLife = best.Config.Item1, quantile = best.Config.Item2;
int trials = sweep.Trials + 8;

__page.Markdown(6, """
## Check
""");

__page.Code(7, """
var mine = Backtester.Run(prices, new SentimentLongShort(daily.DecayedMean(halfLife), DecisionTiming.Open, quantile: quantile), expensive);
var myReturns = Returns.FromEquity(mine.Equity);
double sharpe = Returns.Sharpe(myReturns), baseSharpe = Returns.Sharpe(baseline.Returns);
Console.WriteLine($"half-life {halfLife}, quantile {quantile}: Sharpe {sharpe:0.00} (baseline {baseSharpe:0.00}), mean daily turnover {mine.Turnover.Average():P0}");
Console.WriteLine(sharpe > baseSharpe + 0.2 ? "✓ better than the baseline after costs" : "not yet: beat the baseline's Sharpe by at least 0.2");

// How likely is this Sharpe to be real, given the trials? Assume the trials' Sharpes spread like these five runs.
var variants = new[] { 1.0, 3, 5, 10 }.Select(h => Returns.FromEquity(Backtester.Run(prices, new SentimentLongShort(daily.DecayedMean(h), DecisionTiming.Open, quantile: quantile), expensive).Equity)).Append(myReturns);
var spread = Moments.Of(variants.Select(r => SharpeStatistics.PerPeriod(r)).ToArray()).SampleStd;
Console.WriteLine($"probabilistic Sharpe {SharpeStatistics.Probabilistic(myReturns):0.000}; deflated for {trials} trial(s) {SharpeStatistics.Deflated(myReturns, trials, spread * spread):0.000}");
""");
var mine = Backtester.Run(prices, new SentimentLongShort(daily.DecayedMean(halfLife), DecisionTiming.Open, quantile: quantile), expensive);
var myReturns = Returns.FromEquity(mine.Equity);
double sharpe = Returns.Sharpe(myReturns), baseSharpe = Returns.Sharpe(baseline.Returns);
Console.WriteLine($"half-life {halfLife}, quantile {quantile}: Sharpe {sharpe:0.00} (baseline {baseSharpe:0.00}), mean daily turnover {mine.Turnover.Average():P0}");
Console.WriteLine(sharpe > baseSharpe + 0.2 ? "✓ better than the baseline after costs" : "not yet: beat the baseline's Sharpe by at least 0.2");
// How likely is this Sharpe to be real, given the trials? Assume the trials' Sharpes spread like these five runs.
var variants = new[] { 1.0, 3, 5, 10 }.Select(h => Returns.FromEquity(Backtester.Run(prices, new SentimentLongShort(daily.DecayedMean(h), DecisionTiming.Open, quantile: quantile), expensive).Equity)).Append(myReturns);
var spread = Moments.Of(variants.Select(r => SharpeStatistics.PerPeriod(r)).ToArray()).SampleStd;
Console.WriteLine($"probabilistic Sharpe {SharpeStatistics.Probabilistic(myReturns):0.000}; deflated for {trials} trial(s) {SharpeStatistics.Deflated(myReturns, trials, spread * spread):0.000}");

__page.Markdown(8, """
## Discuss

- Which knob cut turnover most, and what did it cost in gross return?
- With `trials = 1` the deflated and probabilistic Sharpe are equal. How far does yours fall with an honest count?
- Notebook 06 does this properly with walk-forward and purged cross-validation. Would you rather report the best
  in-sample Sharpe, or the walk-forward one? Which would your risk manager believe?
""");

__page.Save();
