using BenchmarkDotNet.Attributes;
using Signals.Analytics;
using Signals.Data;

namespace Signals.Benchmarks.Analytics;

/// <summary>IC of one signal against 500 symbols × 2,520 days of bars, at horizons 1, 5, 10 and 20.</summary>
[MemoryDiagnoser, MedianColumn]
[InstructionSetJobs(warmupCount: 2, iterationCount: 10)]
public class InformationCoefficientBenchmarks
{
    private const int Days = 2520, Symbols = 500;
    private BarPanel _bars = null!;
    private Panel _signal = null!, _forward5 = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(2);
        var dates = new DateOnly[Days];
        var d = new DateOnly(2015, 1, 2);
        for (int i = 0; i < Days; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
            dates[i] = d;
            d = d.AddDays(1);
        }
        var symbols = Enumerable.Range(0, Symbols).Select(s => $"S{s:D3}").ToArray();
        Panel o = new(dates, symbols), c = new(dates, symbols);
        _signal = new Panel(dates, symbols);
        for (int s = 0; s < Symbols; s++)
        {
            double price = 100;
            for (int t = 0; t < Days; t++)
            {
                o[t, s] = price * (1 + 0.003 * (rng.NextDouble() - 0.5));
                price = o[t, s] * (1 + 0.02 * (rng.NextDouble() - 0.5));
                c[t, s] = price;
                // 2% missing signal values, as a sparse news feature would have.
                _signal[t, s] = rng.NextDouble() < 0.02 ? double.NaN : rng.NextDouble();
            }
        }
        _bars = new BarPanel(dates, symbols, o, c, c, c, c);
        _forward5 = ForwardReturns.Compute(_bars, 5);
    }

    [Benchmark]
    public IcAnalysis SpearmanFourHorizons() => InformationCoefficient.Of(_signal, _bars, method: IcMethod.Spearman);

    [Benchmark]
    public IcAnalysis PearsonFourHorizons() => InformationCoefficient.Of(_signal, _bars, method: IcMethod.Pearson);

    [Benchmark]
    public QuantileReturns Quintiles5Day() => QuantileReturns.Compute(_signal, _forward5, 5);
}
