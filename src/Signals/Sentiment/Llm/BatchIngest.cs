namespace Signals.Sentiment.Llm;

/// <summary>The results filed from a batch output file (one per headline it answers, failures as failed) and how many of its lines matched no headline.</summary>
public sealed record BatchIngest(IReadOnlyList<SentimentResult> Results, int UnmatchedLines)
{
    /// <summary>Results with a usable answer.</summary>
    public int Ok => Results.Count(r => r.Status == ScoreStatus.Ok);
    /// <summary>Results without one (failed in the batch, or answered outside the protocol).</summary>
    public int Failed => Results.Count(r => r.Status != ScoreStatus.Ok);
}
