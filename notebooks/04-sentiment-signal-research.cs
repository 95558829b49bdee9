#:project ../src/Signals/Signals.csproj
#:project ../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 04-sentiment-signal-research.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/04-sentiment-signal-research.cs -- --out DIR     writes DIR/04-sentiment-signal-research.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Sentiment;
using Signals.Features;
using Signals.Analytics;
using Signals.Reporting;
using Signals.SampleData;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# 04 · From headline scores to a sentiment signal

A sentiment score is not yet a signal. To become one it has to answer: *what did we know, about which stock, at the
moment we could trade?* This notebook builds that point-in-time signal and measures it the way a factor researcher
would:

1. **point-in-time alignment** — each headline goes to the first decision it could have informed;
2. **information coefficient** (IC) — rank correlation between today's signal and the next days' returns — and its
   **decay** across horizons;
3. **quantile returns** — do the most positive names beat the most negative?
4. **recovering the planted effect** — the sample data has a known answer, so we can check the method finds it;
5. **what look-ahead does** — the same study with one common leak, and how flattering it is.

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

var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
Console.WriteLine($"{prices.SymbolCount} symbols × {prices.DayCount} days; {news.Count:N0} headlines");
""");
var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
Console.WriteLine($"{prices.SymbolCount} symbols × {prices.DayCount} days; {news.Count:N0} headlines");

__page.Markdown(4, """
## Scores

Every headline needs a score. The lexicon scorer (financial word lists with negation and numeric-direction cues)
scores all of them in seconds; the embedded model or an LLM (notebook 03) score better and slower — write their
scores once with `signals sentiment score` and load them with `ScoredHeadlineCsv.Load`. Everything below works the
same whatever produced the scores.
""");

__page.Code(5, """
using Signals.Reporting.Notebooks;
var scorer = OfflineScorers.Create("lexicon");
var scores = await scorer.ScoreAsync(news, NotebookProgress.Show("Lexicon scoring"));
var headlines = ScoredHeadline.Join(news, scores);
Console.WriteLine($"{headlines.Count:N0} usable scores from {scorer.Name}");
""");
var scorer = OfflineScorers.Create("lexicon");
var scores = await scorer.ScoreAsync(news, NotebookProgress.Show("Lexicon scoring"));
var headlines = ScoredHeadline.Join(news, scores);
Console.WriteLine($"{headlines.Count:N0} usable scores from {scorer.Name}");

__page.Markdown(6, """
## 1 · Point-in-time alignment

A headline published at 08:10 New York time can be traded at that day's 09:30 open; one published at 10:45 only at
the next day's open; one on Saturday at Monday's. `DailySentiment.Build` applies exactly that rule (with the NYSE
calendar: weekends and holidays roll forward) and averages each stock's headlines per decision day. Days without news
stay `NaN` — no news is not neutral news.
""");

__page.Code(7, """
var calendar = TradingCalendar.UsEquities();
var daily = DailySentiment.Build(headlines, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: calendar);

var example = news.First(n => n.Published.Hour >= 10 && n.Published.DayOfWeek == DayOfWeek.Friday);
Console.WriteLine($"'{example.Headline}'\n  published {example.Published:yyyy-MM-dd ddd HH:mm zzz} → first tradable at {calendar.FirstDecisionPoint(example.Published)}");
Console.WriteLine($"{daily.Dropped} headlines fell outside the price history or universe");
""");
var calendar = TradingCalendar.UsEquities();
var daily = DailySentiment.Build(headlines, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: calendar);
var example = news.First(n => n.Published.Hour >= 10 && n.Published.DayOfWeek == DayOfWeek.Friday);
Console.WriteLine($"'{example.Headline}'\n  published {example.Published:yyyy-MM-dd ddd HH:mm zzz} → first tradable at {calendar.FirstDecisionPoint(example.Published)}");
Console.WriteLine($"{daily.Dropped} headlines fell outside the price history or universe");

__page.Markdown(8, """
The signal: each stock's mean score, with older news fading at a half-life of two trading days, so a stock keeps
its sentiment for a while after a headline rather than for one day only.
""");

__page.Code(9, """
var signal = daily.DecayedMean(halfLifeDays: 2);
signal
""");
var signal = daily.DecayedMean(halfLifeDays: 2);
__page.Show(signal);

__page.Markdown(10, """
## 2 · Information coefficient and its decay

The decision for row *d* is taken at day *d*'s open, so the return it can earn starts there: open[d] → open[d+h].
(`ForwardReturns.CloseToClose(panel, h)` computes *price[t] → price[t+h]* for any price panel; given the opens it is
the open-to-open return from the decision.) The IC is the Spearman correlation across stocks, one value a day; its
mean and a Newey–West t-statistic (overlapping horizons make plain t-statistics too confident) summarise it.
""");

__page.Code(11, """
int[] horizons = [1, 2, 3, 5, 10, 20];
// Open-to-open returns from the decision: the signal's row t holds only news published before t's open.
var ic = InformationCoefficient.Of(signal, prices, horizons, ForwardReturnBasis.Open).ByHorizon;
foreach (var r in ic)
    Console.WriteLine($"h={r.Horizon,2}  mean IC {r.Mean:+0.0000;-0.0000}  Newey-West t {r.NeweyWestTStat,6:0.0}  positive on {r.PositiveFraction:P0} of {r.Days} days");
Charts.IcDecay(horizons, ic.Select(r => r.Mean).ToArray())
""");
int[] horizons = [1, 2, 3, 5, 10, 20];
// Open-to-open returns from the decision: the signal's row t holds only news published before t's open.
var ic = InformationCoefficient.Of(signal, prices, horizons, ForwardReturnBasis.Open).ByHorizon;
foreach (var r in ic)
    Console.WriteLine($"h={r.Horizon,2}  mean IC {r.Mean:+0.0000;-0.0000}  Newey-West t {r.NeweyWestTStat,6:0.0}  positive on {r.PositiveFraction:P0} of {r.Days} days");
__page.Show(Charts.IcDecay(horizons, ic.Select(r => r.Mean).ToArray()));

__page.Markdown(12, """
## 3 · Quantile returns

Each day, sort stocks with a signal into five buckets and average the next day's return per bucket. A usable
signal is roughly monotone, and the top-minus-bottom spread is what a long-short portfolio would earn before costs.
""");

__page.Code(13, """
var nextDay = ForwardReturns.OpenToOpen(prices.Open, 1);
var quintiles = Signals.Analytics.QuantileReturns.Compute(signal, nextDay, quantiles: 5);
Console.WriteLine($"top − bottom: {quintiles.Spread * 1e4:0.0} bps a day (t = {quintiles.SpreadTStat:0.0})");
Charts.QuantileReturns(["Q1 (most negative)", "Q2", "Q3", "Q4", "Q5 (most positive)"], quintiles.MeanReturn)
""");
var nextDay = ForwardReturns.OpenToOpen(prices.Open, 1);
var quintiles = Signals.Analytics.QuantileReturns.Compute(signal, nextDay, quantiles: 5);
Console.WriteLine($"top − bottom: {quintiles.Spread * 1e4:0.0} bps a day (t = {quintiles.SpreadTStat:0.0})");
__page.Show(Charts.QuantileReturns(["Q1 (most negative)", "Q2", "Q3", "Q4", "Q5 (most positive)"], quintiles.MeanReturn));

__page.Markdown(14, """
## 4 · Recovering the planted effect

The generator gave every headline a true *tone* and moved the stock by 2.5 % × tone when the news came out, then let
it drift a further 0.9 % × tone over the next five sessions (weights 45/25/15/10/5 %). The jump happens before the
first open a trader can reach for overnight news, so an honest study can only earn the drift. A perfect scorer — the
planted tones themselves — shows the ceiling; our lexicon scores show how much of it a real scorer keeps.
""");

__page.Code(15, """
using Signals.SampleData;

var truth = SampleTruth.Load("../data/sample/news_truth.csv");
var perfect = news.Select(n => new ScoredHeadline(n.Id, n.Published, n.Symbols, truth[n.Id].Tone)).ToList();
var perfectSignal = DailySentiment.Build(perfect, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: calendar).DecayedMean(2);
int[] some = [1, 5, 20];
var planted = InformationCoefficient.Of(perfectSignal, prices, some, ForwardReturnBasis.Open).ByHorizon;
var lexicon = InformationCoefficient.Of(signal, prices, some, ForwardReturnBasis.Open).ByHorizon;
for (int i = 0; i < some.Length; i++)
    Console.WriteLine($"h={some[i],2}  IC with planted tones {planted[i].Mean:+0.0000;-0.0000}   with lexicon scores {lexicon[i].Mean:+0.0000;-0.0000}");
""");
var truth = SampleTruth.Load("../data/sample/news_truth.csv");
var perfect = news.Select(n => new ScoredHeadline(n.Id, n.Published, n.Symbols, truth[n.Id].Tone)).ToList();
var perfectSignal = DailySentiment.Build(perfect, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: calendar).DecayedMean(2);
int[] some = [1, 5, 20];
var planted = InformationCoefficient.Of(perfectSignal, prices, some, ForwardReturnBasis.Open).ByHorizon;
var lexicon = InformationCoefficient.Of(signal, prices, some, ForwardReturnBasis.Open).ByHorizon;
for (int i = 0; i < some.Length; i++)
    Console.WriteLine($"h={some[i],2}  IC with planted tones {planted[i].Mean:+0.0000;-0.0000}   with lexicon scores {lexicon[i].Mean:+0.0000;-0.0000}");

__page.Markdown(16, """
## 5 · What look-ahead does

A common leak: the news file has dates but the join ignores the time of day, so a headline published at 11:00 is
treated as known at that morning's 09:30 open. Truncating the timestamps to midnight reproduces it. Nothing else
changes — same scores, same returns, same code:
""");

__page.Code(17, """
var leaky = headlines.Select(h => h with { Published = new DateTimeOffset(h.Published.Date, h.Published.Offset) }).ToList();
var leakySignal = DailySentiment.Build(leaky, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: calendar).DecayedMean(2);
var leakyQuintiles = Signals.Analytics.QuantileReturns.Compute(leakySignal, nextDay, quantiles: 5);
var leakyIc = InformationCoefficient.Of(leakySignal, prices, [1], ForwardReturnBasis.Open).ByHorizon[0];
Console.WriteLine($"1-day IC     honest {ic[0].Mean:+0.0000;-0.0000}   leaky {leakyIc.Mean:+0.0000;-0.0000}");
Console.WriteLine($"Q5 − Q1      honest {quintiles.Spread * 1e4:0.0} bps/day   leaky {leakyQuintiles.Spread * 1e4:0.0} bps/day");
""");
var leaky = headlines.Select(h => h with { Published = new DateTimeOffset(h.Published.Date, h.Published.Offset) }).ToList();
var leakySignal = DailySentiment.Build(leaky, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: calendar).DecayedMean(2);
var leakyQuintiles = Signals.Analytics.QuantileReturns.Compute(leakySignal, nextDay, quantiles: 5);
var leakyIc = InformationCoefficient.Of(leakySignal, prices, [1], ForwardReturnBasis.Open).ByHorizon[0];
Console.WriteLine($"1-day IC     honest {ic[0].Mean:+0.0000;-0.0000}   leaky {leakyIc.Mean:+0.0000;-0.0000}");
Console.WriteLine($"Q5 − Q1      honest {quintiles.Spread * 1e4:0.0} bps/day   leaky {leakyQuintiles.Spread * 1e4:0.0} bps/day");

__page.Markdown(18, """
The leaky version captures the announcement jump it could never have traded. Results that look too good usually
are; when they do, check alignment first. The library makes the honest version the default — `DailySentiment`
only ever looks at timestamps with their offsets, and the backtester reads a signal row only once its decision time
has passed.

**Next:** 05 trades this signal long-short with costs, against a benchmark, and writes the tearsheet.
""");

__page.Save();
