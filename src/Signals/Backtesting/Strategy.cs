using Signals.Data;

namespace Signals.Backtesting;

/// <summary>What the numbers a strategy writes into its targets mean.</summary>
public enum TargetKind
{
    /// <summary>Fraction of equity per symbol, signed (−0.1 = short 10% of equity).</summary>
    Weights,
    /// <summary>Signed number of shares per symbol.</summary>
    Shares,
}

/// <summary>
/// A trading rule: at each decision it maps what is known to target positions. The engine calls
/// <see cref="Decide"/> once per bar with the targets pre-filled with NaN, which means "keep what you hold";
/// write a number only for the symbols you want to move (0 closes a position).
/// One engine runs single-symbol rules and cross-sectional portfolios alike: a panel of one symbol is a series.
/// </summary>
public abstract class Strategy
{
    /// <summary>The short name used on the command line and in reports, e.g. "sma-cross".</summary>
    public abstract string Name { get; }

    /// <summary>Whether the targets <see cref="Decide"/> writes are weights of equity (default) or share counts.</summary>
    public virtual TargetKind TargetKind => TargetKind.Weights;

    /// <summary>The strategy's own parameters, for params.json and tearsheets.</summary>
    public virtual IReadOnlyDictionary<string, object> Parameters { get; } = new Dictionary<string, object>();

    /// <summary>Called once before the first bar; precompute indicators here (causal ones only).</summary>
    public virtual void Initialize(BarPanel prices, BacktestOptions options) { }

    /// <summary>
    /// Writes the target for each symbol (in <see cref="TargetKind"/> units, one slot per panel symbol) from what <paramref name="context"/>
    /// says is known; a slot left NaN keeps the current holding.
    /// </summary>
    public abstract void Decide(DecisionContext context, Span<double> targets);
}

/// <summary>
/// What a strategy may look at when it decides. Prices are known up to the close of <see cref="SignalDay"/>;
/// the order fills on <see cref="FillDay"/> (the next open, or this close). Feature panels aligned by decision
/// point are read at <see cref="KnownRow"/>, which never points past the fill moment.
/// </summary>
public sealed class DecisionContext
{
    private readonly double[] _positions;

    internal DecisionContext(BarPanel prices, BacktestOptions options, double[] positions)
    {
        Prices = prices; Options = options; _positions = positions;
    }

    /// <summary>The whole price panel; only rows up to <see cref="SignalDay"/> (closes) or the fill bar's open may be read without look-ahead.</summary>
    public BarPanel Prices { get; }
    /// <summary>The run's options (fill timing, sizing, costs, limits).</summary>
    public BacktestOptions Options { get; }
    /// <summary>The last bar whose close is known when the decision is made.</summary>
    public int SignalDay { get; internal set; }
    /// <summary>The bar whose open (or close, with <see cref="FillTiming.Close"/>) fills the orders.</summary>
    public int FillDay { get; internal set; }
    /// <summary>Portfolio value at the fill's reference prices, before trading.</summary>
    public double Equity { get; internal set; }
    /// <summary>Cash before this decision's orders, in currency units.</summary>
    public double Cash { get; internal set; }
    /// <summary>Shares held per symbol before this decision's orders.</summary>
    public ReadOnlySpan<double> Positions => _positions;
    /// <summary>The date of the fill bar.</summary>
    public DateOnly Date => Prices.Dates[FillDay];

    /// <summary>
    /// The latest row of a feature panel aligned on decision points of <paramref name="timing"/> that is known when
    /// the orders fill: a next-open fill may use open-timed news of the fill day but close-timed news only of the day
    /// before; a close fill may use both of the fill day. −1 when nothing is known yet.
    /// </summary>
    public int KnownRow(DecisionTiming timing) =>
        Options.Fill == FillTiming.NextOpen && timing == DecisionTiming.Close ? FillDay - 1 : FillDay;
}
