using BenchmarkDotNet.Attributes;
using Signals.Backtesting.Costs;
using Signals.Backtesting.Portfolios;
using Signals.Data;

namespace Signals.Benchmarks.Research;

/// <summary>Sector- and beta-neutral construction and a costed run on 500 symbols × 2,520 days of synthetic bars.</summary>
[MemoryDiagnoser, MedianColumn]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class PortfolioCostBenchmarks
{
    private BarPanel _bars = null!;
    private Panel _signal = null!, _weights = null!;
    private string[] _sectors = null!;

    // Sparse news: 10 % of symbol-days carry a score, the rest 0.
    [GlobalSetup]
    public void Setup()
    {
        (_bars, _signal, _sectors) = SyntheticBars.Build(seed: 3, newsShare: 0.1, empty: 0, groups: 11);
        _weights = RiskPortfolio.Build(_bars, _signal, new RiskPortfolioOptions { Sectors = _sectors }).Weights;
    }

    [Benchmark]
    public RiskPortfolioResult SectorAndBetaNeutral() => RiskPortfolio.Build(_bars, _signal, new RiskPortfolioOptions { Sectors = _sectors });

    [Benchmark]
    public CostedRun CostedRunAt10M() => CostedPortfolio.Run(_bars, _weights, 1e7);
}
