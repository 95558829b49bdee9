#:project ../src/Signals/Signals.csproj
#:project ../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 07-replicating-the-papers.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/07-replicating-the-papers.cs -- --out DIR     writes DIR/07-replicating-the-papers.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Caching;
using Signals.Features;
using Signals.Analytics.Protocols;
using Signals.Analytics.EventStudies;
using Signals.Backtesting.Costs;
using Signals.Backtesting.Portfolios;
using Signals.Reporting;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# 07 · Replicating the papers: Lopez-Lira & Tang (2023) and Kirtac & Germano (2024)

Two papers made LLM news sentiment a trading topic. This notebook runs each paper's test on the sample data in one
library call, puts the kit's numbers next to what the papers report, and says plainly what differs:

1. **Lopez-Lira & Tang (2023)**, "Can ChatGPT forecast stock price movements? Return predictability and large
   language models": next-day return regressed on the headline score, with day fixed effects and standard errors
   clustered by day, and a long-short of good-news minus bad-news stocks;
2. **Kirtac & Germano (2024)**, "Sentiment trading with large language models" (*Finance Research Letters* 62): a
   timing rule that decides at which open or close each article is traded, a daily long-short of the top and bottom
   20 % of names, 10 bps of costs;
3. the **event study** behind both: what prices do around a headline, by tone, with a placebo;
4. what a flat cost assumption hides: the sample's **quoted spreads** and the strategy's capacity.

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
using Signals.Sentiment.Caching;
using Signals.Features;
using Signals.Analytics.Protocols;
using Signals.Analytics.EventStudies;
using Signals.Backtesting.Costs;
using Signals.Backtesting.Portfolios;
using Signals.Reporting;
using Signals.Reporting.Notebooks;

var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
var universe = UniverseCsv.Load("../data/sample/universe.csv");
var calendar = TradingCalendar.UsEquities();
Console.WriteLine($"{prices.SymbolCount} symbols × {prices.DayCount} days; {news.Count:N0} headlines; {universe.Members.Count} names in the universe");
""");
var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
var universe = UniverseCsv.Load("../data/sample/universe.csv");
var calendar = TradingCalendar.UsEquities();
Console.WriteLine($"{prices.SymbolCount} symbols × {prices.DayCount} days; {news.Count:N0} headlines; {universe.Members.Count} names in the universe");

__page.Markdown(4, """
## Scores

Both papers scored headlines with a language model: Lopez-Lira & Tang asked ChatGPT whether each headline was good,
bad or unclear news for the company's stock (+1, −1, 0); Kirtac & Germano scored articles with OPT, BERT, FinBERT and
the Loughran–McDonald dictionary. Here every headline is scored offline by the kit's **embedded model** (MiniLM
sentence embeddings with a small sentiment head, no API key). The scores are cached in SQLite — the same cache the
demo fills — so only the first run pays: on the 2-core development machine the demo scores all 22,819 headlines
with the default int8 model in about **22 s** cold, and this cell takes a few seconds warm (every score from the cache). Notebook 03 shows the same with an LLM.
""");

__page.Code(5, """
var watch = System.Diagnostics.Stopwatch.StartNew();
var scorer = new CachingSentimentScorer(OfflineScorers.Create("embedded"), "../reports/.cache/sentiment.db");
var results = await scorer.ScoreAsync(news, NotebookProgress.Show("Embedded scoring"));
var headlines = ScoredHeadline.Join(news, results);
Console.WriteLine($"{headlines.Count:N0} scored by {scorer.Name} in {watch.Elapsed.TotalSeconds:0.0} s ({results.Count(r => r.Cached):N0} from the cache)");
""");
var watch = System.Diagnostics.Stopwatch.StartNew();
var scorer = new CachingSentimentScorer(OfflineScorers.Create("embedded"), "../reports/.cache/sentiment.db");
var results = await scorer.ScoreAsync(news, NotebookProgress.Show("Embedded scoring"));
var headlines = ScoredHeadline.Join(news, results);
Console.WriteLine($"{headlines.Count:N0} scored by {scorer.Name} in {watch.Elapsed.TotalSeconds:0.0} s ({results.Count(r => r.Cached):N0} from the cache)");

__page.Markdown(6, """
## 1 · Lopez-Lira & Tang (2023)

**What they did.** Headlines about US common stocks from a commercial news feed (RavenPack), in the first version
from October 2021 to December 2022 — after the end of ChatGPT's training data, so the model could not have read the
outcomes. ChatGPT
answered whether each headline was good or bad for the stock price; a firm-day's score is the mean of its headlines'
scores. They regressed the next day's return on that score, pooled across firms and days, and traded long the
stocks with good news and short those with bad news.

**What they report** (their abstract, in our words): ChatGPT's scores significantly predict next-day returns and
do better than traditional sentiment methods; simpler models (GPT-1, GPT-2, BERT) do not predict; predictability is
stronger among small stocks and after bad news. We quote no coefficients or Sharpe ratios from the paper here: its
versions differ and we could not check the figures against the final text.

**The kit's form** (`LopezLiraTang.Run`): each headline goes to its first decision point at the open; the symbol-day
score is the mean score; the return runs from that open to the next open, the first return anyone could have earned.
Both sides are demeaned within each day (day fixed effects); standard errors are clustered by day with the
small-sample factor c = G/(G−1)·(N−1)/(N−G−1) for G days and N observations. The long-short equal-weights the
positive and the negative names each day, gross and net of 10 bps per unit traded.
""");

__page.Code(7, """
var llt = LopezLiraTang.Run(prices, headlines, new LopezLiraTangOptions { Calendar = calendar });
var fit = llt.Regression;
Console.WriteLine($"next-day return = {fit.Coefficient:0.00000} × score   (clustered t {fit.TStat:0.0}, within R² {fit.R2:0.0000}, {fit.Observations:N0} symbol-days over {fit.Days:N0} days)");
Console.WriteLine($"long positive / short negative: {llt.LongShort.MeanGross * 1e4:0.0} bps a day gross, Sharpe {llt.LongShort.SharpeGross:0.00} gross / {llt.LongShort.SharpeNet:0.00} net of {llt.LongShort.CostBps:0} bps");
ResearchCharts.LongShort(llt.LongShort, "Lopez-Lira & Tang long-short on the sample")
""");
var llt = LopezLiraTang.Run(prices, headlines, new LopezLiraTangOptions { Calendar = calendar });
var fit = llt.Regression;
Console.WriteLine($"next-day return = {fit.Coefficient:0.00000} × score   (clustered t {fit.TStat:0.0}, within R² {fit.R2:0.0000}, {fit.Observations:N0} symbol-days over {fit.Days:N0} days)");
Console.WriteLine($"long positive / short negative: {llt.LongShort.MeanGross * 1e4:0.0} bps a day gross, Sharpe {llt.LongShort.SharpeGross:0.00} gross / {llt.LongShort.SharpeNet:0.00} net of {llt.LongShort.CostBps:0} bps");
__page.Show(ResearchCharts.LongShort(llt.LongShort, "Lopez-Lira & Tang long-short on the sample"));

__page.Markdown(8, """
The coefficient reads as: a symbol-day scored +1 rather than 0 earns that much more the next day (0.001 = 10 bps).
The same regression with the sample's **planted tone** — the answer key in `news_truth.csv` that no scorer sees —
shows how much of the signal the embedded scorer recovers:
""");

__page.Code(9, """
var truth = Signals.SampleData.SampleTruth.Load("../data/sample/news_truth.csv");
var planted = news.Select(n => new ScoredHeadline(n.Id, n.Published, n.Symbols, truth[n.Id].Tone)).ToList();
var lltTruth = LopezLiraTang.Run(prices, planted, new LopezLiraTangOptions { Calendar = calendar }).Regression;
Console.WriteLine($"planted tone: coefficient {lltTruth.Coefficient:0.00000} (t {lltTruth.TStat:0.0});  embedded scores: {fit.Coefficient:0.00000} (t {fit.TStat:0.0})");
""");
var truth = Signals.SampleData.SampleTruth.Load("../data/sample/news_truth.csv");
var planted = news.Select(n => new ScoredHeadline(n.Id, n.Published, n.Symbols, truth[n.Id].Tone)).ToList();
var lltTruth = LopezLiraTang.Run(prices, planted, new LopezLiraTangOptions { Calendar = calendar }).Regression;
Console.WriteLine($"planted tone: coefficient {lltTruth.Coefficient:0.00000} (t {lltTruth.TStat:0.0});  embedded scores: {fit.Coefficient:0.00000} (t {fit.TStat:0.0})");

__page.Markdown(10, """
## 2 · Kirtac & Germano (2024)

**What they did.** 965,375 US financial news articles from 2010 to 2023, scored by OPT (a GPT-3-class model), BERT,
FinBERT and the Loughran–McDonald dictionary. Each article is traded at a point fixed by its publication time, and
each day they go long the 20 % of stocks with the best scores and short the 20 % with the worst, paying 10 bps.

**What they report** (their abstract, in our words): OPT's scores predict stock returns with 74.4 % accuracy, and its
long-short earns a Sharpe ratio of 3.05 after the 10 bps costs, with a 355 % gain from August 2021 to July 2023.

**The kit's form** (`KirtacGermano.Run`): news before 06:00 New York time trades at that day's open; from 06:00 to
the close at that day's close; after the close (or on a holiday) at the next open. A position entered at an open is
held to the next open, one entered at a close to the next close. Each day the top 20 % of the candidates go long and
the bottom 20 % short, and the book turns over completely: 4 units traded a day at 10 bps each, so it must earn
more than 40 bps a day gross to make money net.
""");

__page.Code(11, """
var kg = KirtacGermano.Run(prices, headlines, new KirtacGermanoOptions { Calendar = calendar });
var ls = kg.LongShort;
Console.WriteLine($"{kg.Candidates:N0} (symbol, entry) candidates: {kg.OpenEntries:N0} entered at an open, {kg.CloseEntries:N0} at a close");
Console.WriteLine($"long top 20 % / short bottom 20 %: {ls.MeanGross * 1e4:0.0} bps a day gross, {ls.MeanNet * 1e4:0.0} net; Sharpe {ls.SharpeGross:0.00} gross / {ls.SharpeNet:0.00} net (paper: 3.05 net)");
ResearchCharts.LongShort(ls, "Kirtac & Germano long-short on the sample")
""");
var kg = KirtacGermano.Run(prices, headlines, new KirtacGermanoOptions { Calendar = calendar });
var ls = kg.LongShort;
Console.WriteLine($"{kg.Candidates:N0} (symbol, entry) candidates: {kg.OpenEntries:N0} entered at an open, {kg.CloseEntries:N0} at a close");
Console.WriteLine($"long top 20 % / short bottom 20 %: {ls.MeanGross * 1e4:0.0} bps a day gross, {ls.MeanNet * 1e4:0.0} net; Sharpe {ls.SharpeGross:0.00} gross / {ls.SharpeNet:0.00} net (paper: 3.05 net)");
__page.Show(ResearchCharts.LongShort(ls, "Kirtac & Germano long-short on the sample"));

__page.Markdown(12, """
## 3 · The event study: what prices do around a headline

Both papers trade the next day only. An event study shows the whole path: the cumulative abnormal return (return
minus the equal-weighted universe's over the same days) from 10 trading days before each headline's decision open to
20 after, by tone bucket, with 95 % bands from standard errors clustered by decision day. Days before 0 show what was
already in the price; the days after show how fast the news is absorbed.
""");

__page.Code(13, """
var events = EventStudy.Run(prices, headlines, new EventStudyOptions { Calendar = calendar });
foreach (var b in events.Buckets)
    Console.WriteLine($"{b.Name,-8} {b.Count,6:N0} events: CAR +1 {b.Car[events.IndexOf(1)]:0.00%} (t {b.TStat[events.IndexOf(1)]:0.0}), +5 {b.Car[events.IndexOf(5)]:0.00%} (t {b.TStat[events.IndexOf(5)]:0.0}), +20 {b.Car[events.IndexOf(20)]:0.00%}");
ResearchCharts.EventStudy(events)
""");
var events = EventStudy.Run(prices, headlines, new EventStudyOptions { Calendar = calendar });
foreach (var b in events.Buckets)
    Console.WriteLine($"{b.Name,-8} {b.Count,6:N0} events: CAR +1 {b.Car[events.IndexOf(1)]:0.00%} (t {b.TStat[events.IndexOf(1)]:0.0}), +5 {b.Car[events.IndexOf(5)]:0.00%} (t {b.TStat[events.IndexOf(5)]:0.0}), +20 {b.Car[events.IndexOf(20)]:0.00%}");
__page.Show(ResearchCharts.EventStudy(events));

__page.Markdown(14, """
**Placebo.** The same study with the scores shuffled across headlines keeps the timing, the clustering and the extra
volatility around news, and destroys the link between tone and price. Its buckets should stay inside their bands; if
they did not, the method, not the scorer, would be producing the effect.
""");

__page.Code(15, """
var placebo = EventStudy.Placebo(prices, headlines, seed: 7, new EventStudyOptions { Calendar = calendar });
foreach (var b in placebo.Buckets)
    Console.WriteLine($"placebo {b.Name,-8}: CAR +5 {b.Car[placebo.IndexOf(5)]:0.00%} (t {b.TStat[placebo.IndexOf(5)]:0.0})");
ResearchCharts.EventStudy(placebo)
""");
var placebo = EventStudy.Placebo(prices, headlines, seed: 7, new EventStudyOptions { Calendar = calendar });
foreach (var b in placebo.Buckets)
    Console.WriteLine($"placebo {b.Name,-8}: CAR +5 {b.Car[placebo.IndexOf(5)]:0.00%} (t {b.TStat[placebo.IndexOf(5)]:0.0})");
__page.Show(ResearchCharts.EventStudy(placebo));

__page.Markdown(16, """
## 4 · Costs the papers leave flat

Both papers charge one flat rate per trade. Real spreads differ by name: the sample's `universe.csv` quotes a
half-spread for each company (see `data/README.md`), tight for liquid names and wide for small ones, and
`MarketCostModel` charges each name its own when given `universe.HalfSpreadBps(prices)`, together with square-root
market impact and a minimum commission. Run at growing size, a daily news book meets its capacity: the net Sharpe
falls as impact grows. The book here is the sector- and beta-neutral long-short of the symbol-day scores (decayed
with a two-day half-life).
""");

__page.Code(17, """
var spreads = universe.Members.Select(m => m.HalfSpreadBps ?? double.NaN).Order().ToArray();
Console.WriteLine($"quoted half-spreads: {spreads[0]:0.0} to {spreads[^1]:0.0} bps, median {spreads[spreads.Length / 2]:0.0} bps");
var signal = DailySentiment.Build(headlines, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: calendar).DecayedMean(halfLifeDays: 2);
var book = RiskPortfolio.Build(prices, signal, new RiskPortfolioOptions { Sectors = universe.Sectors(prices.Symbols) });
var curve = CapacityCurve.Compute(prices, book.Weights, new MarketCostModel { HalfSpreadBpsPanel = universe.HalfSpreadBps(prices) });
foreach (var p in curve)
    Console.WriteLine($"{p.Capital,16:$#,0}: net Sharpe {p.NetSharpe,5:0.00} (gross {p.GrossSharpe:0.00}); a year: spread {p.AnnualCost.Spread:P1}, impact {p.AnnualCost.Impact:P1} of equity");
ResearchCharts.CapacityCurve(curve)
""");
var spreads = universe.Members.Select(m => m.HalfSpreadBps ?? double.NaN).Order().ToArray();
Console.WriteLine($"quoted half-spreads: {spreads[0]:0.0} to {spreads[^1]:0.0} bps, median {spreads[spreads.Length / 2]:0.0} bps");
var signal = DailySentiment.Build(headlines, prices.Dates, prices.Symbols, DecisionTiming.Open, calendar: calendar).DecayedMean(halfLifeDays: 2);
var book = RiskPortfolio.Build(prices, signal, new RiskPortfolioOptions { Sectors = universe.Sectors(prices.Symbols) });
var curve = CapacityCurve.Compute(prices, book.Weights, new MarketCostModel { HalfSpreadBpsPanel = universe.HalfSpreadBps(prices) });
foreach (var p in curve)
    Console.WriteLine($"{p.Capital,16:$#,0}: net Sharpe {p.NetSharpe,5:0.00} (gross {p.GrossSharpe:0.00}); a year: spread {p.AnnualCost.Spread:P1}, impact {p.AnnualCost.Impact:P1} of equity");
__page.Show(ResearchCharts.CapacityCurve(curve));

__page.Markdown(18, """
## What differs, honestly

- **The data are synthetic.** 42 fictional companies and 22,819 generated headlines with a planted effect (see
  `data/README.md`): the effect exists by construction, so a positive result here shows that the method recovers it,
  not that news predicts real returns. The papers used the real US stock market and real news feeds.
- **The scorer is not GPT or OPT.** The embedded model is a small offline sentence-embedding model. The papers'
  central claim is that *large* models read news better than small ones; this notebook does not test that. Notebook
  03 scores with an LLM, and `signals study --sentiment FILE` runs the same protocols on any scores.
- **The sample is not the papers' period, size or universe**: five years of one fictional market against their 15
  months (Lopez-Lira & Tang) and 14 years (Kirtac & Germano) of the US market. Sharpe ratios from 42 names are noisy.
- **Timing.** The kit's Lopez-Lira & Tang form trades at the first open after publication and holds to the next
  open — what a trader could have done — where the paper matches headlines to daily returns in its own way. Kirtac &
  Germano's rule is applied with 06:00 and the close as cut-offs, New York time.
- **Regression.** The kit runs one specification: day fixed effects, errors clustered by day. The papers report
  several; compare signs and significance, not the size of a coefficient from a different market.
- **Costs.** The protocols charge a flat 10 bps per unit traded; section 4 charges each name's quoted spread and the
  market impact of the trade's size.

Every number above comes from one seed and one command per step: `signals sample-data --seed 42` writes the data,
and `signals study` writes the same protocols, the event study and `lopez-lira-tang.csv` (`date,symbol,score,
nextReturn`, the regression's observations) so anyone can re-run the regression elsewhere.
""");

__page.Save();
