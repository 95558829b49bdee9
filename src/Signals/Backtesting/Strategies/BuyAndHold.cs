using Signals.Data;

namespace Signals.Backtesting.Strategies;

/// <summary>Buys every symbol in equal weight at its first fill and holds to the end: the benchmark every rule must beat.</summary>
public sealed class BuyAndHold : Strategy
{
    private bool[] _bought = [];

    /// <inheritdoc/>
    public override string Name => "buy-and-hold";

    /// <inheritdoc/>
    public override void Initialize(BarPanel prices, BacktestOptions options) => _bought = new bool[prices.SymbolCount];

    /// <summary>Sets weight 1/N on each symbol the first time it has a fill price, then never trades it again.</summary>
    public override void Decide(DecisionContext context, Span<double> targets)
    {
        var reference = context.Options.Fill == FillTiming.NextOpen
            ? context.Prices.Open.Row(context.FillDay) : context.Prices.Close.Row(context.FillDay);
        for (int s = 0; s < targets.Length; s++)
        {
            if (_bought[s] || double.IsNaN(reference[s])) continue;
            targets[s] = 1.0 / targets.Length;
            _bought[s] = true;
        }
    }
}
