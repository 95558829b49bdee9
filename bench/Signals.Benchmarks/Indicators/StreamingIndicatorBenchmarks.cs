using BenchmarkDotNet.Attributes;
using Signals.Data;
using Signals.Indicators;

namespace Signals.Benchmarks.Indicators;

/// <summary>
/// A new stream fed every bar, one update at a time. The allocation is the stream's construction only: it is
/// the same at 502 and 100,000 bars, i.e. nothing per update; time / N is the cost of one update.
/// Run: dotnet run -c Release --project bench/Signals.Benchmarks -- --filter '*StreamingIndicator*'
/// </summary>
[MemoryDiagnoser, MedianColumn, InstructionSetJobs]
public class StreamingIndicatorBenchmarks
{
    private BarSeries _bars = null!;
    private double[] _closes = null!;
    private double[] _highs = null!;
    private double[] _lows = null!;
    private double[] _volumes = null!;

    [Params(502, 100_000)]
    public int N;

    [GlobalSetup]
    public void Setup()
    {
        _bars = BenchBars.Walk(N);
        (_closes, _highs, _lows, _volumes) = (_bars.Close, _bars.High, _bars.Low, _bars.Volume);
    }

    [Benchmark]
    public double Sma()
    {
        var s = new SmaStream(20);
        foreach (var x in _closes) s.Add(x);
        return s.Value;
    }

    [Benchmark]
    public double Ema()
    {
        var s = new EmaStream(20);
        foreach (var x in _closes) s.Add(x);
        return s.Value;
    }

    [Benchmark]
    public double Wma()
    {
        var s = new WmaStream(20);
        foreach (var x in _closes) s.Add(x);
        return s.Value;
    }

    [Benchmark]
    public double Rsi()
    {
        var s = new RsiStream(14);
        foreach (var x in _closes) s.Add(x);
        return s.Value;
    }

    [Benchmark]
    public MacdPoint Macd()
    {
        var s = new MacdStream(12, 26, 9);
        foreach (var x in _closes) s.Add(x);
        return s.Value;
    }

    [Benchmark]
    public BollingerPoint Bollinger()
    {
        var s = new BollingerBandsStream(20, 2);
        foreach (var x in _closes) s.Add(x);
        return s.Value;
    }

    [Benchmark]
    public double Roc()
    {
        var s = new RocStream(14);
        foreach (var x in _closes) s.Add(x);
        return s.Value.Roc;
    }

    [Benchmark]
    public AtrPoint Atr()
    {
        var s = new AtrStream(14);
        for (int i = 0; i < _closes.Length; i++) s.Add(_highs[i], _lows[i], _closes[i]);
        return s.Value;
    }

    [Benchmark]
    public StochasticPoint Stochastic()
    {
        var s = new StochasticStream(14, 3, 3);
        for (int i = 0; i < _closes.Length; i++) s.Add(_highs[i], _lows[i], _closes[i]);
        return s.Value;
    }

    [Benchmark]
    public AdxPoint Adx()
    {
        var s = new AdxStream(14);
        for (int i = 0; i < _closes.Length; i++) s.Add(_highs[i], _lows[i], _closes[i]);
        return s.Value;
    }

    [Benchmark]
    public double WilliamsR()
    {
        var s = new WilliamsRStream(14);
        for (int i = 0; i < _closes.Length; i++) s.Add(_highs[i], _lows[i], _closes[i]);
        return s.Value;
    }

    [Benchmark]
    public double Cci()
    {
        var s = new CciStream(20);
        for (int i = 0; i < _closes.Length; i++) s.Add(_highs[i], _lows[i], _closes[i]);
        return s.Value;
    }

    [Benchmark]
    public double Obv()
    {
        var s = new ObvStream();
        for (int i = 0; i < _closes.Length; i++) s.Add(_closes[i], _volumes[i]);
        return s.Value;
    }

    [Benchmark]
    public double Vwap()
    {
        var s = new VwapStream();
        for (int i = 0; i < _closes.Length; i++) s.Add(_highs[i], _lows[i], _closes[i], _volumes[i]);
        return s.Value;
    }

    [Benchmark]
    public ParabolicSarPoint ParabolicSar()
    {
        var s = new ParabolicSarStream(0.02, 0.2);
        for (int i = 0; i < _closes.Length; i++) s.Add(_highs[i], _lows[i]);
        return s.Value;
    }
}
