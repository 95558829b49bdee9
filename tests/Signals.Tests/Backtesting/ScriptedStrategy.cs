using Signals.Backtesting;

namespace Signals.Tests.Backtesting;

/// <summary>A strategy that plays back fixed targets by fill day (symbol 0 only), for hand-computed ledgers.</summary>
internal sealed class ScriptedStrategy(Dictionary<int, double> targetsByFillDay, TargetKind kind = TargetKind.Weights) : Strategy
{
    public override string Name => "scripted";
    public override TargetKind TargetKind => kind;

    public override void Decide(DecisionContext context, Span<double> targets)
    {
        if (targetsByFillDay.TryGetValue(context.FillDay, out double target)) targets[0] = target;
    }
}
