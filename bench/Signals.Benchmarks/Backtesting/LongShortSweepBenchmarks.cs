using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;

namespace Signals.Benchmarks.Backtesting;

/// <summary>
/// 1,000 configurations of the fast long-short (10 half-lives × 5 quantiles × 4 commissions × 5 slippages) on
/// 500 × 2,520 with Analytics' <see cref="ParameterSweep"/> on two workers, one kernel (and its buffers) per thread.
/// Run: dotnet run -c Release --project bench/Signals.Benchmarks -- --filter '*LongShortSweepBenchmarks*'
/// </summary>
[InstructionSetJobs(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser, MedianColumn]
public class LongShortSweepBenchmarks
{
    private BarPanel _prices = null!;
    private DailySentiment _news = null!;
    private IReadOnlyList<(double HalfLife, double Quantile, double Commission, double Slippage)> _grid = [];
    private int _reported;

    [GlobalSetup]
    public void Setup()
    {
        (_prices, _news) = SyntheticUniverse.Build();
        double[] halfLives = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89], quantiles = [0.05, 0.1, 0.2, 0.3, 0.5];
        double[] commissions = [0, 1, 2, 5], slippages = [0, 2, 5, 10, 20];
        _grid = (from h in halfLives from q in quantiles from c in commissions from s in slippages select (h, q, c, s)).ToArray();
    }

    [Benchmark]
    public double Sweep1000OnTwoCores()
    {
        using var kernels = new ThreadLocal<LongShortKernel>(() => new LongShortKernel(_prices, _news.DecayingMean()));
        var progress = new Progress<(int Done, int Total)>(p => Volatile.Write(ref _reported, p.Done));
        var sweep = ParameterSweep.Run(_grid, config =>
        {
            var options = new BacktestOptions { Sizing = Sizing.Fractional, Costs = new CostModel(config.Commission, 0, config.Slippage, 50) };
            return kernels.Value!.Run(config.HalfLife, config.Quantile, options).Sharpe;
        }, maxDegreeOfParallelism: 2, progress: progress);
        return sweep.Best(sharpe => sharpe).Result;
    }

    [GlobalCleanup]
    public void Report() => Console.WriteLine($"// sweep progress last reported {_reported}/{_grid.Count}");
}
