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
    public void Items_share_one_symbol_list_per_spelling_and_one_string_per_ticker_and_source()
    {
        var path = _files.Write("n.csv", "id,timestamp,symbols,headline,source\n" +
            "a,2024-03-01T09:15:00-05:00,AAA,first,Wire\n" +
            "b,2024-03-01T09:16:00-05:00,AAA,second,Wire\n" +
            "c,2024-03-01T09:17:00-05:00,AAA;BBB,third, Wire \n");
        var items = NewsFile.Load(path);
        Assert.Equal(["first", "second", "third"], items.Select(i => i.Headline));
        Assert.Same(items[0].Symbols, items[1].Symbols);
        Assert.Equal(["AAA", "BBB"], items[2].Symbols);
        Assert.Same(items[0].Symbols[0], items[2].Symbols[0]);
        Assert.Equal("Wire", items[2].Source);
        Assert.Same(items[0].Source, items[2].Source);
    }

    [Fact]
    public void Rows_read_directly_and_by_the_general_rules_keep_their_order_values_and_errors()
    {
        var path = _files.Write("mixed.csv", "id,timestamp,symbols,headline,source,body\n" +
            "a,2024-03-01T09:15:00-05:00,AAA,'=1+1,'+Wire,\n" +        // formulas the writers neutralised read back
            "b,3/15/2024,AAA,slash date,Wire,\n" +                    // another timestamp shape: the general rules
            "c,2024-03-01T09:15:00-05:00,,no symbol,Wire,\n" +
            "d,2024-03-01T09:16:00-05:00,AAA,   ,Wire,\n" +
            "e,2024-03-01T09:15:00-05:00,$BBB $AAA, cashtags ,Wire, body \n" +
            "short\n");
        var load = NewsFile.LoadWithReport(path, new NewsLoadOptions { OnBadRows = BadRowPolicy.Skip });
        Assert.Equal(6, load.RowsRead);
        Assert.Equal(1, load.DateOnly);
        Assert.Equal([(4, "symbols", "no symbol"), (5, "headline", "empty headline"), (7, null, "expected 6 fields, found 1")],
            load.BadRows.Select(r => (r.Line, r.Column, r.Reason)));
        Assert.Equal(["a", "e", "b"], load.Items.Select(i => i.Id)); // by time, file order for equal times
        Assert.Equal(("=1+1", "+Wire", (string?)null), (load.Items[0].Headline, load.Items[0].Source, load.Items[0].Body));
        Assert.Equal(["BBB", "AAA"], load.Items[1].Symbols);
        Assert.Equal(("cashtags", " body "), (load.Items[1].Headline, load.Items[1].Body));

        // Strict: the file's shape is checked to its end before any row's fields, so the short row stops the load.
        var e = Assert.Throws<DataFormatException>(() => NewsFile.Load(path));
        Assert.Equal(7, e.Line);
    }

    [Fact]
    public void Items_come_sorted_by_time_with_equal_times_in_file_order()
    {
        // Enough rows, and few enough distinct times, that an unstable sort would reorder equal times.
        var rng = new Random(5);
        var text = new System.Text.StringBuilder("id,timestamp,symbol,headline\n");
        var written = new List<(string Id, DateTimeOffset Time)>();
        for (int i = 0; i < 3_000; i++)
        {
            var time = new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(-5)).AddMinutes(rng.Next(40));
            // The same instant written with two offsets: the order is by the instant.
            string stamp = i % 2 == 0 ? NewsFile.FormatTimestamp(time) : NewsFile.FormatTimestamp(time.ToOffset(TimeSpan.Zero));
            text.Append($"n{i},{stamp},AAA,headline {i}\n");
            written.Add(($"n{i}", time));
        }
        var items = NewsFile.Load(_files.Write("n.csv", text.ToString()));
        Assert.Equal(written.OrderBy(w => w.Time).Select(w => w.Id), items.Select(i => i.Id));
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
