namespace Signals.Sentiment.Llm;

/// <summary>Counters, budget and stop flag of one scoring batch, reported after each item.</summary>
internal sealed class LlmBatch(int total, CostBudget budget, IProgress<ScoringProgress>? progress)
{
    private int _completed, _failed, _cached;
    private string? _stopReason;
    public CostBudget Budget { get; } = budget;

    /// <summary>Set once a permanent error shows the rest of the batch cannot succeed.</summary>
    public string? StopReason => Volatile.Read(ref _stopReason);
    public void Stop(string reason) => Interlocked.CompareExchange(ref _stopReason, reason, null);

    public void Finished(SentimentResult result)
    {
        Interlocked.Increment(ref _completed);
        if (result.Cached) Interlocked.Increment(ref _cached);
        if (result.Status == ScoreStatus.Failed) Interlocked.Increment(ref _failed);
    }

    public void Report() => progress?.Report(new ScoringProgress(
        Volatile.Read(ref _completed), total, Volatile.Read(ref _failed), Volatile.Read(ref _cached), Budget.SpentUsd));
}
