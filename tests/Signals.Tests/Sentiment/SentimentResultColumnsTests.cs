using Signals.Data;
using Signals.Sentiment;

namespace Signals.Tests.Sentiment;

/// <summary>
/// The columnar batch gives back, row by row, results equal (record equality and bit for bit) to the objects the
/// scorers used to make; rows that fit no shared kind come back as the very objects set.
/// </summary>
public class SentimentResultColumnsTests
{
    private static readonly SentimentResult Scored = new() { Id = "", Model = "m-v1" };

    private static SentimentResultColumns Build(params SentimentResult[] rows)
    {
        var builder = new SentimentResultColumnsBuilder(rows.Length, Scored);
        for (int i = 0; i < rows.Length; i++) builder.Set(i, rows[i]);
        return builder.Build();
    }

    private static void AssertSameBits(SentimentResult expected, SentimentResult actual)
    {
        Assert.Equal(expected, actual);
        Assert.Same(expected.Id, actual.Id);
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Score), BitConverter.DoubleToInt64Bits(actual.Score));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.Confidence), BitConverter.DoubleToInt64Bits(actual.Confidence));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected.CostUsd), BitConverter.DoubleToInt64Bits(actual.CostUsd));
        Assert.Equal(expected.ScoredUtc?.Offset, actual.ScoredUtc?.Offset);
    }

    [Fact]
    public void Rows_of_the_scored_kind_come_back_equal_bit_for_bit_and_are_held_in_columns()
    {
        SentimentResult[] rows =
        [
            Scored with { Id = "a", Score = 0.25, Label = SentimentLabel.Positive, Confidence = 0.75 },
            Scored with { Id = "b", Score = -0.0, Label = SentimentLabel.Neutral, Confidence = 1 },
            Scored with { Id = "c", Score = double.NaN, Label = SentimentLabel.Negative, Confidence = double.NaN },
            Scored with { Id = "d", Score = -1, Label = SentimentLabel.Negative, Confidence = double.Epsilon },
        ];
        var columns = Build(rows);
        Assert.Equal(0, columns.IrregularCount);
        Assert.Equal(rows.Length, columns.Count);
        for (int i = 0; i < rows.Length; i++)
        {
            AssertSameBits(rows[i], columns[i]);
            Assert.Same(rows[i].Id, columns.IdAt(i));
            Assert.Equal(BitConverter.DoubleToInt64Bits(rows[i].Score), BitConverter.DoubleToInt64Bits(columns.ScoreAt(i)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(rows[i].Confidence), BitConverter.DoubleToInt64Bits(columns.ConfidenceAt(i)));
            Assert.Equal(rows[i].Label, columns.LabelAt(i));
            Assert.Equal(ScoreStatus.Ok, columns.StatusAt(i));
        }
        Assert.Equal(rows, columns);
    }

    [Fact]
    public void A_failure_with_its_own_error_is_kept_whole_beside_the_columns()
    {
        var failed = new SentimentResult { Id = "f", Status = ScoreStatus.Failed, Error = "timeout after 3 attempts", Model = "m-v1" };
        var ok = Scored with { Id = "o", Score = 0.5, Label = SentimentLabel.Positive, Confidence = 0.5 };
        var columns = Build(ok, failed, ok with { Id = "p" });
        Assert.Equal(1, columns.IrregularCount);
        Assert.Same(failed, columns[1]);
        Assert.Equal(ScoreStatus.Failed, columns.StatusAt(1));
        Assert.True(double.IsNaN(columns.ScoreAt(1)));
        Assert.Equal("f", columns.IdAt(1));
        Assert.Equal([ok, failed, ok with { Id = "p" }], columns);
    }

    [Fact]
    public void A_row_matching_an_added_kind_is_held_in_columns_with_that_kind()
    {
        var builder = new SentimentResultColumnsBuilder(3, Scored);
        var skip = new SentimentResult { Id = "", Status = ScoreStatus.Skipped, Error = "no model yet", Model = "m-v1" };
        byte skipped = builder.AddKind(skip);
        builder.Set(0, skipped, "s", double.NaN, default, 0);
        builder.Set(1, SentimentResultColumnsBuilder.Scored, "o", 0.1, SentimentLabel.Positive, 1);
        builder.Set(2, skip with { Id = "t" });
        var columns = builder.Build();
        Assert.Equal(0, columns.IrregularCount);
        AssertSameBits(new SentimentResult { Id = "s", Status = ScoreStatus.Skipped, Error = "no model yet", Model = "m-v1" }, columns[0]);
        AssertSameBits(new SentimentResult { Id = "o", Score = 0.1, Label = SentimentLabel.Positive, Confidence = 1, Model = "m-v1" }, columns[1]);
        Assert.Equal(ScoreStatus.Skipped, columns.StatusAt(2));
        Assert.Equal("no model yet", columns[2].Error);
    }

    [Fact]
    public void Fields_record_equality_calls_equal_but_whose_bits_differ_are_not_taken_for_the_kind()
    {
        var at = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var builder = new SentimentResultColumnsBuilder(2, Scored with { CostUsd = 0.0, ScoredUtc = at });
        var negativeZeroCost = Scored with { Id = "z", CostUsd = -0.0, ScoredUtc = at };
        var otherOffset = Scored with { Id = "o", ScoredUtc = at.ToOffset(TimeSpan.FromHours(2)) };
        builder.Set(0, negativeZeroCost);
        builder.Set(1, otherOffset);
        var columns = builder.Build();
        Assert.Equal(2, columns.IrregularCount);
        AssertSameBits(negativeZeroCost, columns[0]);
        AssertSameBits(otherOffset, columns[1]);
    }

    [Fact]
    public void An_empty_batch_has_no_rows_and_no_representatives()
    {
        var columns = new SentimentResultColumnsBuilder(0, Scored).Build();
        Assert.Empty(columns);
        Assert.Empty(columns.Representatives);
        Assert.Throws<ArgumentOutOfRangeException>(() => columns[0]);
    }

    [Fact]
    public void Reading_outside_the_rows_throws_argument_out_of_range()
    {
        var columns = Build(Scored with { Id = "a" });
        Assert.Throws<ArgumentOutOfRangeException>(() => columns[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => columns[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => columns.IdAt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => columns.ScoreAt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => columns.StatusAt(-1));
    }

    [Fact]
    public void A_row_never_set_fails_the_build_and_names_the_row()
    {
        var builder = new SentimentResultColumnsBuilder(3, Scored);
        builder.Set(0, SentimentResultColumnsBuilder.Scored, "a", 0, SentimentLabel.Neutral, 1);
        builder.Set(2, SentimentResultColumnsBuilder.Scored, "c", 0, SentimentLabel.Neutral, 1);
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("row 1 of 3", error.Message);
    }

    [Fact]
    public void A_kind_never_added_is_refused()
    {
        var builder = new SentimentResultColumnsBuilder(1, Scored);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Set(0, 1, "a", 0, SentimentLabel.Neutral, 1));
    }

    [Fact]
    public void Representatives_are_the_first_row_of_each_kind_and_every_row_kept_whole_in_row_order()
    {
        var builder = new SentimentResultColumnsBuilder(5, Scored);
        byte skipped = builder.AddKind(new SentimentResult { Id = "", Status = ScoreStatus.Skipped, Error = "cancelled", Model = "m-v1" });
        builder.AddKind(Scored with { Model = "never-used" });
        var failed = new SentimentResult { Id = "f", Status = ScoreStatus.Failed, Error = "bad answer", Model = "m-v1" };
        builder.Set(0, skipped, "s0", double.NaN, default, 0);
        builder.Set(1, SentimentResultColumnsBuilder.Scored, "o1", 0.2, SentimentLabel.Positive, 0.9);
        builder.Set(2, failed);
        builder.Set(3, SentimentResultColumnsBuilder.Scored, "o3", -0.2, SentimentLabel.Negative, 0.9);
        builder.Set(4, skipped, "s4", double.NaN, default, 0);
        var columns = builder.Build();
        Assert.Equal(["s0", "o1", "f"], columns.Representatives.Select(r => r.Id));
        Assert.Equal(columns[0], columns.Representatives[0]);
        Assert.Equal(columns[1], columns.Representatives[1]);
        Assert.Same(failed, columns.Representatives[2]);
    }

    [Fact]
    public void Provenance_of_a_columnar_batch_is_that_of_the_same_results_as_objects()
    {
        var at = new DateTimeOffset(2025, 1, 2, 3, 4, 0, TimeSpan.Zero);
        var served = new SentimentResult
        {
            Id = "", Model = "deepseek-chat", ServedModel = "deepseek-v3", SystemFingerprint = "fp_1", Thinking = "off", ScoredUtc = at,
        };
        SentimentResult[] rows =
        [
            served with { Id = "a", Score = 0.5, Label = SentimentLabel.Positive, Confidence = 0.9 },
            served with { Id = "b", SystemFingerprint = "fp_2", ScoredUtc = at.AddDays(3) },
            new SentimentResult { Id = "c", Status = ScoreStatus.Skipped, Error = "budget reached", Model = "never-answered", ServedModel = "x" },
            served with { Id = "d", Status = ScoreStatus.Failed, Error = "timeout", ScoredUtc = at.AddDays(-1) },
            served with { Id = "e", Score = -0.5, Label = SentimentLabel.Negative, Confidence = 0.6 },
        ];
        var builder = new SentimentResultColumnsBuilder(rows.Length, served);
        for (int i = 0; i < rows.Length; i++) builder.Set(i, rows[i]);
        var columns = builder.Build();
        Assert.Equal(3, columns.IrregularCount);
        var expected = ScoringProvenance.Of(rows);
        Assert.Contains(expected, kv => kv.Value == "fp_1, fp_2");
        Assert.Equal(expected, ScoringProvenance.Of(columns));
    }

    [Fact]
    public void Results_of_a_news_tables_rows_read_their_ids_from_it_and_hold_none()
    {
        var table = NewsTable.Of([
            new NewsItem("a1", DateTimeOffset.UnixEpoch, ["AAA"], "up"),
            new NewsItem("b2", DateTimeOffset.UnixEpoch, ["BBB"], "down"),
            new NewsItem("c3", DateTimeOffset.UnixEpoch, [], "flat"),
        ]);
        var builder = new SentimentResultColumnsBuilder(table, Scored);
        builder.SetRow(2, SentimentResultColumnsBuilder.Scored, -0.5, SentimentLabel.Negative, 0.25);
        builder.SetRow(0, SentimentResultColumnsBuilder.Scored, 0.5, SentimentLabel.Positive, 0.75);
        builder.SetRow(1, SentimentResultColumnsBuilder.Scored, 0, SentimentLabel.Neutral, 1);

        var columns = builder.Build();

        Assert.Same(table, columns.IdsOf);
        Assert.Equal(["a1", "b2", "c3"], Enumerable.Range(0, 3).Select(columns.IdAt));
        Assert.Equal(Scored with { Id = "c3", Score = -0.5, Label = SentimentLabel.Negative, Confidence = 0.25 }, columns[2]);
        Assert.Equal(columns.Select(r => r.Id), table.Select(i => i.Id));
    }

    [Fact]
    public void A_builder_reading_ids_from_a_table_refuses_rows_naming_their_own_and_finds_a_row_never_set()
    {
        var table = NewsTable.Of([new NewsItem("a", DateTimeOffset.UnixEpoch, [], "x"), new NewsItem("b", DateTimeOffset.UnixEpoch, [], "y")]);
        var fromTable = new SentimentResultColumnsBuilder(table, Scored);
        Assert.Throws<InvalidOperationException>(() => fromTable.Set(0, SentimentResultColumnsBuilder.Scored, "a", 0, SentimentLabel.Neutral, 1));
        Assert.Throws<InvalidOperationException>(() => fromTable.Set(0, Scored with { Id = "a" }));
        fromTable.SetRow(0, SentimentResultColumnsBuilder.Scored, 0, SentimentLabel.Neutral, 1);
        var error = Assert.Throws<InvalidOperationException>(fromTable.Build);
        Assert.Contains("row 1 of 2", error.Message);

        var ownIds = new SentimentResultColumnsBuilder(2, Scored);
        Assert.Throws<InvalidOperationException>(() => ownIds.SetRow(0, SentimentResultColumnsBuilder.Scored, 0, SentimentLabel.Neutral, 1));
        Assert.Null(new SentimentResultColumnsBuilder(0, Scored).Build().IdsOf);
    }

    [Fact]
    public void The_score_columns_are_shared_only_when_no_row_is_kept_whole()
    {
        var regular = Build(Scored with { Id = "a", Score = 0.25, Confidence = 0.5 }, Scored with { Id = "b", Score = -0.75, Confidence = 1 });
        Assert.True(regular.TryShareScores(out var scores, out var confidences));
        Assert.Equal([0.25, -0.75], scores);
        Assert.Equal([0.5, 1.0], confidences);

        var withFailure = Build(Scored with { Id = "a" }, new SentimentResult { Id = "f", Status = ScoreStatus.Failed, Error = "x", Model = "m-v1" });
        Assert.False(withFailure.TryShareScores(out _, out _));
    }
}
