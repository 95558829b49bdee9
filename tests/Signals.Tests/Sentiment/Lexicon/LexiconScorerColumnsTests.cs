using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Lexicon;
using Signals.Tests.Sentiment.Lexicon.Oracle;

namespace Signals.Tests.Sentiment.Lexicon;

/// <summary>The lexicon scorer's batch is held by column and reads back as the result objects it used to make, one per headline.</summary>
public class LexiconScorerColumnsTests
{
    [Fact]
    public async Task Each_row_equals_the_object_the_scorer_made_before_with_the_items_own_id_string()
    {
        var items = VariedHeadlines.WordSalad(5_000, seed: 11).Select((t, i) => new NewsItem($"n{i}", DateTimeOffset.UnixEpoch, ["X"], t))
            .Append(new NewsItem("body-only", DateTimeOffset.UnixEpoch, ["X"], " ", "Profit warning: sales fell 12%"))
            .Append(new NewsItem("nothing", DateTimeOffset.UnixEpoch, ["X"], "")).ToArray();
        var results = await new LexiconSentimentScorer().ScoreAsync(items);
        var columns = Assert.IsType<SentimentResultColumns>(results);
        Assert.Equal(0, columns.IrregularCount);
        Assert.Equal(items.Length, columns.Count);
        for (int i = 0; i < items.Length; i++)
        {
            string text = !string.IsNullOrWhiteSpace(items[i].Headline) ? items[i].Headline : items[i].Body ?? "";
            var (label, score, confidence) = LexiconSentimentScorer.ScoreText(text);
            var before = new SentimentResult { Id = items[i].Id, Score = score, Label = label, Confidence = confidence, Model = LexiconSentimentScorer.ModelName };
            var row = columns[i];
            Assert.Equal(before, row);
            Assert.Same(items[i].Id, row.Id);
            Assert.Equal(BitConverter.DoubleToInt64Bits(score), BitConverter.DoubleToInt64Bits(columns.ScoreAt(i)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(confidence), BitConverter.DoubleToInt64Bits(columns.ConfidenceAt(i)));
        }
        Assert.Equal(ScoreStatus.Ok, Assert.Single(columns.Representatives).Status);
    }
}
