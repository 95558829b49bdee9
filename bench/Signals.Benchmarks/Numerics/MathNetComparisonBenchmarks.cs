using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Statistics;
using Signals.Analytics;
using Signals.Numerics;

namespace Signals.Benchmarks.Numerics;

/// <summary>
/// The kit's hand-written moments and per-day Spearman against MathNet.Numerics doing the same job (the agreement is
/// tested in MathNetAgreementTests): ten years of daily returns with gaps, and one 500-name cross-section as the IC's
/// daily loop ranks it. MathNet takes IEnumerable&lt;double&gt; without NaN, so its rows include the copy that drops NaN.
/// Run: dotnet run -c Release --project bench/Signals.Benchmarks -- --filter '*MathNetComparisonBenchmarks*'
/// </summary>
[MemoryDiagnoser, MedianColumn]
[InstructionSetJobs(warmupCount: 3, iterationCount: 15)]
public class MathNetComparisonBenchmarks
{
    private double[] _returns = [], _x = [], _y = [];
    private CrossSectionScratch _scratch = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(7);
        _returns = Enumerable.Range(0, 2520).Select(i => i % 50 == 0 ? double.NaN : 0.01 * (rng.NextDouble() - 0.5)).ToArray();
        _x = Enumerable.Range(0, 500).Select(_ => rng.NextDouble()).ToArray();
        _y = _x.Select(v => 0.2 * v + rng.NextDouble()).ToArray();
        _scratch = new CrossSectionScratch(500);
    }

    [Benchmark]
    public Moments MomentsOurs() => Moments.Of(_returns);

    [Benchmark]
    public (double, double, double, double) MomentsMathNet()
    {
        var finite = _returns.Where(v => !double.IsNaN(v)).ToArray();
        var (skewness, kurtosis) = Statistics.PopulationSkewnessKurtosis(finite);
        return (finite.Mean(), finite.StandardDeviation(), skewness, kurtosis + 3);
    }

    [Benchmark]
    public double SpearmanOurs()
    {
        Ranking.AverageRanks(_x, _scratch.RankX, _scratch.Keys, _scratch.Order);
        Ranking.AverageRanks(_y, _scratch.RankY, _scratch.Keys, _scratch.Order);
        return Ranking.Pearson(_scratch.RankX, _scratch.RankY);
    }

    [Benchmark]
    public double SpearmanMathNet() => Correlation.Spearman(_x, _y);
}
