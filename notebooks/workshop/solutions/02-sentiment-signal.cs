#:project ../../../src/Signals/Signals.csproj
#:project ../../../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 02-sentiment-signal.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/workshop/solutions/02-sentiment-signal.cs -- --out DIR     writes DIR/02-sentiment-signal.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Sentiment;
using Signals.Features;
using Signals.Analytics;
using Signals.Reporting;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# Workshop 2 · From scores to a signal that predicts (Solution)

*About 45 minutes.* Per-headline scores become a daily, per-stock signal by aggregation. How you aggregate —
which days' news, how old news fades, whether a stock's usual tone is subtracted — decides whether the signal
predicts. Measure it with the information coefficient (IC), as in notebook 04.

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
using Signals.Analytics;
using Signals.Reporting;
using Signals.Reporting.Notebooks;

var prices = PriceCsv.LoadPanel("../../../data/sample/prices.csv");
var news = NewsFile.Load("../../../data/sample/news.csv");
var scores = await OfflineScorers.Create("lexicon").ScoreAsync(news, NotebookProgress.Show("Scoring"));
var daily = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());
""");
var prices = PriceCsv.LoadPanel("../../../data/sample/prices.csv");
var news = NewsFile.Load("../../../data/sample/news.csv");
var scores = await OfflineScorers.Create("lexicon").ScoreAsync(news, NotebookProgress.Show("Scoring"));
var daily = DailySentiment.Build(ScoredHeadline.Join(news, scores), prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: TradingCalendar.UsEquities());

__page.Markdown(4, """
## Your task

`DailySentiment` offers several aggregations: `Mean()` (the day's headlines only), `ConfidenceWeightedMean()`,
`DecayedMean(halfLifeDays)` (old news fades), `DecayedConfidenceWeightedMean(halfLifeDays)`, and `Surprise(window)`
(today's tone against the stock's own recent tone). Build a signal a portfolio can trade **every day**: the check
sorts each day's stocks into quintiles by your signal and measures the next day's top-minus-bottom return.
Target: that spread with a t-statistic above 6.5. Look at the IC and at the *coverage* (how many stocks have a signal
on an average day) too — they do not always agree.

Keep a note of how many variants you try — workshop 3 and notebook 06 will ask.
""");

__page.Code(5, """
// Mean() has the highest IC, but only on the few stocks with a headline that day (about a third): its quintiles are
// thin and the spread noisy (t about 5 on the sample data). Carrying news forward with a two-day half-life ranks
// nearly every stock every day — a lower IC per name, a steadier spread (t about 8). Tried 8 variants: Mean, ConfidenceWeightedMean, DecayedMean at
// 1, 2, 5 and 10 days, DecayedConfidenceWeightedMean(2), Surprise(20).
Panel BuildSignal(DailySentiment d) => d.DecayedMean(halfLifeDays: 2);
""");
// Mean() has the highest IC, but only on the few stocks with a headline that day (about a third): its quintiles are
// thin and the spread noisy (t about 5 on the sample data). Carrying news forward with a two-day half-life ranks
// nearly every stock every day — a lower IC per name, a steadier spread (t about 8). Tried 8 variants: Mean, ConfidenceWeightedMean, DecayedMean at
// 1, 2, 5 and 10 days, DecayedConfidenceWeightedMean(2), Surprise(20).
Panel BuildSignal(DailySentiment d) => d.DecayedMean(halfLifeDays: 2);

__page.Markdown(6, """
## Check
""");

__page.Code(7, """
var signal = BuildSignal(daily);
int[] horizons = [1, 2, 5, 10, 20];
// IC against open-to-open returns from the decision (the signal holds only news published before each open).
var ic = InformationCoefficient.Of(signal, prices, horizons, ForwardReturnBasis.Open).ByHorizon;
foreach (var r in ic) Console.WriteLine($"h={r.Horizon,2}  IC {r.Mean:+0.0000;-0.0000}  NW t {r.NeweyWestTStat,5:0.0}");
var coverage = signal.Values.Count(double.IsFinite) / (double)signal.DayCount;
var quintiles = Signals.Analytics.QuantileReturns.Compute(signal, ForwardReturns.OpenToOpen(prices.Open, 1), quantiles: 5);
Console.WriteLine($"coverage: {coverage:0.0} of {signal.SymbolCount} stocks a day; next-day Q5 − Q1 {quintiles.Spread * 1e4:0.0} bps (t {quintiles.SpreadTStat:0.0})");
Console.WriteLine(quintiles.SpreadTStat > 6.5
    ? "✓ a signal a portfolio can trade every day"
    : $"not yet: the quintile spread's t-statistic is {quintiles.SpreadTStat:0.0}; target above 6.5");
Charts.IcDecay(horizons, ic.Select(r => r.Mean).ToArray())
""");
var signal = BuildSignal(daily);
int[] horizons = [1, 2, 5, 10, 20];
// IC against open-to-open returns from the decision (the signal holds only news published before each open).
var ic = InformationCoefficient.Of(signal, prices, horizons, ForwardReturnBasis.Open).ByHorizon;
foreach (var r in ic) Console.WriteLine($"h={r.Horizon,2}  IC {r.Mean:+0.0000;-0.0000}  NW t {r.NeweyWestTStat,5:0.0}");
var coverage = signal.Values.Count(double.IsFinite) / (double)signal.DayCount;
var quintiles = Signals.Analytics.QuantileReturns.Compute(signal, ForwardReturns.OpenToOpen(prices.Open, 1), quantiles: 5);
Console.WriteLine($"coverage: {coverage:0.0} of {signal.SymbolCount} stocks a day; next-day Q5 − Q1 {quintiles.Spread * 1e4:0.0} bps (t {quintiles.SpreadTStat:0.0})");
Console.WriteLine(quintiles.SpreadTStat > 6.5
    ? "✓ a signal a portfolio can trade every day"
    : $"not yet: the quintile spread's t-statistic is {quintiles.SpreadTStat:0.0}; target above 6.5");
__page.Show(Charts.IcDecay(horizons, ic.Select(r => r.Mean).ToArray()));

__page.Markdown(8, """
## Discuss

- Why can the signal with the higher IC be the worse one to trade?
- Why does the IC decay with the horizon, and what does the decay tell you about how often to rebalance?
- The planted effect in the sample data drifts over five sessions. Which half-life matches it, and does the best
  half-life by IC match the best by backtest (workshop 3)?
- What would `Surprise` capture that a level cannot — and on what kind of stock would it matter?
""");

__page.Save();
