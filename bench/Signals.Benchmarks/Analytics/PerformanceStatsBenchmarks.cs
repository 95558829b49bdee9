using BenchmarkDotNet.Attributes;
using Signals.Analytics;
using Signals.Backtesting;
using Signals.Numerics;

namespace Signals.Benchmarks.Analytics;

/// <summary>Headline statistics of ten years of daily equity with a benchmark and 500 trades.</summary>
[MemoryDiagnoser, MedianColumn]
[InstructionSetJobs(warmupCount: 3, iterationCount: 15)]
public class PerformanceStatsBenchmarks
{
    private const int Days = 2520;
    private DateOnly[] _dates = [];
    private double[] _equity = [], _benchmark = [], _exposure = [], _turnover = [];
    private Trade[] _trades = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(1);
        _dates = new DateOnly[Days];
        _equity = new double[Days];
        _benchmark = new double[Days];
        _exposure = new double[Days];
        _turnover = new double[Days];
        var d = new DateOnly(2015, 1, 2);
        double e = 1e6, b = 100;
        for (int i = 0; i < Days; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
            _dates[i] = d;
            d = d.AddDays(1);
            double market = 0.01 * (rng.NextDouble() - 0.5);
            b *= 1 + market;
            e *= 1 + 0.0002 + 0.8 * market + 0.005 * (rng.NextDouble() - 0.5);
            _equity[i] = e; _benchmark[i] = b;
            _exposure[i] = rng.NextDouble() < 0.9 ? 1 : 0;
            _turnover[i] = 0.1 * rng.NextDouble();
        }
        _trades = Enumerable.Range(0, 500).Select(i =>
        {
            double r = 0.05 * (rng.NextDouble() - 0.45);
            return new Trade("S" + (i % 50), _dates[i * 5], _dates[i * 5 + 3], 100, 50, 50 * (1 + r), 5000 * r, r);
        }).ToArray();
    }

    [Benchmark]
    public PerformanceStats OfEquityCurve() => PerformanceStats.Of(_dates, _equity, _exposure, _turnover, _trades, _benchmark);

    [Benchmark]
    public MonthlyReturns MonthlyTable() => MonthlyReturns.Compute(_dates, _equity);

    [Benchmark]
    public double[] RollingSharpe126() => Returns.RollingSharpe(Returns.FromEquity(_equity), 126);

    [Benchmark]
    public ConfidenceInterval BootstrapSharpe1000() => SharpeBootstrap.Sharpe(Returns.FromEquity(_equity), samples: 1000, seed: 7);
}
