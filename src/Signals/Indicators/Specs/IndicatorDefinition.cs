using System.Globalization;
using Signals.Data;

namespace Signals.Indicators;

/// <summary>A spec parameter; a NaN default means the argument is required.</summary>
internal sealed record SpecParameter(string Name, double Default = double.NaN, int Minimum = 1, bool IsInteger = true);

/// <summary>What one spec name means: its parameters, its fields and how to compute them over bars.</summary>
internal sealed class IndicatorDefinition
{
    private readonly Func<BarSeries, SpecArguments, double[][]> _compute;
    private readonly Action<SpecArguments>? _check;

    private IndicatorDefinition(string name, SpecParameter[] parameters, string[] fields,
        Func<BarSeries, SpecArguments, double[][]> compute, Action<SpecArguments>? check = null, int flagField = -1, bool restAsOne = false)
    {
        Name = name; Parameters = parameters; Fields = fields; _compute = compute; _check = check;
        FlagField = flagField; TakesRestAsOneArgument = restAsOne;
    }

    public string Name { get; }
    public SpecParameter[] Parameters { get; }
    public string[] Fields { get; }
    public int FlagField { get; }
    public bool TakesRestAsOneArgument { get; }

    public string Usage => Parameters.Length == 0 ? Name : $"{Name}:{string.Join(':', Parameters.Select(p => p.Name))}";

    public double[][] Compute(BarSeries bars, SpecArguments args) => _compute(bars, args);

    /// <summary>Reads every argument once (so a bad one fails at parse time) and checks how they relate.</summary>
    public void Validate(SpecArguments args)
    {
        for (int i = 0; i < Parameters.Length; i++)
        {
            var p = Parameters[i];
            if (double.IsNaN(p.Default) && args.Text(i) is null)
                throw new ArgumentException($"Spec '{args.Spec}' needs {p.Name}: write {Usage}.");
            if (TakesRestAsOneArgument) continue;
            if (p.IsInteger) args.Int(i); else args.Double(i);
        }
        _check?.Invoke(args);
    }

    public static IndicatorDefinition? Find(string name) => All.FirstOrDefault(d => d.Name == name);

    private static SpecParameter Period(double @default = double.NaN, int minimum = 1) => new("period", @default, minimum);

    public static readonly IndicatorDefinition[] All =
    [
        new("sma", [Period()], ["sma"], (b, a) => [b.Close.Sma(a.Int(0))]),
        new("ema", [Period()], ["ema"], (b, a) => [b.Close.Ema(a.Int(0))]),
        new("wma", [Period()], ["wma"], (b, a) => [b.Close.Wma(a.Int(0))]),
        new("rsi", [Period(14)], ["rsi"], (b, a) => [b.Close.Rsi(a.Int(0))]),
        new("macd", [new("fast", 12), new("slow", 26), new("signal", 9)], ["macd", "signal", "histogram", "fastEma", "slowEma"],
            (b, a) =>
            {
                var r = b.Close.Macd(a.Int(0), a.Int(1), a.Int(2));
                return [r.Macd, r.Signal, r.Histogram, r.FastEma, r.SlowEma];
            },
            a =>
            {
                if (a.Int(1) <= a.Int(0)) throw new ArgumentException($"Spec '{a.Spec}': slow must be greater than fast.");
            }),
        new("bb", [Period(20), new("deviations", 2, IsInteger: false)], ["sma", "upperBand", "lowerBand", "percentB", "zScore", "width"],
            (b, a) =>
            {
                var r = b.Close.BollingerBands(a.Int(0), a.Double(1));
                return [r.Sma, r.UpperBand, r.LowerBand, r.PercentB, r.ZScore, r.Width];
            }),
        new("atr", [Period(14)], ["tr", "atr", "atrp"],
            (b, a) =>
            {
                var r = b.Atr(a.Int(0));
                return [r.Tr, r.Atr, r.Atrp];
            }),
        new("stoch", [Period(14), new("signal", 3), new("smooth", 3)], ["oscillator", "signal", "percentJ"],
            (b, a) =>
            {
                var r = b.Stochastic(a.Int(0), a.Int(1), a.Int(2));
                return [r.Oscillator, r.Signal, r.PercentJ];
            }),
        new("adx", [Period(14)], ["pdi", "mdi", "dx", "adx", "adxr"],
            (b, a) =>
            {
                var r = b.Adx(a.Int(0));
                return [r.Pdi, r.Mdi, r.Dx, r.Adx, r.Adxr];
            }),
        new("obv", [], ["obv"], (b, a) => [b.Obv()]),
        new("willr", [Period(14)], ["williamsR"], (b, a) => [b.WilliamsR(a.Int(0))]),
        new("cci", [Period(20)], ["cci"], (b, a) => [b.Cci(a.Int(0))]),
        new("roc", [Period()], ["roc", "momentum"],
            (b, a) =>
            {
                var r = b.Close.Roc(a.Int(0));
                return [r.Roc, r.Momentum];
            }),
        new("psar", [new("step", 0.02, IsInteger: false), new("max", 0.2, IsInteger: false), new("initial", 0.02, IsInteger: false)], ["sar", "isReversal"],
            (b, a) =>
            {
                var r = b.ParabolicSar(a.Double(0), a.Double(1), a.Text(2) is null ? null : a.Double(2));
                var flags = new double[b.Count];
                for (int i = 0; i < flags.Length; i++) flags[i] = double.IsNaN(r.Sar[i]) ? double.NaN : r.IsReversal[i] ? 1 : 0;
                return [r.Sar, flags];
            },
            a =>
            {
                double step = a.Double(0), max = a.Double(1);
                double initial = a.Text(2) is null ? step : a.Double(2);
                if (step > max || initial > max) throw new ArgumentException($"Spec '{a.Spec}': max must be at least step and initial.");
            },
            flagField: 1),
        new("vwap", [new("start", 0)], ["vwap"], (b, a) => [VwapFrom(b, AnchorIndex(b, a))],
            a => AnchorIndex(new BarSeries("", [], [], [], [], [], []), a), restAsOne: true),
        new("donchian", [Period(20)], ["upperBand", "centerline", "lowerBand", "width"],
            (b, a) =>
            {
                var r = b.Donchian(a.Int(0));
                return [r.UpperBand, r.Centerline, r.LowerBand, r.Width];
            }),
        new("keltner", [Period(20), new("multiplier", 2, IsInteger: false), new("atrPeriod", 10)], ["upperBand", "centerline", "lowerBand", "width"],
            (b, a) =>
            {
                var r = b.Keltner(a.Int(0), a.Double(1), a.Int(2));
                return [r.UpperBand, r.Centerline, r.LowerBand, r.Width];
            }),
        new("zscore", [Period(minimum: 2)], ["zscore"], (b, a) => [b.Close.ZScore(a.Int(0))]),
        new("rvol", [Period(minimum: 2), new("periodsPerYear", 252, IsInteger: false)], ["rvol"], (b, a) => [b.Close.RealizedVolatility(a.Int(0), a.Double(1))]),
        new("ret", [], ["ret"], (b, a) => [b.Close.SimpleReturns()]),
        new("logret", [], ["logret"], (b, a) => [b.Close.LogReturns()]),
    ];

    private static double[] VwapFrom(BarSeries bars, int startIndex)
    {
        var result = Series.New(bars.Count);
        IndicatorKernels.Vwap(bars.High, bars.Low, bars.Close, bars.Volume, result, startIndex);
        return result;
    }

    /// <summary>
    /// The first bar at or after a VWAP anchor. An anchor with an offset is an instant; one without is read on
    /// the bars' own clock (an exchange-local "2020-12-15T10:00" means 10:00 at the exchange).
    /// </summary>
    private static int AnchorIndex(BarSeries bars, SpecArguments a)
    {
        var text = a.Text(0);
        if (text is null) return 0;
        string[] local = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(text, local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            for (int i = 0; i < bars.Count; i++)
                if (bars.Timestamps[i].DateTime >= clock) return i;
            return bars.Count;
        }
        if (DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            for (int i = 0; i < bars.Count; i++)
                if (bars.Timestamps[i] >= instant) return i;
            return bars.Count;
        }
        throw new ArgumentException($"Spec '{a.Spec}': '{text}' is not an ISO date or date-time to anchor the VWAP at.");
    }
}
