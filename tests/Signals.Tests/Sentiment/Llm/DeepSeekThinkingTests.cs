using Signals.Sentiment.Llm;

namespace Signals.Tests.Sentiment.Llm;

/// <summary>The DeepSeek preset sends the thinking switch the result records, instead of leaning on the server's default.</summary>
public sealed class DeepSeekThinkingTests
{
    private static LlmScorerOptions DeepSeek(FakeOpenAiServer server, ThinkingMode mode) => LlmTestKit.Options(server, "deepseek-flash") with
    {
        Provider = LlmProvider.DeepSeek,
        Thinking = mode,
    };

    [Fact]
    public async Task By_default_the_request_carries_thinking_enabled_as_recorded()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nGood.", reasoningContent: "thinking"));
        using var scorer = new LlmSentimentScorer(DeepSeek(server, ThinkingMode.Default));
        var results = await scorer.ScoreAsync(LlmTestKit.Batch(1));

        Assert.Equal("on", results[0].Thinking);
        Assert.Equal("enabled", server.Requests.Single().ThinkingType);
    }

    [Theory]
    [InlineData(ThinkingMode.On, "enabled", "on")]
    [InlineData(ThinkingMode.Off, "disabled", "off")]
    public async Task An_explicit_switch_is_sent_and_recorded_alike(ThinkingMode mode, string sent, string recorded)
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nGood."));
        using var scorer = new LlmSentimentScorer(DeepSeek(server, mode));
        var results = await scorer.ScoreAsync(LlmTestKit.Batch(1));

        Assert.Equal(recorded, results[0].Thinking);
        Assert.Equal(sent, server.Requests.Single().ThinkingType);
    }

    [Fact]
    public async Task A_custom_server_of_the_deepseek_dialect_still_gets_the_switch_only_when_set()
    {
        using var server = new FakeOpenAiServer(_ => FakeReply.Chat("YES\nGood."));
        using var scorer = new LlmSentimentScorer(LlmTestKit.Options(server));
        await scorer.ScoreAsync(LlmTestKit.Batch(1));
        Assert.Null(server.Requests.Single().ThinkingType);
    }
}
