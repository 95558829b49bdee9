using Signals.Data;

namespace Signals.Backtesting.Strategies;

/// <summary>
/// The textbook moving-average crossover. On bar t the fast SMA crosses above the slow one when
/// fast[t−1] &lt; slow[t−1] and fast[t] &gt; slow[t] (strict both times; touching is not crossing): go long with
/// all equity (split equally when the panel holds several symbols). The opposite cross exits, or with
/// <see cref="AllowShort"/> reverses to an all-equity short. Between crosses the position is left alone.
/// </summary>
public sealed class SmaCross : Strategy
{
    private double[][] _fast = [], _slow = [];

    public SmaCross(int fast = 10, int slow = 20, bool allowShort = false)
    {
        if (fast < 1 || slow < 1) throw new ArgumentOutOfRangeException(nameof(fast), "SMA lengths must be at least 1.");
        if (fast >= slow) throw new ArgumentException($"The fast SMA ({fast}) must be shorter than the slow one ({slow}).");
        Fast = fast; Slow = slow; AllowShort = allowShort;
    }

    public int Fast { get; }
    public int Slow { get; }
    public bool AllowShort { get; }
    public override string Name => "sma-cross";
    public override IReadOnlyDictionary<string, object> Parameters =>
        new Dictionary<string, object> { ["fast"] = Fast, ["slow"] = Slow, ["short"] = AllowShort };

    public override void Initialize(BarPanel prices, BacktestOptions options)
    {
        int n = prices.SymbolCount;
        _fast = new double[n][]; _slow = new double[n][];
        for (int s = 0; s < n; s++)
        {
            var close = prices.Close.Column(s);
            _fast[s] = RollingMean.Of(close, Fast);
            _slow[s] = RollingMean.Of(close, Slow);
        }
    }

    public override void Decide(DecisionContext context, Span<double> targets)
    {
        int t = context.SignalDay;
        if (t < 1) return;
        double weight = 1.0 / targets.Length;
        for (int s = 0; s < targets.Length; s++)
        {
            double f0 = _fast[s][t - 1], s0 = _slow[s][t - 1], f1 = _fast[s][t], s1 = _slow[s][t];
            if (f0 < s0 && f1 > s1) targets[s] = weight;
            else if (f0 > s0 && f1 < s1) targets[s] = AllowShort ? -weight : 0;
        }
    }
}
