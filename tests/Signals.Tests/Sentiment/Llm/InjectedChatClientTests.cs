using Microsoft.Extensions.AI;
using Signals.Sentiment;
using Signals.Sentiment.Llm;
using static Signals.Tests.Sentiment.Llm.LlmTestKit;

namespace Signals.Tests.Sentiment.Llm;

/// <summary>The scorer over a chat client the caller built (any IChatClient: Ollama's, Azure's, a test double).</summary>
public class InjectedChatClientTests
{
    private sealed class ScriptedChatClient(Func<IEnumerable<ChatMessage>, CancellationToken, Task<ChatResponse>> answer) : IChatClient
    {
        public int Calls;
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Calls);
            return answer(messages, cancellationToken);
        }
        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
        public object? GetService(Type serviceType, object? serviceKey = null) => null;
        public void Dispose() { }
    }

    [Fact]
    public async Task Reasoning_content_and_usage_from_an_injected_client_are_kept()
    {
        var client = new ScriptedChatClient((messages, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant,
            [new TextReasoningContent("Guidance cut is bad."), new TextContent("NO\nLower guidance.")]))
        {
            Usage = new UsageDetails { InputTokenCount = 50, OutputTokenCount = 70, ReasoningTokenCount = 60 },
        }));
        using var scorer = new LlmSentimentScorer(client, new LlmScorerOptions { Provider = LlmProvider.DeepSeek });
        var result = (await scorer.ScoreAsync([News("a", "Acme cuts guidance")]))[0];

        Assert.Equal((ScoreStatus.Ok, -1.0, "Lower guidance.", "Guidance cut is bad."), (result.Status, result.Score, result.Rationale, result.Reasoning));
        Assert.Equal((50, 70, 60), (result.InputTokens, result.OutputTokens, result.ReasoningTokens));
        Assert.Equal("deepseek-flash", result.Model);
        Assert.Equal(1, client.Calls);
    }

    [Fact]
    public async Task An_injected_client_is_timed_out_too()
    {
        var client = new ScriptedChatClient(async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "YES"));
        });
        using var scorer = new LlmSentimentScorer(client, new LlmScorerOptions { Provider = LlmProvider.DeepSeek, Timeout = TimeSpan.FromMilliseconds(200) });
        var result = (await scorer.ScoreAsync([News("a", "Acme")]))[0];
        Assert.Equal(ScoreStatus.Failed, result.Status);
        Assert.Contains("no answer within 0.2 s", result.Error);
    }
}
