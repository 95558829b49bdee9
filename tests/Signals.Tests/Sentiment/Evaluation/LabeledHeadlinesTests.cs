using Signals.Data;
using Signals.Sentiment;
using Signals.Sentiment.Evaluation;

namespace Signals.Tests.Sentiment.Evaluation;

public class LabeledHeadlinesTests
{
    [Fact]
    public void Reads_quoted_text_and_remembers_each_rows_line()
    {
        var csv = "text,label\n" +
                  "\"Sales rose 5 %, to EUR 42 mn\",positive\n" +
                  "\"A \"\"quoted\"\" word\",Neutral\n" +
                  "\"Line one\nline two\",negative\n" +
                  "Plain headline,neutral\n";
        var rows = LabeledHeadlines.Parse(csv, "x.csv");
        Assert.Equal(4, rows.Count);
        Assert.Equal("Sales rose 5 %, to EUR 42 mn", rows[0].Text);
        Assert.Equal("A \"quoted\" word", rows[1].Text);
        Assert.Equal(SentimentLabel.Neutral, rows[1].Label);
        Assert.Equal(SentimentLabel.Negative, rows[2].Label);
        Assert.Equal([2, 3, 4, 6], rows.Select(r => r.Line));
    }

    [Fact]
    public void A_bad_label_names_the_file_line_and_column()
    {
        var path = WriteTemp("text,label\nGood news,positive\nMeh,neutral\nSomething,upbeat\n");
        try
        {
            var ex = Assert.Throws<DataFormatException>(() => LabeledHeadlines.Load(path));
            Assert.Equal(4, ex.Line);
            Assert.Equal("label", ex.Column);
            Assert.Equal(path, ex.File);
            Assert.Contains("'upbeat'", ex.Message);
            Assert.Contains($"{path}, line 4, column 'label'", ex.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_bad_label_after_a_multiline_field_reports_the_physical_line()
    {
        var csv = "text,label\n\"one\ntwo\nthree\",neutral\nX,up\n";
        var ex = Assert.Throws<DataFormatException>(() => LabeledHeadlines.Parse(csv, "m.csv"));
        Assert.Equal(5, ex.Line);
    }

    [Theory]
    [InlineData("title,label\nX,positive\n", 1, null)]
    [InlineData("text,label,extra\nX,positive,1\n", 1, null)]
    [InlineData("text,label\nX,positive,oops\n", 2, null)]
    [InlineData("text,label\n ,positive\n", 2, "text")]
    [InlineData("text,label\nX,1\n", 2, "label")]
    public void Structural_problems_are_reported_at_their_line(string csv, int line, string? column)
    {
        var ex = Assert.Throws<DataFormatException>(() => LabeledHeadlines.Parse(csv, "bad.csv"));
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.StartsWith("bad.csv, line", ex.Message);
    }

    [Fact]
    public void Benchmark_spellings_numeric_codes_and_duplicates_are_all_read()
    {
        var rows = LabeledHeadlines.Parse("sentence,sentiment\nUp we go,bullish\nDown,Bearish\nFlat,neu\nUp we go,bullish\n", "b.csv");
        Assert.Equal([SentimentLabel.Positive, SentimentLabel.Negative, SentimentLabel.Neutral, SentimentLabel.Positive], rows.Select(r => r.Label));
        Assert.Equal(1, LabeledHeadlines.DuplicateCount(rows));

        var coded = LabeledHeadlines.Parse("text,label\nA,0\nB,1\nC,2\n", "c.csv", LabelMap.Parse("0=bearish,1=bullish,2=neutral"));
        Assert.Equal([SentimentLabel.Negative, SentimentLabel.Positive, SentimentLabel.Neutral], coded.Select(r => r.Label));
        var ex = Assert.Throws<DataFormatException>(() => LabeledHeadlines.Parse("text,label\nA,0\n", "c.csv"));
        Assert.Contains("--label-map", ex.Message);
    }

    [Fact]
    public void Training_overlap_ignores_case_spacing_and_punctuation()
    {
        var eval = LabeledHeadlines.Parse("text,label\n\"Profit rose , up 5 % .\",positive\nSomething new,neutral\n");
        var overlap = TrainingOverlap.Find(eval, ["profit rose, up 5%.", "Unrelated"]);
        Assert.Equal(2, Assert.Single(overlap).Line);
    }

    [Fact]
    public void Missing_and_empty_files_are_errors()
    {
        Assert.Throws<DataFormatException>(() => LabeledHeadlines.Load("/nonexistent/labels.csv"));
        Assert.Throws<DataFormatException>(() => LabeledHeadlines.Parse("text,label\n", "e.csv"));
        Assert.Throws<DataFormatException>(() => LabeledHeadlines.Parse("", "e.csv"));
    }

    [Fact]
    public void The_shipped_labelled_set_loads_and_is_balanced()
    {
        var rows = LabeledHeadlines.Load(RepoFile("data/sentiment/headlines.csv"));
        Assert.True(rows.Count >= 1200, $"only {rows.Count} rows");
        var counts = rows.GroupBy(r => r.Label).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(3, counts.Count);
        Assert.True(counts.Values.Max() - counts.Values.Min() <= rows.Count / 20, "labels should be balanced within 5%");
    }

    private static string WriteTemp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }

    internal static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Signals.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, relative);
    }
}
