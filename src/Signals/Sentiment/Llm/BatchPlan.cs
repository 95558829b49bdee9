namespace Signals.Sentiment.Llm;

/// <summary>What <see cref="LlmSentimentScorer.WriteBatchRequestsAsync"/> did: headlines read, already cached, requests written, left to other shards.</summary>
public sealed record BatchPlan(int Headlines, int Cached, int Requests, int OtherShards);
