using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Signals.Backtesting;
using Signals.Backtesting.Strategies;
using Signals.Data;
using Signals.Features;

namespace Signals.Benchmarks.Backtesting;

/// <summary>
/// The daily sentiment long-short with costs on 500 × 2,520: decay (half-life 5 days), daily quintile selection,
/// equal-weight dollar-neutral book, next-open fills, commission + slippage + borrow, equity, drawdown and Sharpe.
/// Target: ≤ 30 ms single-threaded for the fast kernel. The general engine runs the same rule through the event loop
/// (plus trade list, position and weight panels) and gives the same equity.
/// Run: dotnet run -c Release --project bench/Signals.Benchmarks -- --filter '*LongShortBenchmarks*'
/// </summary>
[MemoryDiagnoser, MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class LongShortBenchmarks
{
    private static readonly BacktestOptions Options = new() { Sizing = Sizing.Fractional, Costs = CostModel.Default };
    private BarPanel _prices = null!;
    private DailySentiment _news = null!;
    private LongShortKernel _kernel = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_prices, _news) = SyntheticUniverse.Build();
        _kernel = new LongShortKernel(_prices, _news);
        _kernel.Run(5, 0.2, Options);
        if (ThreadCpuTime.Available)
        {
            double kernel = ThreadCpuTime.Median(() => _kernel.Run(5, 0.2, Options), 15);
            int n = _prices.SymbolCount;
            var decayed = new double[_news.Sum.Values.Length];
            var state = new double[2 * n];
            double decay = ThreadCpuTime.Median(() => SentimentDecay.DecayedRatio(_news.Sum.Values, _news.Count.Values, n, 5, decayed, state), 15);
            var signal = new Panel(_prices.Dates, _prices.Symbols, decayed);
            var targets = new double[n]; var bottom = new int[n]; var top = new int[n]; var scratch = new double[3 * n];
            double select = ThreadCpuTime.Median(() =>
            {
                for (int d = 0; d < _prices.DayCount; d++) SentimentLongShort.Weights(signal, d, 0.2, 1, targets, bottom, top, scratch);
            }, 15);
            Console.WriteLine($"// Thread CPU time, median: FastKernel {kernel:F1} ms (decay {decay:F1} ms, daily quintile selection {select:F1} ms)");
        }
    }

    [Benchmark(Baseline = true)]
    public LongShortSummary FastKernel() => _kernel.Run(halfLifeDays: 5, quantile: 0.2, Options);

    [Benchmark]
    public double GeneralEngine()
    {
        var signal = _news.DecayedMean(5);
        var result = Backtester.Run(_prices, new SentimentLongShort(signal, DecisionTiming.Open, 0.2), Options);
        return BacktestMath.Sharpe(result.Equity) + BacktestMath.MaxDrawdown(result.Equity);
    }

    /// <summary>Each benchmark runs in its own process; its peak working set is the memory figure (data + runtime + BDN).</summary>
    [GlobalCleanup]
    public void ReportPeakMemory()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"// PeakWorkingSet {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB, managed heap {GC.GetTotalMemory(false) / (1024.0 * 1024):F0} MB");
    }
}
