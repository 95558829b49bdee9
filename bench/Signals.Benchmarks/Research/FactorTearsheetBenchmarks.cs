using BenchmarkDotNet.Attributes;
using Signals.Analytics.FactorTearsheets;
using Signals.Data;

namespace Signals.Benchmarks.Research;

/// <summary>
/// Every figure's data of the factor tearsheet (horizons 1/5/10/20, quintiles, 10 groups) on 500 symbols × 2,520 days;
/// target ≤ 1 s single-threaded (the tearsheet runs on the calling thread). Default and no-AVX-512 jobs.
/// </summary>
[MemoryDiagnoser, MedianColumn]
[InstructionSetJobs(warmupCount: 1, iterationCount: 7)]
public class FactorTearsheetBenchmarks
{
    private BarPanel _bars = null!;
    private Panel _factor = null!;
    private string[] _groups = null!;

    // 98 % of symbol-days carry a value, 2 % missing, as in the IC benchmark.
    [GlobalSetup]
    public void Setup() => (_bars, _factor, _groups) = SyntheticBars.Build(seed: 4, newsShare: 0.98, empty: double.NaN, groups: 10);

    [Benchmark]
    public FactorTearsheetResult AllFigures() => FactorTearsheet.Compute(_factor, _bars, new FactorTearsheetOptions { Groups = _groups });
}
