using Signals.Sentiment.Lexicon;
using Signals.Tests.Sentiment.Lexicon.Oracle;

namespace Signals.Tests.Sentiment.Lexicon;

/// <summary>The fast extractor gives every feature of the previous one, on real headlines and on adversarial text.</summary>
public class LexiconExtractorEquivalenceTests
{
    [Fact]
    public void Every_sample_headline_has_the_features_the_previous_extractor_gave()
    {
        var texts = VariedHeadlines.Sample();
        Assert.True(texts.Count > 20_000, $"{texts.Count} sample headlines");
        AssertSameFeatures(texts);
    }

    [Fact]
    public void Edge_cases_have_the_features_the_previous_extractor_gave() => AssertSameFeatures(VariedHeadlines.EdgeCases);

    [Fact]
    public void Seeded_word_salad_has_the_features_the_previous_extractor_gave() =>
        AssertSameFeatures(VariedHeadlines.WordSalad(30_000, seed: 20261203));

    [Fact]
    public void A_text_longer_than_the_stack_buffer_has_the_features_the_previous_extractor_gave()
    {
        var salad = VariedHeadlines.WordSalad(400, seed: 7);
        AssertSameFeatures([string.Join(" ", salad), string.Concat(salad.Take(40)), new string('x', 300) + " profit rose 5%"]);
    }

    [Fact]
    public void The_tokens_are_the_previous_tokenizer_s()
    {
        foreach (var text in VariedHeadlines.EdgeCases.Concat(VariedHeadlines.WordSalad(2_000, seed: 11)))
        {
            var lower = text.ToLowerInvariant();
            Assert.Equal(LegacyLexiconFeatureExtractor.Tokenize(lower), LexiconFeatureExtractor.Tokenize(lower));
        }
    }

    private static void AssertSameFeatures(IReadOnlyList<string> texts)
    {
        var differing = texts
            .Select(t => (Text: t, Expected: LegacyLexiconFeatureExtractor.Extract(t), Actual: LexiconFeatureExtractor.Extract(t)))
            .Where(r => r.Expected != r.Actual)
            .Take(5)
            .Select(r => $"\"{r.Text}\": expected {r.Expected}, got {r.Actual}")
            .ToList();
        Assert.True(differing.Count == 0, string.Join(Environment.NewLine, differing));
    }
}
