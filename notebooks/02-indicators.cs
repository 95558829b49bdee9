#:project ../src/Signals/Signals.csproj
#:project ../src/Signals.SampleData/Signals.SampleData.csproj
#:property PublishAot=false
// Generated from 02-indicators.ipynb by `signals notebooks export`: edit the notebook and export again (a test fails
// when this twin is stale). From the repository root:
//   dotnet run notebooks/02-indicators.cs -- --out DIR     writes DIR/02-indicators.html
using Signals.Reporting.Notebooks;
using Signals.Data;
using Signals.Indicators;
using Signals.Reporting;
using Microsoft.Data.Analysis;

var __page = NotebookPage.Start(args);

__page.Markdown(1, """
# 02 · Technical indicators

Signals ships the indicators a quant reaches for first — SMA, EMA, WMA, RSI, MACD, Bollinger Bands, ATR,
Stochastic, ADX, OBV, Williams %R, CCI, ROC, Parabolic SAR, VWAP, returns, z-score, realised volatility — in two forms:

- **batch**: `bars.Rsi(14)` returns a `double[]` aligned 1:1 with the bars, `NaN` through the warm-up;
- **streaming**: `new RsiStream(14)` takes one value at a time, for live use, and gives the same numbers.

This notebook shows both, the conventions that keep them honest, and how to look at them.

> **Setup**: none beyond building the repository. README's first command (`dotnet run --project src/Signals.Cli --
> demo`) or a plain `dotnet build` writes the kit this notebook loads (`artifacts/notebook-kit`); the first cell
> builds it again when the library changed (restart the kernel, then run it). Open the notebook in VS Code (Polyglot
> Notebooks), Jupyter (`dotnet interactive jupyter install`) or `dotnet-repl`, and run the cells top to bottom. No
> notebook tooling? Its twin runs the same cells as a plain program: `dotnet run notebooks/<name>.cs -- --out DIR`.
""");

// cell 2 loads the kit in a notebook kernel; here #:project does.

__page.Code(3, """
using Signals.Data;
using Signals.Indicators;
using Signals.Reporting;

var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var bars = prices.Series("HLCN");
bars
""");
var prices = PriceCsv.LoadPanel("../data/sample/prices.csv");
var bars = prices.Series("HLCN");
__page.Show(bars);

__page.Markdown(4, """
## Alignment and warm-up

Every result has exactly one value per bar. Where the window is not yet full the value is `NaN`: an indicator that
invents a value before it has the data (a zero, or a shorter window) leaks a different series into the first
weeks of a backtest. Count the warm-up of a few:
""");

__page.Code(5, """
int WarmUp(double[] values) => Array.FindIndex(values, double.IsFinite);

var macd = bars.Macd();            // 12/26/9
var bands = bars.BollingerBands(); // 20 days, 2 standard deviations
var adx = bars.Adx(14);
Console.WriteLine($"bars {bars.Count}");
Console.WriteLine($"SMA(20)     warm-up {WarmUp(bars.Sma(20))}");
Console.WriteLine($"RSI(14)     warm-up {WarmUp(bars.Rsi(14))}");
Console.WriteLine($"MACD signal warm-up {WarmUp(macd.Signal)}");
Console.WriteLine($"Bollinger   warm-up {WarmUp(bands.UpperBand)}");
Console.WriteLine($"ADX(14)     warm-up {WarmUp(adx.Adx)}");
""");
int WarmUp(double[] values) => Array.FindIndex(values, double.IsFinite);
var macd = bars.Macd();            // 12/26/9
var bands = bars.BollingerBands(); // 20 days, 2 standard deviations
var adx = bars.Adx(14);
Console.WriteLine($"bars {bars.Count}");
Console.WriteLine($"SMA(20)     warm-up {WarmUp(bars.Sma(20))}");
Console.WriteLine($"RSI(14)     warm-up {WarmUp(bars.Rsi(14))}");
Console.WriteLine($"MACD signal warm-up {WarmUp(macd.Signal)}");
Console.WriteLine($"Bollinger   warm-up {WarmUp(bands.UpperBand)}");
Console.WriteLine($"ADX(14)     warm-up {WarmUp(adx.Adx)}");

__page.Markdown(6, """
## Looking at them

Price with Bollinger Bands over the last year, and the MACD histogram below it. Charts take the arrays as they are;
slicing the last 252 bars is plain array work.
""");

__page.Code(7, """
int from = bars.Count - 252;
var lastYear = bars.Slice(from, 252);
Charts.Candlestick(lastYear, overlays:
[
    new Overlay("Upper band", bands.UpperBand[from..]),
    new Overlay("SMA 20", bands.Sma[from..]),
    new Overlay("Lower band", bands.LowerBand[from..]),
])
""");
int from = bars.Count - 252;
var lastYear = bars.Slice(from, 252);
__page.Show(Charts.Candlestick(lastYear, overlays:
[
    new Overlay("Upper band", bands.UpperBand[from..]),
    new Overlay("SMA 20", bands.Sma[from..]),
    new Overlay("Lower band", bands.LowerBand[from..]),
]));

__page.Code(8, """
var dates = lastYear.Dates();
var momentum = new Figure("MACD(12, 26, 9)")
    .Add(new BarTrace(dates, macd.Histogram[from..]) { Name = "histogram", Color = "#9ca3af" })
    .Add(new ScatterTrace(dates, macd.Macd[from..]) { Name = "MACD" })
    .Add(new ScatterTrace(dates, macd.Signal[from..]) { Name = "signal" });
momentum
""");
var dates = lastYear.Dates();
var momentum = new Figure("MACD(12, 26, 9)")
    .Add(new BarTrace(dates, macd.Histogram[from..]) { Name = "histogram", Color = "#9ca3af" })
    .Add(new ScatterTrace(dates, macd.Macd[from..]) { Name = "MACD" })
    .Add(new ScatterTrace(dates, macd.Signal[from..]) { Name = "signal" });
__page.Show(momentum);

__page.Markdown(9, """
## Chaining

Indicators return plain arrays, so they compose: an EMA of the RSI, a z-score of the MACD histogram. The warm-ups
add up, and stay `NaN`.
""");

__page.Code(10, """
var smoothedRsi = bars.Rsi(14).Ema(5);
var macdZ = macd.Histogram.ZScore(60);
Console.WriteLine($"EMA(5) of RSI(14): warm-up {WarmUp(smoothedRsi)}, last {smoothedRsi[^1]:0.00}");
Console.WriteLine($"z-score(60) of the MACD histogram: warm-up {WarmUp(macdZ)}, last {macdZ[^1]:0.00}");
""");
var smoothedRsi = bars.Rsi(14).Ema(5);
var macdZ = macd.Histogram.ZScore(60);
Console.WriteLine($"EMA(5) of RSI(14): warm-up {WarmUp(smoothedRsi)}, last {smoothedRsi[^1]:0.00}");
Console.WriteLine($"z-score(60) of the MACD histogram: warm-up {WarmUp(macdZ)}, last {macdZ[^1]:0.00}");

__page.Markdown(11, """
## Streaming: the same numbers, one bar at a time

In live trading a bar arrives, the indicator updates in O(1), and the strategy decides. The streaming forms keep
that state; they must agree with the batch forms exactly, or a backtest tests a different strategy from the one that
trades. Check it:
""");

__page.Code(12, """
var stream = new RsiStream(14);
var batch = bars.Rsi(14);
double worst = 0;
for (int i = 0; i < bars.Count; i++)
{
    double live = stream.Add(bars.Close[i]);
    if (stream.IsReady) worst = Math.Max(worst, Math.Abs(live - batch[i]));
}
Console.WriteLine($"largest |stream - batch| over {bars.Count} bars: {worst:E2}");
""");
var stream = new RsiStream(14);
var batch = bars.Rsi(14);
double worst = 0;
for (int i = 0; i < bars.Count; i++)
{
    double live = stream.Add(bars.Close[i]);
    if (stream.IsReady) worst = Math.Max(worst, Math.Abs(live - batch[i]));
}
Console.WriteLine($"largest |stream - batch| over {bars.Count} bars: {worst:E2}");

__page.Markdown(13, """
## By name: indicator specs

The `signals indicators` command and any configuration file name indicators as text — `rsi:14`, `macd:12:26:9`,
`bb:20:2`. The same parser is a library call, useful when a research grid lists indicators as strings:
""");

__page.Code(14, """
Console.WriteLine(string.Join("  ", IndicatorSpec.Known));
foreach (var column in IndicatorSpec.Parse("macd:12:26:9").Compute(bars))
    Console.WriteLine($"{column.Name,-16} last {column.Values[^1],10:0.0000}");
""");
Console.WriteLine(string.Join("  ", IndicatorSpec.Known));
foreach (var column in IndicatorSpec.Parse("macd:12:26:9").Compute(bars))
    Console.WriteLine($"{column.Name,-16} last {column.Values[^1],10:0.0000}");

__page.Markdown(15, """
## Into a DataFrame

For ad-hoc exploration, `ToDataFrame()` turns bars (or a panel) into a `Microsoft.Data.Analysis.DataFrame`, which the
notebook shows with its own table; add indicator columns beside the prices.
""");

__page.Code(16, """
using Microsoft.Data.Analysis;

var frame = lastYear.ToDataFrame();
frame.Columns.Add(new DoubleDataFrameColumn("rsi14", bars.Rsi(14)[from..]));
frame.Columns.Add(new DoubleDataFrameColumn("atr14", bars.Atr(14).Atr[from..]));
frame.Tail(5)
""");
var frame = lastYear.ToDataFrame();
frame.Columns.Add(new DoubleDataFrameColumn("rsi14", bars.Rsi(14)[from..]));
frame.Columns.Add(new DoubleDataFrameColumn("atr14", bars.Atr(14).Atr[from..]));
__page.Show(frame.Tail(5));

__page.Markdown(17, """
**Next:** 03 turns headlines into sentiment scores — the other half of the features this kit combines.
""");

__page.Save();
