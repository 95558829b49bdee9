using Signals.Data;
using Signals.Features;
using Signals.Sentiment;

namespace Signals.Tests.Features;

/// <summary>
/// The join of a loaded news table with a scorer's results of its rows, read in place: the same scored headlines as the
/// join by id over the same results as records, and the join by id whenever the rows cannot be trusted to line up.
/// </summary>
public sealed class ScoredHeadlineJoinByRowTests
{
    private static readonly SentimentResult Scored = new() { Id = "", Model = "m-v1" };
    private static readonly SentimentResult Failed = new() { Id = "", Model = "m-v1", Status = ScoreStatus.Failed, Error = "no answer" };

    private static List<NewsItem> Items(int count, int seed, bool repeatIds = false)
    {
        var random = new Random(seed);
        string[][] symbols = [["AAA"], ["BBB", "CCC"], [], ["AAA", "ZZZ"]];
        return [.. Enumerable.Range(0, count).Select(i => new NewsItem(
            repeatIds ? $"n{i % (count / 3)}" : $"n{i}",
            new DateTimeOffset(2024, 1, 2, 9, 30, 0, TimeSpan.FromHours(random.Next(-5, 3))).AddMinutes(i * 17),
            symbols[random.Next(symbols.Length)], $"headline {i}"))];
    }

    /// <summary>Results of the table's rows: mostly scored, some failed, some NaN scores, some non-finite confidences.</summary>
    private static SentimentResultColumns Results(NewsTable table, int seed)
    {
        var random = new Random(seed);
        var builder = new SentimentResultColumnsBuilder(table, Scored);
        byte failed = builder.AddKind(Failed);
        for (int row = 0; row < table.Count; row++)
        {
            int roll = random.Next(10);
            double score = roll == 0 ? double.NaN : random.NextDouble() * 2 - 1;
            double confidence = roll == 1 ? double.NaN : roll == 2 ? double.PositiveInfinity : random.NextDouble();
            if (roll == 3) builder.SetRow(row, failed, double.NaN, SentimentLabel.Neutral, 0);
            else builder.SetRow(row, SentimentResultColumnsBuilder.Scored, score, SentimentLabel.Positive, confidence);
        }
        return builder.Build();
    }

    [Fact]
    public void A_loaded_tables_results_join_row_by_row_to_the_same_headlines_as_by_id()
    {
        var table = NewsTable.Of(Items(400, seed: 1));
        table.IdsAreUnique = true;
        var results = Results(table, seed: 2);
        Assert.True(results.TryShareScores(out var scores, out _));

        var byRow = ScoredHeadline.Join(table, results);
        var byId = ScoredHeadline.Join(table, results.ToList());

        Assert.Equal(byId.ToList(), byRow.ToList());
        Assert.InRange(byRow.Count, 250, 370);
        // Read in place: row 0's id and symbols are the table's, its score the results' own column.
        var first = Assert.IsType<ScoredHeadlineTable>(byRow);
        int row0 = Enumerable.Range(0, table.Count).First(r => ScoredHeadline.IsUsable(results[r]));
        Assert.Same(table.Symbols(row0), first.Symbols(0));
        Assert.Equal(scores[row0], first.Score(0));
        Assert.All(byRow, h => Assert.True(double.IsFinite(h.Confidence)));
    }

    [Fact]
    public void Every_result_usable_the_view_has_every_row_and_shares_the_score_columns()
    {
        var table = NewsTable.Of(Items(50, seed: 3));
        table.IdsAreUnique = true;
        var builder = new SentimentResultColumnsBuilder(table, Scored);
        for (int row = 0; row < table.Count; row++) builder.SetRow(row, SentimentResultColumnsBuilder.Scored, row / 100.0, SentimentLabel.Neutral, 0.5);
        var results = builder.Build();

        var joined = (ScoredHeadlineTable)ScoredHeadline.Join(table, results);

        Assert.Equal(table.Count, joined.Count);
        for (int row = 0; row < table.Count; row++)
        {
            Assert.Equal(table.Id(row), joined.Id(row));
            Assert.Equal(table.Published(row), joined.Published(row));
            Assert.Equal(table.Published(row).Offset, joined.Published(row).Offset);
            Assert.Equal(row / 100.0, joined.Score(row));
        }
    }

    [Fact]
    public void Repeated_ids_take_each_ids_last_result_as_the_join_by_id_always_did()
    {
        // A table made from items may repeat an id: then row i's result is not necessarily the one its id joins to.
        var table = NewsTable.Of(Items(60, seed: 4, repeatIds: true));
        Assert.False(table.IdsAreUnique);
        var results = Results(table, seed: 5);

        var joined = ScoredHeadline.Join(table, results);

        var lastById = new Dictionary<string, int>();
        for (int i = 0; i < results.Count; i++) lastById[results.IdAt(i)] = i;
        var expected = Enumerable.Range(0, table.Count)
            .Select(row => (row, at: lastById[table.Id(row)]))
            .Where(p => ScoredHeadline.IsUsable(results[p.at]))
            .Select(p => new ScoredHeadline(table.Id(p.row), table.Published(p.row), table.Symbols(p.row), results.ScoreAt(p.at),
                double.IsFinite(results.ConfidenceAt(p.at)) ? results.ConfidenceAt(p.at) : 1))
            .ToList();
        Assert.Equal(expected, joined.ToList());
    }

    [Fact]
    public void Results_of_another_tables_rows_join_by_id()
    {
        var items = Items(80, seed: 6);
        var scoredTable = NewsTable.Of(items);
        var results = Results(scoredTable, seed: 7);
        // The same news in another order: row i of one is not row i of the other.
        var other = NewsTable.Of(Enumerable.Reverse(items));
        other.IdsAreUnique = true;

        Assert.Equal(ScoredHeadline.Join(other, results.ToList()).ToList(), ScoredHeadline.Join(other, results).ToList());
    }
}
