namespace Signals.Sentiment.Lexicon;

/// <summary>
/// Counts items finished by parallel workers and reports each new total in order, one report at a time, so a caller's
/// progress never runs backwards and need not be thread-safe.
/// </summary>
internal sealed class ParallelBatchProgress(int total, IProgress<ScoringProgress>? progress)
{
    private readonly Lock _gate = new();
    private int _completed;

    /// <summary>Adds <paramref name="count"/> finished items and reports the new total.</summary>
    public void Finished(int count)
    {
        if (progress is null) return;
        lock (_gate)
        {
            _completed += count;
            progress.Report(new ScoringProgress(_completed, total));
        }
    }
}
