using Signals.Data;
using Signals.Indicators;

namespace Signals.Backtesting.Strategies;

/// <summary>
/// The textbook moving-average crossover. On bar t the fast SMA crosses above the slow one when
/// fast[t−1] &lt; slow[t−1] and fast[t] &gt; slow[t] (strict both times; touching is not crossing): go long with
/// all equity (split equally when the panel holds several symbols). The opposite cross exits, or with
/// <see cref="AllowShort"/> reverses to an all-equity short. Between crosses the position is left alone.
/// The averages are the library's <see cref="IndicatorExtensions.Sma(double[], int)"/>: NaN in warm-up and in any
/// window that holds a missing close, so no cross is seen there.
/// </summary>
public sealed class SmaCross : Strategy
{
    private double[][] _fast = [], _slow = [];

    /// <summary>A crossover of a <paramref name="fast"/>-bar and a <paramref name="slow"/>-bar SMA of closes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A length is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="fast"/> is not shorter than <paramref name="slow"/>.</exception>
    public SmaCross(int fast = 10, int slow = 20, bool allowShort = false)
    {
        if (fast < 1 || slow < 1) throw new ArgumentOutOfRangeException(nameof(fast), "SMA lengths must be at least 1.");
        if (fast >= slow) throw new ArgumentException($"The fast SMA ({fast}) must be shorter than the slow one ({slow}).");
        Fast = fast; Slow = slow; AllowShort = allowShort;
    }

    /// <summary>Bars in the fast SMA.</summary>
    public int Fast { get; }
    /// <summary>Bars in the slow SMA.</summary>
    public int Slow { get; }
    /// <summary>Whether a downward cross reverses to a short (otherwise it exits to flat).</summary>
    public bool AllowShort { get; }
    /// <inheritdoc/>
    public override string Name => "sma-cross";
    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object> Parameters =>
        new Dictionary<string, object> { ["fast"] = Fast, ["slow"] = Slow, ["short"] = AllowShort };

    /// <summary>Computes both SMAs of each symbol's closes once, before the run.</summary>
    public override void Initialize(BarPanel prices, BacktestOptions options)
    {
        int n = prices.SymbolCount;
        _fast = new double[n][]; _slow = new double[n][];
        for (int s = 0; s < n; s++)
        {
            var close = prices.Close.Column(s);
            _fast[s] = close.Sma(Fast);
            _slow[s] = close.Sma(Slow);
        }
    }

    /// <summary>On a cross at the signal bar: weight +1/N (up) or −1/N / 0 (down); between crosses nothing is written, so the position stays.</summary>
    public override void Decide(DecisionContext context, Span<double> targets)
    {
        int t = context.SignalDay;
        if (t < 1) return;
        double weight = 1.0 / targets.Length;
        for (int s = 0; s < targets.Length; s++)
        {
            int before = Side(_fast[s][t - 1], _slow[s][t - 1]), now = Side(_fast[s][t], _slow[s][t]);
            if (before < 0 && now > 0) targets[s] = weight;
            else if (before > 0 && now < 0) targets[s] = AllowShort ? -weight : 0;
        }
    }

    /// <summary>
    /// +1 when fast is above slow, −1 below, 0 when they touch. Prices in cents often make the two means equal exactly
    /// (ten closes summing to half of twenty); a running sum then leaves a last-bit difference, so means within a
    /// relative 1e-10 count as touching and rounding never decides a cross. NaN (warm-up, missing close) is 0.
    /// </summary>
    private static int Side(double fast, double slow)
    {
        double gap = fast - slow;
        if (!(Math.Abs(gap) > TouchTolerance * Math.Abs(slow))) return 0;
        return gap > 0 ? 1 : -1;
    }

    private const double TouchTolerance = 1e-10;
}
