using BenchmarkDotNet.Attributes;
using Signals.Backtesting;
using Signals.Data;
using Signals.Reporting;

namespace Signals.Benchmarks.Reporting;

/// <summary>
/// Figure serialisation and tearsheet rendering on ten years of daily data (2,520 days).
/// Run: dotnet run -c Release --project bench/Signals.Benchmarks -- --filter '*ReportingBenchmarks*'
/// </summary>
[MemoryDiagnoser, InstructionSetJobs]
public class ReportingBenchmarks
{
    private const int Days = 2520;
    private DateOnly[] dates = [];
    private double[] equity = [];
    private double[] benchmark = [];
    private BarSeries bars = null!;
    private NewsMarker[] news = [];
    private Figure equityFigure = null!;
    private Figure candleFigure = null!;
    private TearsheetInput tearsheet = null!;

    [GlobalSetup]
    public void Setup()
    {
        dates = new DateOnly[Days];
        var d = new DateOnly(2015, 1, 2);
        for (int i = 0; i < Days; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
            dates[i] = d;
            d = d.AddDays(1);
        }
        equity = Walk(1, 0.0004, 0.01, 100_000);
        benchmark = Walk(2, 0.0003, 0.012, 100_000);
        var close = Walk(3, 0.0003, 0.015, 100);
        var t = new DateTimeOffset[Days];
        var o = new double[Days]; var h = new double[Days]; var l = new double[Days]; var v = new double[Days];
        for (int i = 0; i < Days; i++)
        {
            t[i] = new DateTimeOffset(dates[i].ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(-5));
            o[i] = i == 0 ? close[i] : close[i - 1];
            h[i] = Math.Max(o[i], close[i]) * 1.005;
            l[i] = Math.Min(o[i], close[i]) * 0.995;
            v[i] = 1e6 + i;
        }
        bars = new BarSeries("AAPL", t, o, h, l, close, v);
        news = new NewsMarker[500];
        for (int i = 0; i < news.Length; i++)
            news[i] = new NewsMarker(t[i * 5].AddHours(8), $"Headline number {i} <with> & markup", (i % 21 - 10) / 10.0);
        equityFigure = Charts.Equity(dates, equity, benchmark);
        candleFigure = Charts.Candlestick(bars, [new Overlay("SMA 20", close), new Overlay("SMA 50", close)], news);

        var trades = new Trade[500];
        for (int i = 0; i < trades.Length; i++)
            trades[i] = new Trade("AAPL", dates[i * 5], dates[i * 5 + 3], 100, 100 + i, 101 + i, 95, 0.01);
        tearsheet = new TearsheetInput
        {
            Title = "Benchmark tearsheet",
            Dates = dates,
            Equity = equity,
            BenchmarkEquity = benchmark,
            Trades = trades,
            Stats = [new("Total return", equity[^1] / equity[0] - 1, StatFormat.Percent, true)],
            InformationCoefficient = new IcByHorizon([1, 5, 10, 20], [0.03, 0.02, 0.01, 0.0]),
            QuantileReturns = new QuantileReturnSummary(["Q1", "Q2", "Q3", "Q4", "Q5"], [-0.001, 0, 0.0002, 0.0005, 0.001]),
        };
        _ = PlotlyJs.Script; // load the embedded bundle once, outside the measurement
    }

    private double[] Walk(int seed, double drift, double vol, double start)
    {
        var rng = new Random(seed);
        var x = new double[Days];
        double v = start;
        for (int i = 0; i < Days; i++)
        {
            if (i > 0) v *= 1 + drift + vol * (rng.NextDouble() - 0.5) * 3.46;
            x[i] = v;
        }
        return x;
    }

    [Benchmark(Description = "Equity figure (2 x 2,520 points) to JSON")]
    public string EquityFigureJson() => equityFigure.ToJson();

    [Benchmark(Description = "Candlestick (2,520 bars, 2 overlays, 500 news) to JSON")]
    public string CandlestickFigureJson() => candleFigure.ToJson();

    [Benchmark(Description = "Build + serialise equity figure")]
    public string BuildEquityFigure() => Charts.Equity(dates, equity, benchmark).ToJson();

    [Benchmark(Description = "Tearsheet.Render (2,520 days, 500 trades, 7 charts)")]
    public int RenderTearsheet() => Tearsheet.Render(tearsheet).Length;
}
