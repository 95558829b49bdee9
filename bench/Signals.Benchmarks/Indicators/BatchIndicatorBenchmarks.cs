using BenchmarkDotNet.Attributes;
using Signals.Data;
using Signals.Indicators;

namespace Signals.Benchmarks.Indicators;

/// <summary>
/// The public batch call of each indicator, result arrays included, as a user makes it.
/// Run: dotnet run -c Release --project bench/Signals.Benchmarks -- --filter '*BatchIndicator*'
/// </summary>
[MemoryDiagnoser, MedianColumn, InstructionSetJobs]
public class BatchIndicatorBenchmarks
{
    private BarSeries _bars = null!;
    private double[] _closes = null!;

    [Params(502, 100_000)]
    public int N;

    [GlobalSetup]
    public void Setup()
    {
        _bars = BenchBars.Walk(N);
        _closes = _bars.Close;
    }

    [Benchmark] public double[] Sma() => _closes.Sma(20);
    [Benchmark] public double[] Ema() => _closes.Ema(20);
    [Benchmark] public double[] Wma() => _closes.Wma(20);
    [Benchmark] public double[] Rsi() => _closes.Rsi(14);
    [Benchmark] public MacdResult Macd() => _closes.Macd(12, 26, 9);
    [Benchmark] public BollingerBandsResult Bollinger() => _closes.BollingerBands(20, 2);
    [Benchmark] public AtrResult Atr() => _bars.Atr(14);
    [Benchmark] public StochasticResult Stochastic() => _bars.Stochastic(14, 3, 3);
    [Benchmark] public AdxResult Adx() => _bars.Adx(14);
    [Benchmark] public double[] Obv() => _bars.Obv();
    [Benchmark] public double[] WilliamsR() => _bars.WilliamsR(14);
    [Benchmark] public double[] Cci() => _bars.Cci(20);
    [Benchmark] public RocResult Roc() => _closes.Roc(14);
    [Benchmark] public ParabolicSarResult ParabolicSar() => _bars.ParabolicSar(0.02, 0.2);
    [Benchmark] public double[] Vwap() => _bars.Vwap();
    [Benchmark] public double[] ZScore() => _closes.ZScore(20);
    [Benchmark] public double[] RealizedVolatility() => _closes.RealizedVolatility(20);
    [Benchmark] public double[] LogReturns() => _closes.LogReturns();
}
