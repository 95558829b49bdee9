using BenchmarkDotNet.Attributes;
using Signals.Analytics.FactorTearsheets;
using Signals.Data;

namespace Signals.Benchmarks.Research;

/// <summary>Every figure's data of the factor tearsheet (horizons 1/5/10/20, quintiles, 10 groups) on 500 symbols × 2,520 days; target ≤ 1 s.</summary>
[MemoryDiagnoser, MedianColumn]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class FactorTearsheetBenchmarks
{
    private const int Days = 2520, Symbols = 500;
    private BarPanel _bars = null!;
    private Panel _factor = null!;
    private string[] _groups = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(4);
        var dates = new DateOnly[Days];
        var d = new DateOnly(2015, 1, 2);
        for (int i = 0; i < Days; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
            dates[i] = d;
            d = d.AddDays(1);
        }
        var symbols = Enumerable.Range(0, Symbols).Select(s => $"S{s:D3}").ToArray();
        _groups = Enumerable.Range(0, Symbols).Select(s => "g" + (s % 10)).ToArray();
        Panel o = new(dates, symbols), c = new(dates, symbols);
        _factor = new Panel(dates, symbols);
        for (int s = 0; s < Symbols; s++)
        {
            double price = 100;
            for (int t = 0; t < Days; t++)
            {
                o[t, s] = price * (1 + 0.003 * (rng.NextDouble() - 0.5));
                price = o[t, s] * (1 + 0.02 * (rng.NextDouble() - 0.5));
                c[t, s] = price;
                _factor[t, s] = rng.NextDouble() < 0.02 ? double.NaN : rng.NextDouble();
            }
        }
        _bars = new BarPanel(dates, symbols, o, c, c, c, c);
    }

    [Benchmark]
    public FactorTearsheetResult AllFigures() => FactorTearsheet.Compute(_factor, _bars, new FactorTearsheetOptions { Groups = _groups });
}
