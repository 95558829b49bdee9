namespace Signals.Sentiment.Llm;

/// <summary>
/// Keeps a batch under its dollar budget. A request reserves its expected cost before it starts, and settles
/// to the real cost when it ends; a request that would take spent + reserved past the budget is refused, and
/// from then on every request is refused, so the batch stops cleanly with all finished work kept.
/// </summary>
internal sealed class CostBudget(double? maxUsd)
{
    private readonly Lock _gate = new();
    private double _spent;
    private double _reserved;
    private string? _stopReason;

    public double SpentUsd { get { lock (_gate) return _spent; } }

    public bool TryReserve(double expectedUsd, out string? refusal)
    {
        lock (_gate)
        {
            if (_stopReason is null && maxUsd is { } max && _spent + _reserved + expectedUsd > max)
                _stopReason = FormattableString.Invariant(
                    $"budget: ${_spent:0.0000} spent and ${_reserved:0.0000} in flight of ${max:0.0000}; the next request (~${expectedUsd:0.0000}) would exceed it");
            refusal = _stopReason;
            if (_stopReason is not null) return false;
            _reserved += expectedUsd;
            return true;
        }
    }

    public void Settle(double reservedUsd, double actualUsd)
    {
        lock (_gate)
        {
            _reserved = Math.Max(0, _reserved - reservedUsd);
            _spent += actualUsd;
        }
    }
}
