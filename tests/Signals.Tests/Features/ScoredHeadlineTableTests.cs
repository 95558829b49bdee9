using Signals.Data;
using Signals.Features;
using Signals.Sentiment;
using Signals.Tests.Backtesting;

namespace Signals.Tests.Features;

/// <summary>Scored headlines held as columns: the same headlines as records, filtered views, and the sums built from them.</summary>
public sealed class ScoredHeadlineTableTests
{
    /// <summary>Headlines on random days and offsets (some before and after the panel, some naming no panel symbol, some NaN).</summary>
    private static List<ScoredHeadline> RandomHeadlines(BarPanel prices, int count, int seed)
    {
        var random = new Random(seed);
        string[][] symbolLists = [[prices.Symbols[0]], [prices.Symbols[1], prices.Symbols[2]], ["ZZZ"], [], [prices.Symbols[^1], "ZZZ"]];
        var list = new List<ScoredHeadline>();
        for (int i = 0; i < count; i++)
        {
            int day = random.Next(-3, prices.DayCount + 3);
            var date = prices.Dates[0].AddDays(day * 7 / 5);
            var offset = TimeSpan.FromMinutes(random.Next(-8, 10) * 30);
            var published = new DateTimeOffset(date.ToDateTime(new TimeOnly(random.Next(0, 24), random.Next(0, 60))), offset);
            double score = random.Next(20) == 0 ? double.NaN : random.NextDouble() * 2 - 1;
            list.Add(new ScoredHeadline($"h{i}", published, symbolLists[random.Next(symbolLists.Length)], score, random.NextDouble()));
        }
        return list;
    }

    [Fact]
    public void A_table_hands_out_the_records_it_was_given_offsets_included()
    {
        var prices = TestMarkets.RandomWalk(symbols: 4, days: 40, seed: 3);
        var records = RandomHeadlines(prices, 300, seed: 8);

        var table = new ScoredHeadlineTable(records);

        Assert.Equal(records.Count, table.Count);
        Assert.Equal(records, table);
        for (int i = 0; i < records.Count; i++)
        {
            Assert.Equal(records[i], table[i]);
            Assert.Equal(records[i].Published.Offset, table.Published(i).Offset);
            Assert.Equal(records[i].Published.Ticks, table.Published(i).Ticks);
            Assert.Same(records[i].Id, table.Id(i));
            Assert.Same(records[i].Symbols, table.Symbols(i));
            Assert.Equal(records[i].Score, table.Score(i));
            Assert.Equal(records[i].Confidence, table.Confidence(i));
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => table[records.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Score(-1));
    }

    [Fact]
    public void Filtering_by_symbol_keeps_the_matching_rows_in_order_and_returns_the_table_itself_when_all_match()
    {
        var prices = TestMarkets.RandomWalk(symbols: 4, days: 40, seed: 3);
        var records = RandomHeadlines(prices, 300, seed: 9);
        var table = new ScoredHeadlineTable(records);
        var traded = new HashSet<string>(prices.Symbols, StringComparer.Ordinal);

        var matched = table.WhereAnySymbol(traded);

        var expected = records.Where(h => h.Symbols.Any(traded.Contains)).ToList();
        Assert.InRange(expected.Count, 1, records.Count - 1);
        Assert.Equal(expected, matched);
        Assert.Equal(expected.Select(h => h.Score), Enumerable.Range(0, matched.Count).Select(matched.Score));
        Assert.Same(matched, matched.WhereAnySymbol(traded));
        Assert.Empty(table.WhereAnySymbol(new HashSet<string> { "NOPE" }));
    }

    [Theory]
    [InlineData(DecisionTiming.Open)]
    [InlineData(DecisionTiming.Close)]
    public void Daily_sentiment_from_a_table_equals_the_one_from_records_to_the_bit(DecisionTiming timing)
    {
        var prices = TestMarkets.RandomWalk(symbols: 4, days: 60, seed: 4);
        var records = RandomHeadlines(prices, 2_000, seed: 10);
        var view = new ScoredHeadlineTable(records).WhereAnySymbol(new HashSet<string>(prices.Symbols));

        var fromRecords = DailySentiment.Build(view.ToList(), prices.Dates, prices.Symbols, timing);
        var fromTable = DailySentiment.Build(view, prices.Dates, prices.Symbols, timing);

        Assert.Equal(fromRecords.Dropped, fromTable.Dropped);
        Assert.True(fromTable.Dropped > 0);
        Assert.Equal(fromRecords.Sum.Values, fromTable.Sum.Values);
        Assert.Equal(fromRecords.Count.Values, fromTable.Count.Values);
        // Built on first use by aligning the table again: the same additions in the same order.
        Assert.Equal(fromRecords.ConfidenceWeightedSum.Values, fromTable.ConfidenceWeightedSum.Values);
        Assert.Equal(fromRecords.ConfidenceSum.Values, fromTable.ConfidenceSum.Values);
        Assert.Equal(
            HeadlineAlignment.Align(view.ToList(), prices.Dates, prices.Symbols, timing, out int droppedFromRecords),
            HeadlineAlignment.Align(view, prices.Dates, prices.Symbols, timing, out int droppedFromTable));
        Assert.Equal(droppedFromRecords, droppedFromTable);
    }

    [Fact]
    public void Joining_news_with_scores_gives_a_table_of_the_usable_scores_in_news_order()
    {
        var at = new DateTimeOffset(2024, 3, 4, 8, 0, 0, TimeSpan.FromHours(-5));
        NewsItem[] news = [new("a", at, ["X"], "up"), new("b", at.AddHours(1), ["Y"], "down"), new("c", at.AddHours(2), [], "flat"), new("d", at.AddHours(3), ["X"], "gone")];
        SentimentResult[] results =
        [
            new() { Id = "c", Score = 0.1, Confidence = double.NaN },
            new() { Id = "a", Score = 0.5, Confidence = 0.9 },
            new() { Id = "b", Status = ScoreStatus.Failed, Error = "timeout" },
            new() { Id = "a", Score = 0.7, Confidence = 0.8 },   // the id's last result wins
        ];

        var joined = ScoredHeadline.Join(news, results);

        Assert.IsType<ScoredHeadlineTable>(joined);
        Assert.Equal([new ScoredHeadline("a", at, news[0].Symbols, 0.7, 0.8), new ScoredHeadline("c", at.AddHours(2), news[2].Symbols, 0.1, 1)], joined);
        Assert.Same(news[0].Symbols, joined[0].Symbols);
    }
}
