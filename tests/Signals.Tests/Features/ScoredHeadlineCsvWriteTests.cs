using Signals.Data;
using Signals.Features;
using Signals.Sentiment;

namespace Signals.Tests.Features;

public class ScoredHeadlineCsvWriteTests
{
    private static readonly NewsItem[] News =
    [
        new("n1", new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.FromHours(-5)), ["AAA"], "AAA beats"),
        new("n2", new DateTimeOffset(2024, 3, 5, 8, 5, 0, TimeSpan.FromHours(-5)), ["BBB"], "BBB slumps"),
    ];

    [Fact]
    public void What_write_writes_load_reads_back_with_the_provenance_columns_filled()
    {
        using var files = new TempFiles();
        var path = files.PathOf("scores.csv");
        var results = new[]
        {
            new SentimentResult
            {
                Id = "n1", Score = 1, Label = SentimentLabel.Positive, Confidence = 1, Model = "deepseek-v4-flash", PromptVersion = "lopez-lira-v1",
                ServedModel = "deepseek-flash", SystemFingerprint = "fp_abc", Thinking = "on", ReasoningEffort = "high",
                ScoredUtc = new DateTimeOffset(2026, 12, 2, 3, 4, 5, TimeSpan.Zero), InputTokens = 40, CacheHitTokens = 32, CostUsd = 0.0000123,
            },
            new SentimentResult { Id = "n2", Status = ScoreStatus.Failed, Error = "HTTP 400: model retired", Model = "deepseek-chat", CostUsd = double.NaN },
        };
        ScoredHeadlineCsv.Write(path, results);

        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        Assert.Equal(ScoredHeadlineCsv.Columns, header);
        string Cell(int line, string column) => lines[line].Split(',')[Array.IndexOf(header, column)];
        Assert.Equal("deepseek-flash", Cell(1, "servedModel"));
        Assert.Equal("fp_abc", Cell(1, "systemFingerprint"));
        Assert.Equal("on", Cell(1, "thinking"));
        Assert.Equal("high", Cell(1, "reasoningEffort"));
        Assert.Equal("2026-12-02T03:04:05Z", Cell(1, "scoredUtc"));
        Assert.Equal("32", Cell(1, "cacheHitTokens"));
        Assert.Equal("0.0000123", Cell(1, "costUsd"));
        Assert.Equal("", Cell(2, "costUsd")); // unknown price: empty, never 0

        var scored = ScoredHeadlineCsv.Load(path, News, out int excluded);
        Assert.Equal(1, excluded);
        Assert.Equal("n1", Assert.Single(scored).Id);
        Assert.Empty(Directory.GetFiles(files.Root, "*.tmp"));
    }
}
