using Signals.Sentiment.Llm;

namespace Signals.Tests.Sentiment.Llm;

public class AnonymizerAndPricesTests
{
    private static readonly Dictionary<string, string> Names = new() { ["AAPL"] = "Apple Inc.", ["MSFT"] = "Microsoft Corporation" };

    [Fact]
    public void Company_names_short_names_and_tickers_become_placeholders()
    {
        var text = CompanyAnonymizer.Anonymize("Apple Inc. and $AAPL: Apple beats Microsoft; MSFT slips, pineapple sales flat", ["AAPL", "MSFT"], Names);
        Assert.Equal("Company X and Company X: Company X beats Company Y; Company Y slips, pineapple sales flat", text);
    }

    [Fact]
    public void Anonymised_prompt_asks_about_company_x_only()
    {
        var request = new LopezLiraPrompt().Build(LlmTestKit.News("a", "Apple recalls iPhones", "AAPL"), Names, anonymize: true);
        Assert.DoesNotContain("Apple", request.UserMessage);
        Assert.DoesNotContain("AAPL", request.UserMessage);
        Assert.Contains("stock price of Company X in the short term", request.UserMessage);
        Assert.Contains("Company X recalls iPhones", request.UserMessage);
    }

    [Theory]
    [InlineData("deepseek-reasoner", 0.55, 2.19)]
    [InlineData("deepseek-chat", 0.27, 1.10)]
    [InlineData("gpt-4o-mini-2024-07-18", 0.15, 0.60)]
    [InlineData("gpt-4o-2024-08-06", 2.50, 10.0)]
    [InlineData("o1", 15.0, 60.0)]
    public void Known_models_have_list_prices(string model, double input, double output)
    {
        Assert.Equal(new ModelPrice(input, output), ModelPrices.Find(model));
    }

    [Fact]
    public void Unknown_models_have_no_price_unless_local()
    {
        Assert.Null(ModelPrices.Find("mystery-model"));
        var local = new LlmScorerOptions { Provider = LlmProvider.Ollama, Model = "llama3.1" }.Resolve(_ => null);
        Assert.Equal(ModelPrice.Free, local.Price);
    }

    [Fact]
    public void Cost_is_per_million_tokens()
    {
        Assert.Equal(0.55 + 2.19, new ModelPrice(0.55, 2.19).Cost(1_000_000, 1_000_000), 12);
    }

    [Fact]
    public void Options_take_endpoint_model_and_key_from_the_environment_by_precedence()
    {
        var env = new Dictionary<string, string>
        {
            ["DEEPSEEK_API_KEY"] = "sk-deepseek-aaaaaaaaaaaa",
            ["SIGNALS_LLM_MODEL"] = "deepseek-chat",
            ["MY_KEY"] = "sk-mine-bbbbbbbbbbbb",
        };
        var resolved = new LlmScorerOptions { Provider = LlmProvider.DeepSeek }.Resolve(env.GetValueOrDefault);
        Assert.Equal("https://api.deepseek.com/", resolved.Endpoint.AbsoluteUri);
        Assert.Equal("deepseek-chat", resolved.Model);
        Assert.Equal("sk-deepseek-aaaaaaaaaaaa", resolved.ApiKey.Value);
        Assert.Equal("***", resolved.ApiKey.ToString());

        var named = new LlmScorerOptions { Provider = LlmProvider.DeepSeek, ApiKeyEnvVar = "MY_KEY" }.Resolve(env.GetValueOrDefault);
        Assert.Equal("sk-mine-bbbbbbbbbbbb", named.ApiKey.Value);
    }

    [Fact]
    public void A_missing_key_names_the_variable_to_set()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LlmScorerOptions { Provider = LlmProvider.DeepSeek }.Resolve(_ => null));
        Assert.Contains("DEEPSEEK_API_KEY", ex.Message);
        var named = Assert.Throws<ArgumentException>(() => new LlmScorerOptions { ApiKeyEnvVar = "NOPE_KEY" }.Resolve(_ => null));
        Assert.Contains("NOPE_KEY", named.Message);
    }

    [Fact]
    public void Options_print_without_the_key()
    {
        var options = new LlmScorerOptions { ApiKey = LlmTestKit.TestKey };
        Assert.DoesNotContain(LlmTestKit.TestKey, options.ToString());
        Assert.DoesNotContain(LlmTestKit.TestKey, new { options }.ToString());
    }

    [Fact]
    public void Redactor_removes_exact_partial_bearer_and_key_shaped_secrets()
    {
        var r = new SecretRedactor(LlmTestKit.TestKey);
        var text = r.Redact($"key {LlmTestKit.TestKey}, masked {LlmTestKit.TestKey[..8]}****cdef, header Bearer abc.def-123, other sk-proj-AAAAAAAAAAAA");
        Assert.DoesNotContain("sk-test-", text);
        Assert.DoesNotContain("abc.def", text);
        Assert.DoesNotContain("sk-proj-AAAA", text);
    }
}
