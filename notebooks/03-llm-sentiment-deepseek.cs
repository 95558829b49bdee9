#:project ../src/Signals/Signals.csproj
#:project ../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 03-llm-sentiment-deepseek.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/03-llm-sentiment-deepseek.cs -- --out DIR     writes DIR/03-llm-sentiment-deepseek.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using Signals.Sentiment.Caching;
using Signals.SampleData;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# 03 · Scoring headlines with an LLM (DeepSeek-R1), and offline

Lopez-Lira and Tang (2023) asked ChatGPT whether each headline was good, bad or unknown for the company's stock and
found the answers predicted next-day returns. This notebook does that with **DeepSeek** (`deepseek-flash`, thinking on), or
any OpenAI-compatible endpoint — a local Ollama, vLLM or llama.cpp server included:

1. configure the model from environment variables (the key never appears in the notebook or its outputs);
2. **estimate the cost before spending anything** (a dry run);
3. score a batch with a live progress display, every answer cached so re-running costs nothing;
4. read the model's reasoning;
5. with **no API key** the notebook says so and falls back to the cache, or to the embedded offline scorer
   (all-MiniLM-L6-v2 plus a financial lexicon), so it always runs.

| variable | meaning |
|---|---|
| `DEEPSEEK_API_KEY` | DeepSeek key (platform.deepseek.com) |
| `SIGNALS_LLM_ENDPOINT` | any OpenAI-compatible base URL, e.g. `http://localhost:11434/v1` for Ollama |
| `SIGNALS_LLM_MODEL` | model name at that endpoint (default `deepseek-flash`) |
| `SIGNALS_LLM_API_KEY` | key for a custom endpoint (local servers need none) |

Set them before starting the notebook's kernel (VS Code inherits the environment it was started from).

> **Setup**: none beyond building the repository. README's first command (`dotnet run --project src/Signals.Cli --
> demo`) or a plain `dotnet build` writes the kit this notebook loads (`artifacts/notebook-kit`); the first cell
> builds it again when the library changed (restart the kernel, then run it). Open the notebook in VS Code (Polyglot
> Notebooks), Jupyter (`dotnet interactive jupyter install`) or `dotnet-repl`, and run the cells top to bottom. No
> notebook tooling? Its twin runs the same cells as a plain program: `dotnet run notebooks/<name>.cs -- --out DIR`.
""");

// cell 2 loads the kit in a notebook kernel; here #:project does.

__page.Markdown(3, """
## The headlines

`NewsFile.Load` reads CSV or JSONL news; every timestamp carries its UTC offset, because which trading session a
headline can affect depends on the minute it was published (notebook 04).
""");

__page.Code(4, """
using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using Signals.Sentiment.Caching;

var news = NewsFile.Load("../data/sample/news.csv");
news
""");
var news = NewsFile.Load("../data/sample/news.csv");
__page.Show(news);

__page.Markdown(5, """
A batch to work with: the first 40 headlines published in March 2024.
""");

__page.Code(6, """
var batch = news.Where(n => n.Published.Year == 2024 && n.Published.Month == 3).Take(40).ToList();
batch
""");
var batch = news.Where(n => n.Published.Year == 2024 && n.Published.Month == 3).Take(40).ToList();
__page.Show(batch);

__page.Markdown(7, """
## Configure the model

`LlmScorerOptions` reads the endpoint, model and key from the environment unless given. The defaults follow the
paper's setup: temperature 0, one headline per request, the answer parsed into a score in [-1, 1], a label and a
confidence. Every answer is cached in SQLite keyed by endpoint, model, prompt version and headline, so a re-run sends
nothing it has already paid for.
""");

__page.Code(8, """
var endpoint = Environment.GetEnvironmentVariable("SIGNALS_LLM_ENDPOINT");
var options = new LlmScorerOptions
{
    Provider = endpoint is null ? LlmProvider.DeepSeek : LlmProvider.Custom,
    CachePath = System.IO.Path.GetFullPath("../artifacts/cache/llm-sentiment.sqlite"),
    MaxCostUsd = 1.00,   // a hard budget: the scorer refuses requests beyond it
    Concurrency = 4,
};
System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(options.CachePath)!);

bool haveKey = endpoint is not null
    || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DEEPSEEK_API_KEY"))
    || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("SIGNALS_LLM_API_KEY"));
Console.WriteLine(haveKey
    ? $"LLM configured: {options.Provider} {endpoint ?? "https://api.deepseek.com"} (key from the environment, not shown)"
    : "No API key in the environment (DEEPSEEK_API_KEY / SIGNALS_LLM_API_KEY / SIGNALS_LLM_ENDPOINT): this run scores offline.");
""");
var endpoint = Environment.GetEnvironmentVariable("SIGNALS_LLM_ENDPOINT");
var options = new LlmScorerOptions
{
    Provider = endpoint is null ? LlmProvider.DeepSeek : LlmProvider.Custom,
    CachePath = System.IO.Path.GetFullPath("../artifacts/cache/llm-sentiment.sqlite"),
    MaxCostUsd = 1.00,   // a hard budget: the scorer refuses requests beyond it
    Concurrency = 4,
};
System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(options.CachePath)!);
bool haveKey = endpoint is not null
    || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DEEPSEEK_API_KEY"))
    || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("SIGNALS_LLM_API_KEY"));
Console.WriteLine(haveKey
    ? $"LLM configured: {options.Provider} {endpoint ?? "https://api.deepseek.com"} (key from the environment, not shown)"
    : "No API key in the environment (DEEPSEEK_API_KEY / SIGNALS_LLM_API_KEY / SIGNALS_LLM_ENDPOINT): this run scores offline.");

__page.Markdown(9, """
## Estimate the cost first (dry run)

`Estimate` counts tokens and prices them without sending a request; items already in the cache cost nothing. A
reasoning model thinks before it answers, so most of the cost is output tokens. The dry run needs no key — without
one we build the scorer with a placeholder that is never sent.
""");

__page.Code(10, """
var llm = new LlmSentimentScorer(haveKey ? options : options with { ApiKey = "dry-run-only" });
Console.WriteLine($"this batch:    {llm.Estimate(batch)}");
Console.WriteLine($"all {news.Count:N0}: {llm.Estimate(news)}");
""");
var llm = new LlmSentimentScorer(haveKey ? options : options with { ApiKey = "dry-run-only" });
Console.WriteLine($"this batch:    {llm.Estimate(batch)}");
Console.WriteLine($"all {news.Count:N0}: {llm.Estimate(news)}");

__page.Markdown(11, """
## Score the batch, with live progress

The progress bar under the cell updates in place as answers arrive (completed, failed, from cache, dollars spent).
Without a key, the notebook uses the cache when it already holds every headline of the batch, and otherwise the
embedded offline scorer.
""");

__page.Code(12, """
using Signals.Reporting.Notebooks;
var cachedOnly = !haveKey && llm.Estimate(batch).CachedItems == batch.Count;
ISentimentScorer scorer = haveKey || cachedOnly ? llm : OfflineScorers.Create("embedded");
Console.WriteLine($"scoring with {scorer.Name}{(cachedOnly ? " (every answer from the cache, no requests)" : "")}");

var progress = NotebookProgress.Show($"Scoring {batch.Count} headlines");
var results = await scorer.ScoreAsync(batch, progress);
results
""");
var cachedOnly = !haveKey && llm.Estimate(batch).CachedItems == batch.Count;
ISentimentScorer scorer = haveKey || cachedOnly ? llm : OfflineScorers.Create("embedded");
Console.WriteLine($"scoring with {scorer.Name}{(cachedOnly ? " (every answer from the cache, no requests)" : "")}");
var progress = NotebookProgress.Show($"Scoring {batch.Count} headlines");
var results = await scorer.ScoreAsync(batch, progress);
__page.Show(results);

__page.Markdown(13, """
## Reading the reasoning

R1 returns its chain of thought separately from the answer (`reasoning_content`); Signals keeps it in
`SentimentResult.Reasoning`, next to the short `Rationale` the prompt asks for, and in the cache. Reading a few is the
fastest way to see what the model keys on — and where it reasons its way to a confident wrong answer.
""");

__page.Code(14, """
var withReasoning = results.Where(r => !string.IsNullOrEmpty(r.Reasoning)).Take(2).ToList();
if (withReasoning.Count == 0)
    Console.WriteLine($"{scorer.Name} gives no reasoning (only DeepSeek-R1 and other reasoning models do); run with DEEPSEEK_API_KEY set to read it.");
foreach (var r in withReasoning)
{
    var headline = batch.First(n => n.Id == r.Id).Headline;
    Console.WriteLine($"{headline}\n→ {r.Label} ({r.Score:+0.00;-0.00}), confidence {r.Confidence:0.00}\n{r.Reasoning}\n");
}
""");
var withReasoning = results.Where(r => !string.IsNullOrEmpty(r.Reasoning)).Take(2).ToList();
if (withReasoning.Count == 0)
    Console.WriteLine($"{scorer.Name} gives no reasoning (only DeepSeek-R1 and other reasoning models do); run with DEEPSEEK_API_KEY set to read it.");
foreach (var r in withReasoning)
{
    var headline = batch.First(n => n.Id == r.Id).Headline;
    Console.WriteLine($"{headline}\n→ {r.Label} ({r.Score:+0.00;-0.00}), confidence {r.Confidence:0.00}\n{r.Reasoning}\n");
}

__page.Markdown(15, """
## How good are the scores?

The sample news was generated with a planted *tone* for every headline (`news_truth.csv`), so here — unlike with real
news — we can check the scorer against the truth. Agreement on direction, for headlines whose true tone is clearly
positive or negative:
""");

__page.Code(16, """
using Signals.SampleData;

var truth = SampleTruth.Load("../data/sample/news_truth.csv");
var clear = results.Where(r => r.Status == ScoreStatus.Ok && Math.Abs(truth[r.Id].Tone) >= 0.2).ToList();
var agree = clear.Count(r => Math.Sign(r.Score) == Math.Sign(truth[r.Id].Tone));
Console.WriteLine($"{scorer.Name}: direction right on {agree} of {clear.Count} clearly toned headlines");
""");
var truth = SampleTruth.Load("../data/sample/news_truth.csv");
var clear = results.Where(r => r.Status == ScoreStatus.Ok && Math.Abs(truth[r.Id].Tone) >= 0.2).ToList();
var agree = clear.Count(r => Math.Sign(r.Score) == Math.Sign(truth[r.Id].Tone));
Console.WriteLine($"{scorer.Name}: direction right on {agree} of {clear.Count} clearly toned headlines");

__page.Markdown(17, """
## Scoring the whole file

For research you score every headline once and keep the scores. From the command line, with the same cache:

```
signals sentiment score --news data/sample/news.csv --scorer llm --cache artifacts/cache/llm-sentiment.sqlite --max-cost 5 --out artifacts/scores-r1.csv
signals sentiment score --news data/sample/news.csv --scorer embedded --out artifacts/scores-embedded.csv
```

`--dry-run` prints the estimate above and stops. Notebook 04 turns scores into a point-in-time signal.
""");

__page.Save();
