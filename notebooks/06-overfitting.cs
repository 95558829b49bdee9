#:project ../src/Signals/Signals.csproj
#:project ../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 06-overfitting.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/06-overfitting.cs -- --out DIR     writes DIR/06-overfitting.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Sentiment;
using Signals.Features;
using Signals.Backtesting;
using Signals.Analytics;
using Signals.Numerics;
using Signals.Reporting;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# 06 · Overfitting: walk-forward, purged cross-validation, Deflated Sharpe

Try enough variants of a strategy and one will look brilliant by luck. Bailey and López de Prado's point is
quantitative: the best Sharpe ratio among *N* trials of a worthless strategy grows like √(2 ln N). This notebook
sweeps the sentiment long-short's two knobs, then asks three honest questions of the winner:

1. **Deflated Sharpe ratio** — is the best Sharpe still significant once we account for how many we tried?
2. **Walk-forward** — if we had chosen the parameters with only past data, repeatedly, what would we have earned?
3. **Purged k-fold cross-validation** — the same question with every period used for testing once, without letting
   overlapping labels leak from training into test.

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
using Signals.Analytics;
using Signals.Numerics;
using Signals.Reporting;
using Signals.Reporting.Notebooks;

var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
var scores = await OfflineScorers.Create("lexicon").ScoreAsync(news, NotebookProgress.Show("Scoring"));
var daily = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());
""");
var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
var scores = await OfflineScorers.Create("lexicon").ScoreAsync(news, NotebookProgress.Show("Scoring"));
var daily = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());

__page.Markdown(4, """
## A parameter sweep

Two knobs: how fast old news fades (half-life in days) and how much of the cross-section to trade (top/bottom
quantile). Thirty configurations, each a full five-year backtest with default costs. `LongShortKernel` is the same
rule as `Backtester` with `SentimentLongShort` (bit-equal equity) without the trade list, fast enough for sweeps; one
kernel per thread, so the sweep runs in parallel.
""");

__page.Code(5, """
double[] halfLives = [0.5, 1, 2, 3, 5, 10];
double[] quantiles = [0.1, 0.2, 0.3, 0.4, 0.5];
var grid = ParameterSweep.Grid(halfLives, quantiles);
var options = new BacktestOptions();   // default costs
var sweep = LongShortSweep.Run(prices, daily.DecayingMean(), grid, options, NotebookProgress.Show($"Sweeping {grid.Count} configurations"));

var best = sweep.Best(r => Returns.Sharpe(r));
Console.WriteLine($"best of {sweep.Trials}: half-life {best.Config.Item1} days, quantile {best.Config.Item2} → Sharpe {Returns.Sharpe(best.Result):0.00}");
""");
double[] halfLives = [0.5, 1, 2, 3, 5, 10];
double[] quantiles = [0.1, 0.2, 0.3, 0.4, 0.5];
var grid = ParameterSweep.Grid(halfLives, quantiles);
var options = new BacktestOptions();   // default costs
var sweep = LongShortSweep.Run(prices, daily.DecayingMean(), grid, options, NotebookProgress.Show($"Sweeping {grid.Count} configurations"));
var best = sweep.Best(r => Returns.Sharpe(r));
Console.WriteLine($"best of {sweep.Trials}: half-life {best.Config.Item1} days, quantile {best.Config.Item2} → Sharpe {Returns.Sharpe(best.Result):0.00}");

__page.Code(6, """
var z = new double[quantiles.Length, halfLives.Length];
foreach (var e in sweep.Entries)
    z[Array.IndexOf(quantiles, e.Config.Item2), Array.IndexOf(halfLives, e.Config.Item1)] = Returns.Sharpe(e.Result);
Charts.Heatmap(halfLives.Select(h => $"{h} d").ToArray(), quantiles.Select(q => $"{q:P0}").ToArray(), z,
    "Annualised Sharpe by half-life and quantile (default costs)", xTitle: "half-life", yTitle: "quantile traded")
""");
var z = new double[quantiles.Length, halfLives.Length];
foreach (var e in sweep.Entries)
    z[Array.IndexOf(quantiles, e.Config.Item2), Array.IndexOf(halfLives, e.Config.Item1)] = Returns.Sharpe(e.Result);
__page.Show(Charts.Heatmap(halfLives.Select(h => $"{h} d").ToArray(), quantiles.Select(q => $"{q:P0}").ToArray(), z,
    "Annualised Sharpe by half-life and quantile (default costs)", xTitle: "half-life", yTitle: "quantile traded"));

__page.Markdown(7, """
A smooth surface is reassuring: the result does not hinge on one lucky cell. Still, we picked the maximum of thirty.

## 1 · Deflated Sharpe ratio

The DSR is the probability that the best strategy's true Sharpe is above zero, given the number of trials, the
variance of their Sharpes, and the skew and fat tails of its returns. Below 0.95, the "discovery" is what trying 30
things would often produce by chance.
""");

__page.Code(8, """
var perPeriodSharpes = sweep.Entries.Select(e => SharpeStatistics.PerPeriod(e.Result)).ToArray();
var dsr = SharpeStatistics.Deflated(best.Result, perPeriodSharpes);
var psr = SharpeStatistics.Probabilistic(best.Result);
Console.WriteLine($"probabilistic Sharpe (1 trial): {psr:0.000}   deflated Sharpe ({sweep.Trials} trials): {dsr:0.000}");
var spread = Moments.Of(perPeriodSharpes).SampleStd;
Console.WriteLine($"best annual Sharpe expected from {sweep.Trials} worthless trials with this spread: {SharpeStatistics.ExpectedMaxSharpe(sweep.Trials, spread * spread) * Math.Sqrt(252):0.00}");
""");
var perPeriodSharpes = sweep.Entries.Select(e => SharpeStatistics.PerPeriod(e.Result)).ToArray();
var dsr = SharpeStatistics.Deflated(best.Result, perPeriodSharpes);
var psr = SharpeStatistics.Probabilistic(best.Result);
Console.WriteLine($"probabilistic Sharpe (1 trial): {psr:0.000}   deflated Sharpe ({sweep.Trials} trials): {dsr:0.000}");
var spread = Moments.Of(perPeriodSharpes).SampleStd;
Console.WriteLine($"best annual Sharpe expected from {sweep.Trials} worthless trials with this spread: {SharpeStatistics.ExpectedMaxSharpe(sweep.Trials, spread * spread) * Math.Sqrt(252):0.00}");

__page.Markdown(9, """
The planted effect in the sample data is strong, so the winner survives deflation. To see the DSR do its job, run
the identical sweep on a **placebo**: the same headlines with random scores (seeded, so reproducible). Any Sharpe it
finds is luck. (The thirty variants share the same random scores, so they are strongly correlated and the best is
modest; with independent ideas it would look better still.) Read the probabilistic Sharpe of the winner as if it were
the only strategy tried, then deflated for the thirty:
""");

__page.Code(10, """
var random = new Random(7);
var placeboHeadlines = ScoredHeadline.Join(news, scores).Select(h => h with { Score = random.NextDouble() * 2 - 1 }).ToList();
var placeboDaily = DailySentiment.Build(placeboHeadlines, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());
var placebo = LongShortSweep.Run(prices, placeboDaily.DecayingMean(), grid, new BacktestOptions { Costs = CostModel.Zero });
var placeboBest = placebo.Best(r => Returns.Sharpe(r));
var placeboSharpes = placebo.Entries.Select(e => SharpeStatistics.PerPeriod(e.Result)).ToArray();
Console.WriteLine($"placebo, no costs: best Sharpe {Returns.Sharpe(placeboBest.Result):0.00} (half-life {placeboBest.Config.Item1}, quantile {placeboBest.Config.Item2})");
Console.WriteLine($"  probabilistic Sharpe {SharpeStatistics.Probabilistic(placeboBest.Result):0.000}   deflated over {placebo.Trials} trials {SharpeStatistics.Deflated(placeboBest.Result, placeboSharpes):0.000}");
""");
var random = new Random(7);
var placeboHeadlines = ScoredHeadline.Join(news, scores).Select(h => h with { Score = random.NextDouble() * 2 - 1 }).ToList();
var placeboDaily = DailySentiment.Build(placeboHeadlines, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());
var placebo = LongShortSweep.Run(prices, placeboDaily.DecayingMean(), grid, new BacktestOptions { Costs = CostModel.Zero });
var placeboBest = placebo.Best(r => Returns.Sharpe(r));
var placeboSharpes = placebo.Entries.Select(e => SharpeStatistics.PerPeriod(e.Result)).ToArray();
Console.WriteLine($"placebo, no costs: best Sharpe {Returns.Sharpe(placeboBest.Result):0.00} (half-life {placeboBest.Config.Item1}, quantile {placeboBest.Config.Item2})");
Console.WriteLine($"  probabilistic Sharpe {SharpeStatistics.Probabilistic(placeboBest.Result):0.000}   deflated over {placebo.Trials} trials {SharpeStatistics.Deflated(placeboBest.Result, placeboSharpes):0.000}");

__page.Markdown(11, """
## 2 · Walk-forward

Two years to choose, six months to trade, roll forward, repeat: the out-of-sample months, stitched together, are
what the *procedure* of picking the best configuration would have earned. Compare with the in-sample best.
""");

__page.Code(12, """
int observations = best.Result.Length;            // daily returns aligned to dates: observation i is day i
var windows = WalkForward.Windows(observations, trainLength: 504, testLength: 126, gap: 1);
var walk = WalkForward.Run(grid, windows,
    (config, start, end) => sweep.Entries.First(e => e.Config == config).Result[start..end],
    progress: NotebookProgress.Show($"Walk-forward over {windows.Count} windows"));

foreach (var fold in walk.Folds)
    Console.WriteLine($"train {prices.Dates[fold.Window.TrainStart]:yyyy-MM}..{prices.Dates[fold.Window.TrainEnd - 1]:yyyy-MM}  chose half-life {fold.Selected.Item1}, quantile {fold.Selected.Item2}  → test Sharpe {Returns.Sharpe(fold.TestReturns),5:0.00}");
Console.WriteLine($"\nout-of-sample Sharpe {Returns.Sharpe(walk.OutOfSampleReturns):0.00} vs in-sample best {Returns.Sharpe(best.Result):0.00}");
""");
int observations = best.Result.Length;            // daily returns aligned to dates: observation i is day i
var windows = WalkForward.Windows(observations, trainLength: 504, testLength: 126, gap: 1);
var walk = WalkForward.Run(grid, windows,
    (config, start, end) => sweep.Entries.First(e => e.Config == config).Result[start..end],
    progress: NotebookProgress.Show($"Walk-forward over {windows.Count} windows"));
foreach (var fold in walk.Folds)
    Console.WriteLine($"train {prices.Dates[fold.Window.TrainStart]:yyyy-MM}..{prices.Dates[fold.Window.TrainEnd - 1]:yyyy-MM}  chose half-life {fold.Selected.Item1}, quantile {fold.Selected.Item2}  → test Sharpe {Returns.Sharpe(fold.TestReturns),5:0.00}");
Console.WriteLine($"\nout-of-sample Sharpe {Returns.Sharpe(walk.OutOfSampleReturns):0.00} vs in-sample best {Returns.Sharpe(best.Result):0.00}");

__page.Markdown(13, """
(The return series are the sweep's; `periodReturns` slices them. That is legitimate here because each day's return
depends only on news before that day — the rule has no fitted state. A model with fitted weights must be refitted
inside every training window.)

## 3 · Purged k-fold cross-validation

Walk-forward only ever tests on the future, so early years are never tested. K-fold tests every period once — but a
label that spans *h* days (here, a 5-day holding return) overlaps its neighbours, so training observations whose
labels reach into the test fold are **purged**, and a small **embargo** after each test fold is dropped too
(López de Prado, *Advances in Financial Machine Learning*, ch. 7).
""");

__page.Code(14, """
var folds = PurgedKFold.Split(observations, labelHorizon: 5, folds: 5, embargoFraction: 0.01);
var cvTest = new List<double>();
foreach (var fold in folds)
{
    var chosen = sweep.Entries.MaxBy(e => Returns.Sharpe(fold.Train.Select(i => e.Result[i]).ToArray()));
    var test = fold.Test.Select(i => chosen.Result[i]).ToArray();
    cvTest.AddRange(test);
    Console.WriteLine($"fold {fold.Fold}: train {fold.Train.Length} days (purged/embargoed {observations - fold.Train.Length - fold.Test.Length}), test {fold.Test.Length}; chose {chosen.Config} → test Sharpe {Returns.Sharpe(test):0.00}");
}
Console.WriteLine($"cross-validated Sharpe {Returns.Sharpe(cvTest.ToArray()):0.00}");
""");
var folds = PurgedKFold.Split(observations, labelHorizon: 5, folds: 5, embargoFraction: 0.01);
var cvTest = new List<double>();
foreach (var fold in folds)
{
    var chosen = sweep.Entries.MaxBy(e => Returns.Sharpe(fold.Train.Select(i => e.Result[i]).ToArray()));
    var test = fold.Test.Select(i => chosen.Result[i]).ToArray();
    cvTest.AddRange(test);
    Console.WriteLine($"fold {fold.Fold}: train {fold.Train.Length} days (purged/embargoed {observations - fold.Train.Length - fold.Test.Length}), test {fold.Test.Length}; chose {chosen.Config} → test Sharpe {Returns.Sharpe(test):0.00}");
}
Console.WriteLine($"cross-validated Sharpe {Returns.Sharpe(cvTest.ToArray()):0.00}");

__page.Markdown(15, """
## Reading the three together

- The **DSR** answers "is the best of my trials real?"; it needs the number of trials — keep count of every variant
  you ran, including the ones you threw away.
- **Walk-forward** answers "what would I have earned choosing as I went?" and is the number to quote.
- **Purged CV** uses all the data and gives a distribution across folds; large differences between folds are regime
  dependence, which no single backtest shows.

When the three disagree with the in-sample best, believe them.
""");

__page.Save();
