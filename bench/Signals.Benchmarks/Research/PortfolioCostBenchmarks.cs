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
    private const int Days = 2520, Symbols = 500;
    private BarPanel _bars = null!;
    private Panel _signal = null!, _weights = null!;
    private string[] _sectors = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(3);
        var dates = new DateOnly[Days];
        var d = new DateOnly(2015, 1, 2);
        for (int i = 0; i < Days; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
            dates[i] = d;
            d = d.AddDays(1);
        }
        var symbols = Enumerable.Range(0, Symbols).Select(s => $"S{s:D3}").ToArray();
        _sectors = Enumerable.Range(0, Symbols).Select(s => "sector" + (s % 11)).ToArray();
        Panel o = new(dates, symbols), c = new(dates, symbols), v = new(dates, symbols);
        _signal = new Panel(dates, symbols);
        for (int s = 0; s < Symbols; s++)
        {
            double price = 20 + 200 * rng.NextDouble();
            for (int t = 0; t < Days; t++)
            {
                o[t, s] = price * (1 + 0.003 * (rng.NextDouble() - 0.5));
                price = o[t, s] * (1 + 0.03 * (rng.NextDouble() - 0.5));
                c[t, s] = price;
                v[t, s] = 1e6 * (0.5 + rng.NextDouble());
                _signal[t, s] = rng.NextDouble() < 0.9 ? 0 : rng.NextDouble() - 0.5;   // sparse news
            }
        }
        _bars = new BarPanel(dates, symbols, o, c, c, c, v);
        _weights = RiskPortfolio.Build(_bars, _signal, new RiskPortfolioOptions { Sectors = _sectors }).Weights;
    }

    [Benchmark]
    public RiskPortfolioResult SectorAndBetaNeutral() => RiskPortfolio.Build(_bars, _signal, new RiskPortfolioOptions { Sectors = _sectors });

    [Benchmark]
    public CostedRun CostedRunAt10M() => CostedPortfolio.Run(_bars, _weights, 1e7);
}
