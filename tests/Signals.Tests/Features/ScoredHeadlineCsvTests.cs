using Signals.Data;
using Signals.Features;

namespace Signals.Tests.Features;

public class ScoredHeadlineCsvTests
{
    private static readonly NewsItem[] News =
    [
        new("n1", new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.FromHours(-5)), ["AAA"], "AAA beats"),
        new("n2", new DateTimeOffset(2024, 3, 5, 8, 5, 0, TimeSpan.FromHours(-5)), ["BBB", "CCC"], "Sector slump"),
        new("n3", new DateTimeOffset(2024, 3, 5, 8, 9, 0, TimeSpan.FromHours(-5)), ["AAA"], "AAA files 10-Q"),
    ];

    [Fact]
    public void Reads_the_score_commands_output_joined_to_the_news_and_leaves_out_failures()
    {
        using var files = new TempFiles();
        var path = files.Write("scores.csv",
            "id,score,label,confidence,status,error,model,promptVersion,inputTokens,outputTokens,reasoningTokens,cached,latencyMs,rationale\n" +
            "n1,0.8,positive,0.9,ok,,m,v1,10,5,0,false,12,\"beat, raised \"\"guidance\"\"\"\n" +
            "n2,-0.4,negative,0.7,ok,,m,v1,10,5,0,false,12,slump\n" +
            "n3,,,,failed,timeout,m,v1,10,0,0,false,30000,\n");
        var scored = ScoredHeadlineCsv.Load(path, News, out int excluded);
        Assert.Equal(1, excluded);
        Assert.Equal(["n1", "n2"], scored.Select(s => s.Id));
        Assert.Equal(News[1].Published, scored[1].Published);
        Assert.Equal(["BBB", "CCC"], scored[1].Symbols);
        Assert.Equal(0.9, scored[0].Confidence);
    }

    [Fact]
    public void Reads_self_contained_rows_and_rejects_bad_ones_with_file_line_and_column()
    {
        using var files = new TempFiles();
        var good = files.Write("direct.csv", "timestamp,symbol,score\n2024-03-05T08:00:00-05:00,AAA;BBB,0.5\n");
        var one = Assert.Single(ScoredHeadlineCsv.Load(good, null, out _));
        Assert.Equal(["AAA", "BBB"], one.Symbols);
        Assert.Equal(1.0, one.Confidence);

        var noOffset = files.Write("local.csv", "timestamp,symbol,score\n2024-03-05 08:00,AAA,0.5\n");
        var ex = Assert.Throws<DataFormatException>(() => ScoredHeadlineCsv.Load(noOffset, null, out _));
        Assert.Equal((2, "timestamp"), (ex.Line, ex.Column));
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.FromHours(-5)),
            Assert.Single(ScoredHeadlineCsv.Load(noOffset, null, out _, zone: "America/New_York")).Published);

        var outOfRange = files.Write("range.csv", "timestamp,symbol,score\n2024-03-05T08:00:00-05:00,AAA,1.5\n");
        Assert.Equal("score", Assert.Throws<DataFormatException>(() => ScoredHeadlineCsv.Load(outOfRange, null, out _)).Column);

        var unknownId = files.Write("ids.csv", "id,score,status\nzz,0.1,ok\n");
        Assert.Contains("not in the news file", Assert.Throws<DataFormatException>(() => ScoredHeadlineCsv.Load(unknownId, News, out _)).Message);
        Assert.Contains("--news", Assert.Throws<DataFormatException>(() => ScoredHeadlineCsv.Load(unknownId, null, out _)).Message);
    }
}
