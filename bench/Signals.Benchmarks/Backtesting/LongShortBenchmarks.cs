using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Signals.Backtesting.Strategies;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;
using Signals.Numerics;

namespace Signals.Benchmarks.Backtesting;

/// <summary>
/// The daily sentiment long-short with costs on 500 × 2,520: decay (half-life 5 days), daily quintile selection,
/// equal-weight dollar-neutral book, next-open fills, commission + slippage + borrow, equity, drawdown and Sharpe.
/// Target: ≤ 30 ms single-threaded for the fast kernel. The general engine runs the same rule through the event loop
/// (plus trade list, position and weight panels) and gives the same equity. Decay and DailySelection time two of the
/// kernel's steps on their own (decay here writes the whole signal panel, which the kernel never does).
/// Run: dotnet run -c Release --project bench/Signals.Benchmarks -- --filter '*LongShortBenchmarks*'
/// The band scan packs with AVX-512's compress into a register in the default job on an AVX-512 CPU and with AVX2's
/// permute table in the no-avx512 job (see the HardwareIntrinsics line). The *CompressStore benchmarks time the
/// compress-to-memory packing the kernel used before (microcoded on AMD Zen 4, slower than AVX2 there); without
/// AVX-512 they run the permute table, the only vector packing that job has.
/// </summary>
[MemoryDiagnoser, MedianColumn, MinColumn]
[InstructionSetJobs(warmupCount: 3, iterationCount: 15)]
public class LongShortBenchmarks
{
    private static readonly BacktestOptions Options = new() { Sizing = Sizing.Fractional, Costs = CostModel.Default };
    private BarPanel _prices = null!;
    private DailySentiment _news = null!;
    private LongShortKernel _kernel = null!;
    private double[] _decayed = [], _decayState = [], _targets = [];
    private Panel _signal = null!;
    private QuantileSelector _selector = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_prices, _news) = SyntheticUniverse.Build();
        int n = _prices.SymbolCount;
        _kernel = new LongShortKernel(_prices, _news.DecayingMean());
        _decayed = new double[_news.Sum.Values.Length];
        _decayState = new double[2 * n];
        Decay();
        _signal = new Panel(_prices.Dates, _prices.Symbols, _decayed);
        _targets = new double[n];
        _selector = new QuantileSelector(n);
    }

    [Benchmark(Baseline = true)]
    public LongShortSummary FastKernel() => _kernel.Run(halfLifeDays: 5, quantile: 0.2, Options);

    /// <summary>The kernel with the band scan packing one value at a time: what a CPU without AVX2 runs, and what AVX2 ran before the permute table.</summary>
    [Benchmark]
    public LongShortSummary FastKernelScalarScan()
    {
        QuantileBandScan.Packing = BandPacking.Scalar;
        try { return _kernel.Run(halfLifeDays: 5, quantile: 0.2, Options); }
        finally { QuantileBandScan.Packing = QuantileBandScan.Fastest; }
    }

    [Benchmark]
    public LongShortSummary FastKernelCompressStore()
    {
        QuantileBandScan.Packing = CompressStoreOrFastest;
        try { return _kernel.Run(halfLifeDays: 5, quantile: 0.2, Options); }
        finally { QuantileBandScan.Packing = QuantileBandScan.Fastest; }
    }

    [Benchmark]
    public int DailySelectionCompressStore()
    {
        QuantileBandScan.Packing = CompressStoreOrFastest;
        try { return DailySelection(); }
        finally { QuantileBandScan.Packing = QuantileBandScan.Fastest; }
    }

    private static BandPacking CompressStoreOrFastest =>
        System.Runtime.Intrinsics.X86.Avx512F.VL.IsSupported ? BandPacking.CompressStore : QuantileBandScan.Fastest;

    [Benchmark]
    public double GeneralEngine()
    {
        var signal = _news.DecayedMean(5);
        var result = Backtester.Run(_prices, new SentimentLongShort(signal, DecisionTiming.Open, 0.2), Options);
        return Returns.Sharpe(Returns.FromEquity(result.Equity)) + Drawdown.Max(result.Equity);
    }

    [Benchmark]
    public void Decay() =>
        SentimentDecay.DecayedRatio(_news.Sum.Values, _news.Count.Values, _prices.SymbolCount, 5, _decayed, _decayState);

    [Benchmark]
    public int DailySelection()
    {
        _selector.Reset();
        int names = 0;
        for (int d = 0; d < _prices.DayCount; d++) names += SentimentLongShort.Weights(_signal.Row(d), 0.2, 1, _targets, _selector);
        return names;
    }

    /// <summary>
    /// The peak working set of the process that ran the benchmarks (run without --inProcess, each benchmark gets its
    /// own): the 500 × 2,520 bar panel with five fields and the sentiment panels, about 90 MB of doubles, plus the
    /// runtime and BenchmarkDotNet.
    /// </summary>
    [GlobalCleanup]
    public void ReportPeakMemory()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"// PeakWorkingSet {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB, managed heap {GC.GetTotalMemory(false) / (1024.0 * 1024):F0} MB");
    }
}
