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

    [Fact]
    public async Task A_news_table_scores_and_joins_as_the_same_items_in_a_list_do()
    {
        var at = new DateTimeOffset(2024, 3, 4, 8, 0, 0, TimeSpan.FromHours(-5));
        var items = VariedHeadlines.WordSalad(3_000, seed: 12).Select((t, i) => new NewsItem($"n{i}", at.AddMinutes(i), [i % 3 == 0 ? "X" : "Y"], t))
            .Append(new NewsItem("body-only", at, ["X"], " \t", "Profit warning: sales fell 12%"))
            .Append(new NewsItem("accents", at, ["X"], "Société Générale beats estimates; shares jump 5% — record quarter"))
            .Append(new NewsItem("nothing", at, ["X"], "")).ToArray();
        var table = NewsTable.Of(items);

        var fromTable = await new LexiconSentimentScorer().ScoreAsync(table);
        var fromList = await new LexiconSentimentScorer().ScoreAsync(items);

        Assert.Equal(fromList, fromTable);
        Assert.Equal(fromList.Select(r => BitConverter.DoubleToInt64Bits(r.Score)), fromTable.Select(r => BitConverter.DoubleToInt64Bits(r.Score)));
        Assert.Contains(fromTable, r => r.Score != 0);
        var joinedFromTable = Signals.Features.ScoredHeadline.Join(table, fromTable);
        var joinedFromList = Signals.Features.ScoredHeadline.Join(items, fromList);
        Assert.Equal(joinedFromList.Count, joinedFromTable.Count);
        for (int i = 0; i < joinedFromList.Count; i++)
        {
            Assert.Equal(joinedFromList[i].Id, joinedFromTable[i].Id);
            Assert.Equal(joinedFromList[i].Published, joinedFromTable[i].Published);
            Assert.Equal(joinedFromList[i].Published.Offset, joinedFromTable[i].Published.Offset);
            Assert.Equal(joinedFromList[i].Symbols, joinedFromTable[i].Symbols);
            Assert.Equal(joinedFromList[i].Score, joinedFromTable[i].Score);
            Assert.Equal(joinedFromList[i].Confidence, joinedFromTable[i].Confidence);
        }
    }
}
