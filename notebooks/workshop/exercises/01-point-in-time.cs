#:project ../../../src/Signals/Signals.csproj
#:project ../../../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 01-point-in-time.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/workshop/exercises/01-point-in-time.cs -- --out DIR     writes DIR/01-point-in-time.html
using Signals.Reporting.Notebooks;
using Signals.Data;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# Workshop 1 · When could you have traded on it? (Exercise)

*About 30 minutes.* A headline is only a signal from the moment a trader could act on it. Get that moment wrong by
a few hours and a backtest earns money that was never available (notebook 04 shows how much).

The rule for US equities traded at the open:

- convert the timestamp to **New York** time;
- published **before 09:30** on a trading day → that day's open;
- at or after 09:30, or on a weekend or NYSE holiday → the **next trading day's** open.

> **Setup**: none beyond building the repository. README's first command (`dotnet run --project src/Signals.Cli --
> demo`) or a plain `dotnet build` writes the kit this notebook loads (`artifacts/notebook-kit`); the first cell
> builds it again when the library changed (restart the kernel, then run it). Open the notebook in VS Code (Polyglot
> Notebooks), Jupyter (`dotnet interactive jupyter install`) or `dotnet-repl`, and run the cells top to bottom. No
> notebook tooling? Its twin runs the same cells as a plain program: `dotnet run notebooks/<name>.cs -- --out DIR`.
""");

// cell 2 loads the kit in a notebook kernel; here #:project does.

__page.Code(3, """
using Signals.Data;

var news = NewsFile.Load("../../../data/sample/news.csv");
var calendar = TradingCalendar.UsEquities();   // NYSE sessions and holidays
Console.WriteLine($"{news.Count:N0} headlines; e.g. {news[0].Published:yyyy-MM-dd HH:mm zzz} '{news[0].Headline}'");
""");
var news = NewsFile.Load("../../../data/sample/news.csv");
var calendar = TradingCalendar.UsEquities();   // NYSE sessions and holidays
Console.WriteLine($"{news.Count:N0} headlines; e.g. {news[0].Published:yyyy-MM-dd HH:mm zzz} '{news[0].Headline}'");

__page.Markdown(4, """
## Your task

Write `FirstTradableOpen(NewsItem item)`: the date of the first open at which the headline could be traded.
Useful: `TimeZoneInfo.FindSystemTimeZoneById("America/New_York")`, `TimeZoneInfo.ConvertTime(...)`,
`calendar.IsTradingDay(day)`, `calendar.NextTradingDay(day)`.

The placeholder is the usual first attempt — the date written in the timestamp. Run the check to see how often that
is wrong, then replace it.
""");

__page.Code(5, """
// ✏️ Replace this body. The placeholder uses the timestamp's calendar date, ignoring the time of day.
DateOnly FirstTradableOpen(NewsItem item) => DateOnly.FromDateTime(item.Published.DateTime);
""");
// ✏️ Replace this body. The placeholder uses the timestamp's calendar date, ignoring the time of day.
DateOnly FirstTradableOpen(NewsItem item) => DateOnly.FromDateTime(item.Published.DateTime);

__page.Markdown(6, """
## Check

The library's `TradingCalendar.FirstDecisionPoint` implements the rule (with NodaTime time zones); your function
should agree with it on every headline.
""");

__page.Code(7, """
var wrong = news.Where(n => FirstTradableOpen(n) != calendar.FirstDecisionPoint(n.Published).Day).ToList();
Console.WriteLine(wrong.Count == 0
    ? $"✓ all {news.Count:N0} headlines agree with TradingCalendar.FirstDecisionPoint"
    : $"not yet: {wrong.Count:N0} of {news.Count:N0} headlines ({(double)wrong.Count / news.Count:P0}) get the wrong day, for example:");
foreach (var n in wrong.Take(5))
    Console.WriteLine($"  {n.Published:ddd yyyy-MM-dd HH:mm zzz}  yours {FirstTradableOpen(n)}  correct {calendar.FirstDecisionPoint(n.Published).Day}");
""");
var wrong = news.Where(n => FirstTradableOpen(n) != calendar.FirstDecisionPoint(n.Published).Day).ToList();
Console.WriteLine(wrong.Count == 0
    ? $"✓ all {news.Count:N0} headlines agree with TradingCalendar.FirstDecisionPoint"
    : $"not yet: {wrong.Count:N0} of {news.Count:N0} headlines ({(double)wrong.Count / news.Count:P0}) get the wrong day, for example:");
foreach (var n in wrong.Take(5))
    Console.WriteLine($"  {n.Published:ddd yyyy-MM-dd HH:mm zzz}  yours {FirstTradableOpen(n)}  correct {calendar.FirstDecisionPoint(n.Published).Day}");

__page.Markdown(8, """
## Discuss

- Which headlines does the naive rule get wrong — what share are published during the session, overnight, at
  weekends?
- The sample timestamps carry New York offsets. What breaks if a vendor sends UTC, or local time *without* an offset?
- Trading at the close instead (`DecisionTiming.Close`, cut-off 15:45): which rule changes, and why the cut-off?
""");

__page.Save();
