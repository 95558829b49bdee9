using Signals.Data;
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
    [InlineData("deepseek-flash", 0.003, 0.15, 0.60)]
    [InlineData("deepseek-v4-flash", 0.003, 0.15, 0.60)] // the alias is billed as Flash
    [InlineData("deepseek-v4-pro", 0.022, 0.66, 1.98)]
    [InlineData("gpt-4o-mini-2024-07-18", 0.075, 0.15, 0.60)]
    [InlineData("gpt-4o-2024-08-06", 1.25, 2.50, 10.0)]
    public void Known_models_have_dated_prices_with_a_source(string model, double hit, double miss, double output)
    {
        var price = PriceTable.BuiltIn.Find(model)!;
        Assert.Equal((hit, miss, output), (price.CacheHitPerMillion, price.CacheMissPerMillion, price.OutputPerMillion));
        Assert.StartsWith("https://", price.Source);
        Assert.True(PriceTable.BuiltIn.Version >= 2);
    }

    [Fact]
    public void Unknown_and_retired_models_have_no_price_unless_local()
    {
        Assert.Null(PriceTable.BuiltIn.Find("mystery-model"));
        Assert.Null(PriceTable.BuiltIn.Find("deepseek-reasoner"));
        var local = new LlmScorerOptions { Provider = LlmProvider.Ollama, Model = "llama3.1" }.Resolve(_ => null);
        Assert.Equal(ModelPrice.Free, local.Price);
    }

    [Fact]
    public void Cost_splits_cache_hits_from_misses_and_doubles_in_deepseek_peak_hours()
    {
        var flash = PriceTable.BuiltIn.Find("deepseek-flash")!;
        var offPeak = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero); // Wednesday 12:00 UTC
        var peak = new DateTimeOffset(2026, 12, 2, 2, 30, 0, TimeSpan.Zero);    // Wednesday 02:30 UTC
        var weekendNight = new DateTimeOffset(2026, 12, 5, 2, 30, 0, TimeSpan.Zero); // Saturday: never peak
        double expected = (1_000_000 * 0.003 + 1_000_000 * 0.15 + 1_000_000 * 0.60) / 1_000_000;
        Assert.Equal(expected, flash.Cost(1_000_000, 1_000_000, 1_000_000, offPeak), 12);
        Assert.Equal(2 * expected, flash.Cost(1_000_000, 1_000_000, 1_000_000, peak), 12);
        Assert.Equal(expected, flash.Cost(1_000_000, 1_000_000, 1_000_000, weekendNight), 12);
        Assert.True(flash.IsPeak(new DateTimeOffset(2026, 12, 2, 9, 59, 0, TimeSpan.Zero)));
        Assert.False(flash.IsPeak(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)));
        Assert.Equal(0.55 + 2.19, new ModelPrice(0.55, 2.19).Cost(1_000_000, 1_000_000, offPeak), 12);
    }

    [Fact]
    public void A_user_price_table_replaces_rows_and_a_bad_one_names_the_field()
    {
        using var files = new TempFiles();
        var path = files.Write("prices.json", """
            { "version": 3, "checked": "2027-01-15",
              "models": [ { "model": "deepseek-flash", "cacheHit": 0.01, "cacheMiss": 0.2, "output": 0.8, "source": "my contract", "checked": "2027-01-15" },
                          { "model": "my-local-70b", "cacheHit": 0, "cacheMiss": 0.05, "output": 0.05 } ] }
            """);
        var table = PriceTable.LoadOverBuiltIn(path);
        Assert.Equal(0.2, table.Find("deepseek-flash")!.CacheMissPerMillion);
        Assert.Equal(0.05, table.Find("my-local-70b")!.OutputPerMillion);
        Assert.Equal(0.66, table.Find("deepseek-v4-pro")!.CacheMissPerMillion); // untouched rows stay
        Assert.Equal(new DateOnly(2027, 1, 15), table.Find("deepseek-flash")!.Checked);

        var bad = files.Write("bad.json", """{ "models": [ { "model": "x", "cacheHit": 0, "cacheMiss": -1, "output": 1 } ] }""");
        var ex = Assert.Throws<DataFormatException>(() => PriceTable.LoadOverBuiltIn(bad));
        Assert.Contains("models[0].cacheMiss", ex.Message);
    }

    [Theory]
    [InlineData("deepseek-reasoner")]
    [InlineData("deepseek-chat")]
    public void Retired_deepseek_names_are_refused_naming_the_successor(string model)
    {
        var env = new Dictionary<string, string> { ["DEEPSEEK_API_KEY"] = "sk-deepseek-aaaaaaaaaaaa" };
        var ex = Assert.Throws<ArgumentException>(() => new LlmScorerOptions { Provider = LlmProvider.DeepSeek, Model = model }.Resolve(env.GetValueOrDefault));
        Assert.Contains("retired", ex.Message);
        Assert.Contains("2026-07-24", ex.Message);
        Assert.Contains("deepseek-flash", ex.Message);
    }

    [Fact]
    public void Presets_of_today_default_to_deepseek_flash_thinking_and_an_r1_distill_on_ollama()
    {
        var env = new Dictionary<string, string> { ["DEEPSEEK_API_KEY"] = "sk-deepseek-aaaaaaaaaaaa" };
        var deepseek = new LlmScorerOptions { Provider = LlmProvider.DeepSeek }.Resolve(env.GetValueOrDefault);
        Assert.Equal("deepseek-flash", deepseek.Model);
        Assert.True(deepseek.Thinking.Thinks);
        var off = new LlmScorerOptions { Provider = LlmProvider.DeepSeek, Thinking = ThinkingMode.Off }.Resolve(env.GetValueOrDefault);
        Assert.False(off.Thinking.Thinks);
        var ollama = new LlmScorerOptions { Provider = LlmProvider.Ollama }.Resolve(_ => null);
        Assert.Equal("deepseek-r1:8b", ollama.Model);
        Assert.Equal("reasoning", ollama.Preset.ReasoningField);
        Assert.True(ollama.Thinking.Thinks);
        Assert.Throws<ArgumentException>(() => new LlmScorerOptions { Provider = LlmProvider.DeepSeek, ReasoningEffort = "medium" }.Resolve(env.GetValueOrDefault));
        Assert.Throws<ArgumentException>(() => new LlmScorerOptions { Provider = LlmProvider.Ollama, ReasoningEffort = "max" }.Resolve(_ => null));
        Assert.Throws<ArgumentException>(() => new LlmScorerOptions { Provider = LlmProvider.Ollama, Thinking = ThinkingMode.Off, ReasoningEffort = "low" }.Resolve(_ => null));
    }

    [Fact]
    public void Options_take_endpoint_model_and_key_from_the_environment_by_precedence()
    {
        var env = new Dictionary<string, string>
        {
            ["DEEPSEEK_API_KEY"] = "sk-deepseek-aaaaaaaaaaaa",
            ["SIGNALS_LLM_MODEL"] = "deepseek-v4-pro",
            ["MY_KEY"] = "sk-mine-bbbbbbbbbbbb",
        };
        var resolved = new LlmScorerOptions { Provider = LlmProvider.DeepSeek }.Resolve(env.GetValueOrDefault);
        Assert.Equal("https://api.deepseek.com/", resolved.Endpoint.AbsoluteUri);
        Assert.Equal("deepseek-v4-pro", resolved.Model);
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
