using Signals.Sentiment;
using Signals.Sentiment.Lexicon;

namespace Signals.Tests.Sentiment.Lexicon;

public class LexiconFeatureTests
{
    [Theory]
    [InlineData("Net loss narrowed to EUR 2.1 mn from EUR 6.0 mn")]
    [InlineData("Operating loss decreased to EUR 0.9 mn")]
    [InlineData("Operating profit rose to EUR 13.1 mn from EUR 8.7 mn in the corresponding period in 2007")]
    [InlineData("Operating margin widened to 14.2% from 11.7%")]
    public void Good_direction_of_a_quantity_counts_as_good_news(string text)
    {
        var f = LexiconFeatureExtractor.Extract(text);
        Assert.True(f.DirectionGood >= 1, $"directionGood {f.DirectionGood}");
        Assert.Equal(0, f.DirectionBad);
        Assert.Equal(SentimentLabel.Positive, LexiconSentimentScorer.ScoreText(text).Label);
    }

    [Theory]
    [InlineData("Net loss widened to EUR 12.6 mn")]
    [InlineData("Operating margin fell to 3.9% from 8.2%")]
    [InlineData("The company's net sales decreased by 5 % to EUR 42 mn")]
    [InlineData("Costs rose 14% in the quarter")]
    public void Bad_direction_of_a_quantity_counts_as_bad_news(string text)
    {
        var f = LexiconFeatureExtractor.Extract(text);
        Assert.True(f.DirectionBad >= 1, $"directionBad {f.DirectionBad}");
        Assert.Equal(0, f.DirectionGood);
        Assert.Equal(SentimentLabel.Negative, LexiconSentimentScorer.ScoreText(text).Label);
    }

    [Theory]
    [InlineData("Norvale swung to a profit in the quarter", 1)]
    [InlineData("The company turned to a net profit", 1)]
    [InlineData("Tanager slid into a loss", -1)]
    [InlineData("Acme beats estimates", 1)]
    [InlineData("Acme misses consensus forecasts", -1)]
    [InlineData("Acme cuts full-year guidance", -1)]
    [InlineData("Acme raises its dividend", 1)]
    [InlineData("Acme hits 52-week high", 1)]
    [InlineData("Acme hits 52-week low", -1)]
    public void Event_phrases_carry_their_direction(string text, int sign)
    {
        var f = LexiconFeatureExtractor.Extract(text);
        Assert.Equal(sign > 0, f.PhrasePositive > 0);
        Assert.Equal(sign < 0, f.PhraseNegative > 0);
        Assert.Equal(sign > 0 ? SentimentLabel.Positive : SentimentLabel.Negative, LexiconSentimentScorer.ScoreText(text).Label);
    }

    [Fact]
    public void Signed_percent_moves_in_tweets_count_by_sign()
    {
        var down = LexiconFeatureExtractor.Extract("$XYZ -3.4% on offering");
        Assert.Equal(1, down.PercentDown);
        Assert.Equal(0, down.PercentUp);
        Assert.Equal(SentimentLabel.Negative, LexiconSentimentScorer.ScoreText("$XYZ -3.4% on offering").Label);

        var up = LexiconFeatureExtractor.Extract("$XYZ +8.2% premarket");
        Assert.Equal(1, up.PercentUp);
        Assert.Equal(SentimentLabel.Positive, LexiconSentimentScorer.ScoreText("$XYZ +8.2% premarket").Label);

        // A range like "3-5%" is not a signed move.
        Assert.Equal(0, LexiconFeatureExtractor.Extract("growth of 3-5% expected").PercentDown);
    }

    [Fact]
    public void Negation_flips_the_polarity_of_the_next_few_words()
    {
        var plain = LexiconFeatureExtractor.Extract("The unit is profitable");
        var negated = LexiconFeatureExtractor.Extract("The unit is not profitable");
        Assert.Equal(1, plain.Positive);
        Assert.Equal(0, plain.Negative);
        Assert.Equal(0, negated.Positive);
        Assert.Equal(1, negated.Negative);
        Assert.Equal(1, negated.Negations);

        Assert.Equal(SentimentLabel.Negative, LexiconSentimentScorer.ScoreText("The company did not grow its sales").Label);
        Assert.Equal(SentimentLabel.Positive, LexiconSentimentScorer.ScoreText("The company reported no losses").Label);
    }

    [Theory]
    [InlineData("from EUR 8.7 mn to EUR 13.1 mn", 1)]
    [InlineData("to EUR 42 mn from EUR 44.2 mn", -1)]
    [InlineData("EBIT margin was 7.1 % (5.2 %)", 1)]
    [InlineData("net sales EUR 40.1 mn (EUR 48.0 mn)", -1)]
    [InlineData("the meeting starts at 10", 0)]
    public void Number_comparisons_say_which_way_a_figure_moved(string text, int expected)
    {
        Assert.Equal(expected, LexiconFeatureExtractor.CompareFromTo(text.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("The company is headquartered in Espoo, Finland, and has some 2,300 employees.")]
    [InlineData("Norvale Foods to report third-quarter results on October 28")]
    [InlineData("The board of directors has appointed a new chief financial officer.")]
    public void Routine_news_is_neutral(string text)
    {
        Assert.Equal(SentimentLabel.Neutral, LexiconSentimentScorer.ScoreText(text).Label);
    }

    [Fact]
    public void Feature_vector_has_the_documented_length_and_no_cue_flag()
    {
        var none = LexiconFeatureExtractor.Extract("The meeting is in Oslo").ToVector();
        Assert.Equal(LexiconFeatures.Count, none.Length);
        Assert.Equal(LexiconFeatures.Names.Length, none.Length);
        Assert.Equal(1, none[^1]);
        Assert.Equal(0, LexiconFeatureExtractor.Extract("Sales jumped 20%").ToVector()[^1]);
    }

    [Fact]
    public void Tokenizer_splits_contractions_and_keeps_decimals_and_hyphens()
    {
        var tokens = LexiconFeatureExtractor.Tokenize("eps didn't beat; 52-week high at 13.1 mn.");
        Assert.Equal(["eps", "did", "n't", "beat", "52-week", "high", "at", "13.1", "mn"], tokens);
    }

    [Fact]
    public async Task Scorer_returns_one_result_per_item_in_order()
    {
        var items = new[]
        {
            new Signals.Data.NewsItem("a", DateTimeOffset.UnixEpoch, ["X"], "X beats estimates and raises guidance"),
            new Signals.Data.NewsItem("b", DateTimeOffset.UnixEpoch, ["X"], "X files for bankruptcy"),
            new Signals.Data.NewsItem("c", DateTimeOffset.UnixEpoch, ["X"], "X to hold annual general meeting"),
        };
        var results = await new LexiconSentimentScorer().ScoreAsync(items);
        Assert.Equal(["a", "b", "c"], results.Select(r => r.Id));
        Assert.Equal([SentimentLabel.Positive, SentimentLabel.Negative, SentimentLabel.Neutral], results.Select(r => r.Label));
        Assert.All(results, r =>
        {
            Assert.InRange(r.Score, -1, 1);
            Assert.InRange(r.Confidence, 0, 1);
            Assert.Equal(LexiconSentimentScorer.ModelName, r.Model);
        });
        Assert.True(results[0].Score > 0 && results[1].Score < 0);
    }
}
