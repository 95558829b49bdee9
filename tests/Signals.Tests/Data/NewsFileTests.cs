using Signals.Data;

namespace Signals.Tests.Data;

public sealed class NewsFileTests : IDisposable
{
    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    [Fact]
    public void Reads_csv_with_alternative_column_names_several_symbols_and_derived_ids()
    {
        var path = _files.Write("n.csv", "published,ticker,title,source\n" +
            "2024-03-01T16:05:00-05:00,AAA;BBB,\"AAA to buy BBB, sources say\",Wire\n" +
            "2024-03-01T08:00:00Z,CCC,CCC beats,\n");
        var items = NewsFile.Load(path);
        Assert.Equal(2, items.Count);
        Assert.Equal("CCC beats", items[0].Headline); // sorted by time
        var deal = items[1];
        Assert.Equal(["AAA", "BBB"], deal.Symbols);
        Assert.Equal("AAA to buy BBB, sources say", deal.Headline);
        Assert.Equal("Wire", deal.Source);
        Assert.Equal(16, deal.Id.Length);
        Assert.Equal(deal.Id, NewsFile.Load(path)[1].Id); // stable
        Assert.Null(items[0].Source);
    }

    [Fact]
    public void Reads_jsonl_with_symbol_arrays_and_explicit_ids()
    {
        var path = _files.Write("n.jsonl",
            "{\"id\":\"a1\",\"timestamp\":\"2024-03-01T16:05:00-05:00\",\"symbols\":[\"AAA\",\"BBB\"],\"headline\":\"x\",\"body\":\"long text\"}\n\n" +
            "{\"id\":\"a2\",\"datetime\":\"2024-03-02T10:00:00+01:00\",\"symbol\":\"AAA\",\"title\":\"y\"}\n");
        var items = NewsFile.Load(path);
        Assert.Equal(["a1", "a2"], items.Select(i => i.Id));
        Assert.Equal(["AAA", "BBB"], items[0].Symbols);
        Assert.Equal("long text", items[0].Body);
    }

    [Fact]
    public void Timestamps_without_offset_are_rejected_unless_a_zone_is_named()
    {
        var path = _files.Write("n.csv", "timestamp,symbol,headline\n2024-03-01T16:05:00-05:00,AAA,a\n2024-03-01 09:00,AAA,b\n");
        var e = Assert.Throws<DataFormatException>(() => NewsFile.Load(path));
        Assert.Equal(3, e.Line);
        Assert.Equal("timestamp", e.Column);
        Assert.Contains("no UTC offset", e.Message);

        var items = NewsFile.Load(path, zone: "America/New_York");
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5)), items[0].Published);
    }

    [Theory]
    [InlineData("timestamp,symbol,headline\n2024-03-01T16:05:00Z,,a\n", 2, "symbol", "no symbol")]
    [InlineData("timestamp,symbol,headline\n2024-03-01T16:05:00Z,AAA,   \n", 2, "headline", "empty headline")]
    [InlineData("timestamp,symbol,headline\nyesterday,AAA,a\n", 2, "timestamp", "is not a timestamp")]
    [InlineData("timestamp,symbol,headline\n2024-03-01T16:05:00Z,AAA,a\n,AAA,b\n", 3, "timestamp", "empty timestamp")]
    [InlineData("timestamp,symbol\n2024-03-01T16:05:00Z,AAA\n", 1, "headline", "no headline column among the columns (timestamp, symbol)")]
    [InlineData("id,timestamp,symbol,headline\nx,2024-03-01T16:05:00Z,AAA,a\nx,2024-03-02T16:05:00Z,AAA,b\n", 3, "id", "duplicate id")]
    [InlineData("timestamp,symbol,headline\n2024-03-01T16:05:00Z,AAA\n", 2, null, "expected 3 fields")]
    public void Bad_csv_rows_name_line_and_column(string content, int line, string? column, string problem)
    {
        var e = Assert.Throws<DataFormatException>(() => NewsFile.Load(_files.Write("bad.csv", content)));
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains($"line {line}", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Theory]
    [InlineData("{\"timestamp\":\"2024-03-01T16:05:00Z\",\"symbol\":\"A\",\"headline\":\"a\"}\nnot json\n", 2, null, "not a JSON object")]
    [InlineData("[1,2]\n", 1, null, "JSON object")]
    [InlineData("{\"timestamp\":\"2024-03-01T16:05:00Z\",\"symbol\":\"a\"}\n", 1, "headline", "no headline field among the fields (timestamp, symbol)")]
    [InlineData("{\"timestamp\":\"2024-03-01T16:05:00Z\",\"symbol\":{\"a\":1},\"headline\":\"a\"}\n", 1, "symbol", "expected a string")]
    public void Bad_jsonl_lines_name_line_and_field(string content, int line, string? column, string problem)
    {
        var e = Assert.Throws<DataFormatException>(() => NewsFile.Load(_files.Write("bad.jsonl", content)));
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Round_trips_csv_and_jsonl_writers()
    {
        var items = new[]
        {
            new NewsItem("i1", new DateTimeOffset(2024, 3, 1, 16, 5, 0, TimeSpan.FromHours(-5)), ["AAA", "BBB"], "Quote \"this\", and, commas", "body\nwith newline", "Wire"),
            new NewsItem("i2", new DateTimeOffset(2024, 3, 2, 9, 0, 0, TimeSpan.Zero), ["CCC"], "Plain"),
        };
        var csv = new StringWriter();
        NewsFile.WriteCsv(csv, items);
        var jsonl = new StringWriter();
        NewsFile.WriteJsonl(jsonl, items);
        foreach (var path in new[] { _files.Write("r.csv", csv.ToString()), _files.Write("r.jsonl", jsonl.ToString()) })
        {
            var back = NewsFile.Load(path);
            Assert.Equal(items.Select(i => i.Headline), back.Select(i => i.Headline));
            Assert.Equal(items.Select(i => i.Published), back.Select(i => i.Published));
            Assert.Equal(items[0].Symbols, back[0].Symbols);
            Assert.Equal(items[0].Body, back[0].Body);
        }
    }

    [Fact]
    public void Random_garbage_raises_only_the_loaders_exception()
    {
        var rng = new Random(11);
        const string alphabet = "{}[]\":,0123456789-TZ+ abcdehilmnopstwy\n;";
        for (int trial = 0; trial < 400; trial++)
        {
            var chars = new char[rng.Next(0, 200)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[rng.Next(alphabet.Length)];
            string prefix = trial % 3 == 0 ? "timestamp,symbol,headline\n" : "";
            var path = _files.Write(trial % 2 == 0 ? $"g{trial}.csv" : $"g{trial}.jsonl", prefix + new string(chars));
            try { NewsFile.Load(path); }
            catch (DataFormatException) { }
        }
    }
}
