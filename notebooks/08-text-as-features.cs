#:project ../src/Signals/Signals.csproj
#:project ../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 08-text-as-features.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/08-text-as-features.cs -- --out DIR     writes DIR/08-text-as-features.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Caching;
using Signals.Workflows;
using Signals.Workflows.Embeddings;
using Signals.Reporting;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# 08 · Text as features: a return regression on headline embeddings beside a sentiment score

Every other notebook turns a headline into a **sentiment label** and trades the label. Chen, Kelly & Xiu, in
"Expected returns and large language models" (2022), take a different route: skip the label, turn each article into
the language model's numeric representation of it (an *embedding*, a long vector of numbers), and let a regularised
linear regression learn, from past returns, which directions in that space go with higher or lower future returns.
Their finding, put briefly in our words: on a large panel of news, return predictions built from the embeddings of
large language models beat those built from sentiment scores, and the advantage grows with the size of the model.

This notebook puts both routes side by side on the sample data, each in one library call:

1. the **embedded sentiment scorer** (MiniLM embeddings with a small trained sentiment head) as a signal;
2. the **embedding ridge** (`EmbeddingRidgeScorer`, `EmbeddingRegression.Run`): the same MiniLM embeddings, regressed
   walk-forward on the named stock's next-day return; its out-of-sample prediction is the headline's score;
3. the rank IC of both signals by horizon, and each one's long-short with costs on;
4. what differs from the paper.

> **Setup**: none beyond building the repository. The embedded scores are read from the demo's cache
> (`reports/.cache/sentiment.db`: run `dotnet run --project src/Signals.Cli -- demo` once, or the first run scores
> them); the ridge keeps its embeddings in the same file, in its own table. Open the notebook in VS Code (Polyglot
> Notebooks), Jupyter (`dotnet interactive jupyter install`) or `dotnet-repl`, and run the cells top to bottom. No
> notebook tooling? Its twin runs the same cells as a plain program: `dotnet run notebooks/<name>.cs -- --out DIR`.
""");

// cell 2 loads the kit in a notebook kernel; here #:project does.

__page.Code(3, """
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Caching;
using Signals.Workflows;
using Signals.Workflows.Embeddings;
using Signals.Reporting;
using Signals.Reporting.Notebooks;

var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
var cache = "../reports/.cache/sentiment.db";
// The demo's study settings (costs on), the IC measured at five horizons, the research sections left out.
var options = SentimentStudyOptions.Demo with { IcHorizons = [1, 2, 5, 10, 20], Research = new StudyResearchOptions { Enabled = false } };
Console.WriteLine($"{prices.SymbolCount} symbols × {prices.DayCount} days; {news.Count:N0} headlines");
""");
var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var news = NewsFile.Load("../data/sample/news.csv");
var cache = "../reports/.cache/sentiment.db";
// The demo's study settings (costs on), the IC measured at five horizons, the research sections left out.
var options = SentimentStudyOptions.Demo with { IcHorizons = [1, 2, 5, 10, 20], Research = new StudyResearchOptions { Enabled = false } };
Console.WriteLine($"{prices.SymbolCount} symbols × {prices.DayCount} days; {news.Count:N0} headlines");

__page.Markdown(4, """
## 1 · The sentiment score as a signal

The embedded scorer reads each headline's tone with a head trained on labelled headlines. `SentimentStudy.RunAsync`
is the study the demo runs: each headline counts from the first open after it was published, scores decay with a
half-life of 3 days into a daily signal, the top and bottom 20 % of names are traded long and short at the next open,
and commission, slippage and borrow are paid (the demo's costs).
""");

__page.Code(5, """
var embedded = await SentimentStudy.RunAsync(prices, news, new CachingSentimentScorer(OfflineScorers.Create("embedded"), cache), options);
Console.WriteLine($"{embedded.ScorerName}: {embedded.Counts.Scored:N0} headlines scored ({embedded.CachedScores:N0} from the cache); rank IC at 1 day {embedded.Ic.ByHorizon[0].Mean:0.0000} (t {embedded.Ic.ByHorizon[0].TStat:0.0})");
""");
var embedded = await SentimentStudy.RunAsync(prices, news, new CachingSentimentScorer(OfflineScorers.Create("embedded"), cache), options);
Console.WriteLine($"{embedded.ScorerName}: {embedded.Counts.Scored:N0} headlines scored ({embedded.CachedScores:N0} from the cache); rank IC at 1 day {embedded.Ic.ByHorizon[0].Mean:0.0000} (t {embedded.Ic.ByHorizon[0].TStat:0.0})");

__page.Markdown(6, """
## 2 · The return regression on the embeddings, walk-forward

The embedding ridge never sees a sentiment label. For each headline it takes the same 384-number MiniLM embedding and
fits a ridge regression of the named stock's return from the headline's decision open to the next open. The protocol
is what keeps it honest:

- **Expanding window, refit every 21 trading days.** At each refit day the model is fitted on every headline-symbol
  observation whose return is already *known*; its predictions serve the headlines decided from that day until the
  next refit. A headline is only ever scored by a model fitted before it.
- **Purge and embargo.** A training target is the return over the day after its decision, so it is realised one day
  later; the embargo leaves one more trading day between the last realised target and the first prediction the fit
  serves. No training return overlaps a return the model is asked to predict.
- **The penalty is chosen inside each window.** The latest 20 % of each training window (in time order, purged from
  the rest) is held out; the penalty (a multiple of the mean eigenvalue of the embeddings' covariance, from 0.1 to
  1,000) whose held-out predictions correlate best with their returns is kept, and the model is refitted on the whole
  window with it. Nothing after the refit day chooses anything.
- **No model, no score.** Headlines before the first fit (which waits for 1,000 realised observations) are left out
  with a reason, never scored 0.

A cut test in the library's tests holds every prediction up to a day equal to the bit when all data after that day is
removed. The full protocol runs here, with no subset: on the 2-core development machine, loaded by other builds,
`signals study --scorer embedding-ridge` on the whole sample took **76 s** with cold embeddings (embedding the 22,819
headlines is most of it) and **17 s** with them cached, so this cell takes about as long.
""");

__page.Code(7, """
var ridge = EmbeddingRidgeScorer.Create(prices, options, cachePath: cache);
var ridgeStudy = await SentimentStudy.RunAsync(prices, news, ridge, options);
var fits = ridge.LastRun!.Fits;
Console.WriteLine($"{fits.Count} walk-forward fits from {fits[0].Day:yyyy-MM-dd} ({fits[0].TrainingObservations:N0} observations) to {fits[^1].Day:yyyy-MM-dd} ({fits[^1].TrainingObservations:N0}); {ridge.LastRun.BeforeFirstFit:N0} headlines before the first fit have no score");
Console.WriteLine($"penalties chosen: {string.Join(", ", fits.GroupBy(f => f.Penalty).OrderBy(g => g.Key).Select(g => $"{g.Key:0.#}× in {g.Count()} fits"))}");
""");
var ridge = EmbeddingRidgeScorer.Create(prices, options, cachePath: cache);
var ridgeStudy = await SentimentStudy.RunAsync(prices, news, ridge, options);
var fits = ridge.LastRun!.Fits;
Console.WriteLine($"{fits.Count} walk-forward fits from {fits[0].Day:yyyy-MM-dd} ({fits[0].TrainingObservations:N0} observations) to {fits[^1].Day:yyyy-MM-dd} ({fits[^1].TrainingObservations:N0}); {ridge.LastRun.BeforeFirstFit:N0} headlines before the first fit have no score");
Console.WriteLine($"penalties chosen: {string.Join(", ", fits.GroupBy(f => f.Penalty).OrderBy(g => g.Key).Select(g => $"{g.Key:0.#}× in {g.Count()} fits"))}");

__page.Markdown(8, """
## 3 · Rank IC by horizon

The daily Spearman correlation between each signal and the forward open-to-open returns, averaged over days, for
horizons of 1 to 20 trading days; the error bars are one standard error. Both signals are measured over their own
days: the ridge has none before its first fit.
""");

__page.Code(9, """
foreach (var (name, study) in new[] { ("embedded sentiment", embedded), ("embedding ridge", ridgeStudy) })
    foreach (var r in study.Ic.ByHorizon)
        Console.WriteLine($"{name,-20} h={r.Horizon,2}  mean IC {r.Mean:+0.0000;-0.0000}  t {r.TStat,5:0.0}  Newey-West t {r.NeweyWestTStat,5:0.0}  over {r.Days:N0} days");
ComparisonCharts.IcByHorizon("Rank IC by horizon: sentiment score vs return prediction", [("embedded sentiment", embedded.Ic), ("embedding ridge", ridgeStudy.Ic)])
""");
foreach (var (name, study) in new[] { ("embedded sentiment", embedded), ("embedding ridge", ridgeStudy) })
    foreach (var r in study.Ic.ByHorizon)
        Console.WriteLine($"{name,-20} h={r.Horizon,2}  mean IC {r.Mean:+0.0000;-0.0000}  t {r.TStat,5:0.0}  Newey-West t {r.NeweyWestTStat,5:0.0}  over {r.Days:N0} days");
__page.Show(ComparisonCharts.IcByHorizon("Rank IC by horizon: sentiment score vs return prediction", [("embedded sentiment", embedded.Ic), ("embedding ridge", ridgeStudy.Ic)]));

__page.Markdown(10, """
## 4 · Long-short with costs

Each signal traded the same way: long the top 20 % of names, short the bottom 20 %, daily, with the demo's costs
(commission, slippage, borrow). The curves are net equity, growth of 1. Each study trades from its signal's first
day: the ridge starts later (it has no model before its first fit), so its window is shorter and its figures cover
fewer days.
""");

__page.Code(11, """
foreach (var (name, study) in new[] { ("embedded sentiment", embedded), ("embedding ridge", ridgeStudy) })
    Console.WriteLine($"{name,-20} {study.Backtest.Dates[0]:yyyy-MM-dd}..{study.Backtest.Dates[^1]:yyyy-MM-dd}  Sharpe {study.Stats.Sharpe:0.00}  CAGR {study.Stats.Cagr:P1}  max drawdown {study.Stats.MaxDrawdown:P1}  costs paid {study.Backtest.Costs.Total:N0}");
ComparisonCharts.EquityCurves("Long-short net of costs", [("embedded sentiment", embedded.Backtest.Dates, embedded.Backtest.Equity), ("embedding ridge", ridgeStudy.Backtest.Dates, ridgeStudy.Backtest.Equity)])
""");
foreach (var (name, study) in new[] { ("embedded sentiment", embedded), ("embedding ridge", ridgeStudy) })
    Console.WriteLine($"{name,-20} {study.Backtest.Dates[0]:yyyy-MM-dd}..{study.Backtest.Dates[^1]:yyyy-MM-dd}  Sharpe {study.Stats.Sharpe:0.00}  CAGR {study.Stats.Cagr:P1}  max drawdown {study.Stats.MaxDrawdown:P1}  costs paid {study.Backtest.Costs.Total:N0}");
__page.Show(ComparisonCharts.EquityCurves("Long-short net of costs", [("embedded sentiment", embedded.Backtest.Dates, embedded.Backtest.Equity), ("embedding ridge", ridgeStudy.Backtest.Dates, ridgeStudy.Backtest.Equity)]));

__page.Markdown(12, """
## 5 · What differs from the paper

- **Text and model.** The paper embeds full news articles with large language models and reports that larger models
  predict better; here a headline is embedded by MiniLM, a small sentence model of 384 dimensions. That is the cheap,
  offline end of the scale the paper studies, so a weaker result here says little about large models.
- **Data.** The paper uses a large panel of real news over many years; the sample is synthetic: a few dozen names
  over 2020–2024, with a planted tone effect. The planted effect is a *sentiment* effect, which the trained head reads
  directly, while the ridge must find it again in 384 generic dimensions from about 22,000 noisy daily
  returns — so on this sample the sentiment scorer should win, and it does. On real data, where returns respond to
  more than tone, the comparison can go the other way, as the paper reports it does.
- **Target and fitting.** Here the target is the one-day open-to-open return after the decision, the penalty is
  chosen by held-out correlation inside each window, and the model is refitted every 21 trading days on an expanding
  window. The paper's exact target, regularisation choice and refitting schedule differ; we do not quote its figures.
- **Same trading for both.** Both signals go through the same point-in-time rule, decay, long-short and costs, so the
  difference above is the text representation and the learning, not the backtest.

`sentiment compare --scorers embedded,lexicon,embedding-ridge --prices ... --news ...` puts the same return figures
side by side from the command line (the ridge has no accuracy on labelled headlines: it predicts returns).
""");

__page.Save();
