using System.Text;
using Signals.Data;

namespace Signals.Tests.Data;

public sealed class NewsTableTests : IDisposable
{
    private static readonly string[] Aaa = ["AAA"];
    private static readonly string[] AaaBbb = ["AAA", "BBB"];
    private static readonly string[] None = [];

    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    /// <summary>Items with every kind of field the table stores apart: odd offsets, shared and empty symbol lists, text beyond ASCII, bodies, no source.</summary>
    private static NewsItem[] Varied() =>
    [
        new("n1", new DateTimeOffset(2024, 3, 1, 9, 15, 0, TimeSpan.FromHours(-5)), Aaa, "AAA beats estimates", Source: "Wire"),
        new("n2", new DateTimeOffset(2024, 3, 1, 9, 15, 0, new TimeSpan(5, 45, 0)), AaaBbb, "Café résumé naïve: ünïcödé", "a body\nwith a newline", "Wire"),
        new("n3", new DateTimeOffset(2024, 3, 1, 23, 59, 59, TimeSpan.FromHours(14)), None, "市场 rallies 📈 on data", Source: null),
        new("n4", new DateTimeOffset(2024, 3, 2, 0, 0, 0, new TimeSpan(-3, -30, 0)), Aaa, "", Body: "   "),
        new("n5", new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero).AddTicks(1234567), Aaa, "ticks below a second", Source: "Other"),
        new("n6", DateTimeOffset.MinValue, None, "the first instant"),
        new("n7", DateTimeOffset.MaxValue, Aaa, "the last instant", Source: "Wire"),
    ];

    [Fact]
    public void A_table_reads_back_each_item_equal_to_the_one_it_was_built_from()
    {
        var items = Varied();
        var table = NewsTable.Of(items);
        Assert.Equal(items.Length, table.Count);
        Assert.Equal(items, table); // record equality: the same symbol lists, equal strings and instants
        for (int row = 0; row < items.Length; row++)
            Assert.Equal(items[row].Published.Offset, table[row].Published.Offset); // equality of instants ignores the offset
        Assert.Equal(items, table.ToArray());
        Assert.Equal(items[^1], table.Last());
    }

    [Fact]
    public void The_accessors_read_each_field_as_the_item_holds_it()
    {
        var items = Varied();
        var table = NewsTable.Of(items);
        var buffer = new char[table.MaxHeadlineChars];
        for (int row = 0; row < items.Length; row++)
        {
            var item = items[row];
            Assert.Equal(item.Id, table.Id(row)); // a new string: the table holds ids as UTF-8
            Assert.True(table.TryGetIdUtf8(row, out var idUtf8));
            Assert.Equal(Encoding.UTF8.GetBytes(item.Id), idUtf8.ToArray());
            Assert.True(table.IdEquals(row, item.Id));
            Assert.Equal(item.Published, table.Published(row));
            Assert.Equal(item.Published.Offset, table.Published(row).Offset);
            Assert.Equal(item.Published.UtcTicks, table.PublishedUtcTicks(row));
            Assert.Same(item.Symbols, table.Symbols(row));
            Assert.Equal(item.Headline, table.HeadlineText(row));
            Assert.True(table.TryGetHeadlineUtf8(row, out var utf8));
            Assert.Equal(Encoding.UTF8.GetBytes(item.Headline), utf8.ToArray());
            int length = table.CopyHeadline(row, buffer);
            Assert.Equal(item.Headline, new string(buffer, 0, length));
            Assert.Equal(item.Body, table.Body(row));
            Assert.Equal(item.Source, table.Source(row));
        }
        Assert.Equal(2, table.MarketLevel);
    }

    [Fact]
    public void Equal_symbol_lists_and_sources_are_held_once()
    {
        var table = NewsTable.Of(
        [
            new NewsItem("a", DateTimeOffset.UnixEpoch, ["AAA", "BBB"], "x", Source: new string("Wire".AsSpan())),
            new NewsItem("b", DateTimeOffset.UnixEpoch, ["AAA", "BBB"], "y", Source: new string("Wire".AsSpan())),
            new NewsItem("c", DateTimeOffset.UnixEpoch, ["BBB", "AAA"], "z", Source: "Other"),
        ]);
        Assert.Same(table.Symbols(0), table.Symbols(1));
        Assert.Same(table.Source(0), table.Source(1));
        Assert.Equal(["BBB", "AAA"], table.Symbols(2)); // the order of a list is part of it
        Assert.Equal("Other", table.Source(2));
    }

    [Fact]
    public void A_headline_without_a_utf8_form_is_kept_exactly_as_a_string()
    {
        string unpaired = "broken \uD800 surrogate";
        string huge = new('x', Utf8Arena.MaxTextBytes + 1);
        var table = NewsTable.Of(
        [
            new NewsItem("a", DateTimeOffset.UnixEpoch, Aaa, "before"),
            new NewsItem("b", DateTimeOffset.UnixEpoch, Aaa, unpaired, "body"),
            new NewsItem("c", DateTimeOffset.UnixEpoch, Aaa, huge),
            new NewsItem("d", DateTimeOffset.UnixEpoch, Aaa, "after"),
        ]);
        Assert.Equal(["before", unpaired, huge, "after"], table.Select(i => i.Headline));
        Assert.False(table.TryGetHeadlineUtf8(1, out var none));
        Assert.True(none.IsEmpty);
        Assert.False(table.TryGetHeadlineUtf8(2, out _));
        Assert.True(table.TryGetHeadlineUtf8(3, out var after));
        Assert.Equal("after"u8.ToArray(), after.ToArray());
        Assert.Equal(huge.Length, table.MaxHeadlineChars);
        var buffer = new char[table.MaxHeadlineChars];
        Assert.Equal(unpaired, new string(buffer, 0, table.CopyHeadline(1, buffer)));
        Assert.Equal("body", table.Body(1));
    }

    [Fact]
    public void Ids_beyond_ascii_without_a_utf8_form_too_long_or_empty_read_back_exactly()
    {
        string[] ids = ["plain", "Café-é", "市场📈", "broken \uD800 surrogate", "\uDC00", "", new string('i', Utf8Arena.MaxTextBytes + 1), "last"];
        var table = NewsTable.Of([.. ids.Select(id => new NewsItem(id, DateTimeOffset.UnixEpoch, Aaa, "h"))]);
        Assert.Equal(ids, Enumerable.Range(0, table.Count).Select(table.Id));
        Assert.Equal(ids, table.Select(i => i.Id));
        for (int row = 0; row < ids.Length; row++)
        {
            bool hasUtf8 = row is not (3 or 4 or 6);
            Assert.Equal(hasUtf8, table.TryGetIdUtf8(row, out var utf8));
            Assert.Equal(hasUtf8 ? Encoding.UTF8.GetBytes(ids[row]) : [], utf8.ToArray());
            for (int other = 0; other < ids.Length; other++)
                Assert.Equal(row == other, table.IdEquals(row, ids[other]));
            Assert.Equal(row, table.IndexOf(table[row]));
        }
        // Near misses: a prefix, one more char, the same length in other chars, a surrogate half of a pair.
        Assert.False(table.IdEquals(0, "plai"));
        Assert.False(table.IdEquals(0, "plainn"));
        Assert.False(table.IdEquals(1, "Café-e"));
        Assert.False(table.IdEquals(2, "市场\uD83D"));
        Assert.False(table.IdEquals(3, "broken \uD801 surrogate"));
    }

    [Fact]
    public void Ids_stay_when_the_headline_text_is_let_go()
    {
        var items = Varied();
        var table = NewsTable.Of(items);
        table.ReleaseHeadlineText();
        Assert.Equal(items.Select(i => i.Id), Enumerable.Range(0, table.Count).Select(table.Id));
        Assert.True(table.TryGetIdUtf8(1, out var utf8));
        Assert.Equal("n2"u8.ToArray(), utf8.ToArray());
        Assert.True(table.IdEquals(6, "n7"));
        Assert.Throws<InvalidOperationException>(() => table.HeadlineText(0));
    }

    [Fact]
    public void A_buffer_too_short_for_a_headline_is_refused()
    {
        var table = NewsTable.Of([new NewsItem("a", DateTimeOffset.UnixEpoch, Aaa, "twelve chars")]);
        Assert.Throws<ArgumentException>(() => table.CopyHeadline(0, new char[11]));
        Assert.Equal(12, table.CopyHeadline(0, new char[12]));
    }

    [Fact]
    public void An_empty_table_has_no_rows()
    {
        foreach (var table in new[] { NewsTable.Empty, NewsTable.Of([]) })
        {
            Assert.Empty(table);
            Assert.Equal(0, table.MarketLevel);
            Assert.Equal(0, table.MaxHeadlineChars);
            Assert.Throws<ArgumentOutOfRangeException>(() => table[0]);
        }
    }

    [Fact]
    public void Reading_past_the_last_row_is_refused_as_a_list_refuses_it()
    {
        var table = NewsTable.Of(Varied());
        Assert.Throws<ArgumentOutOfRangeException>(() => table[table.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => table[-1]);
    }

    [Fact]
    public void A_table_is_a_read_only_list()
    {
        var items = Varied();
        var table = NewsTable.Of(items);
        IList<NewsItem> list = table;
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list.Add(items[0]));
        Assert.Throws<NotSupportedException>(() => list[0] = items[1]);
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(list.Clear);
        Assert.Equal(2, list.IndexOf(items[2]));
        Assert.Contains(items[3], list);
        Assert.DoesNotContain(items[3] with { Headline = "other" }, list);
        Assert.Same(table, NewsTable.Of(table));
    }

    [Fact]
    public void Many_headlines_spread_over_several_chunks_read_back()
    {
        // Enough text to fill the arena's growing chunks several times over, with every length up to a few hundred bytes.
        var rng = new Random(3);
        var items = new NewsItem[60_000];
        for (int i = 0; i < items.Length; i++)
            items[i] = new NewsItem($"n{i}", DateTimeOffset.UnixEpoch.AddMinutes(i), Aaa, new string((char)('a' + i % 26), rng.Next(0, 400)) + "é");
        var table = NewsTable.Of(items);
        Assert.Equal(items.Select(i => i.Headline), Enumerable.Range(0, table.Count).Select(table.HeadlineText));
    }

    [Fact]
    public void The_loader_gives_a_table_holding_what_was_written_with_offsets_bodies_and_no_sources()
    {
        // What a file can hold: a symbol in a symbol column, a headline, a body with text, whole seconds within the years written.
        var items = Varied().Where(i => i.Symbols.Count > 0 && i.Headline.Length > 0 && i.Body is not "   "
            && i.Published.Year is > 1 and < 9999 && i.Published.Ticks % TimeSpan.TicksPerSecond == 0).ToArray();
        Assert.Equal(["n1", "n2"], items.Select(i => i.Id));
        var csv = new StringWriter();
        NewsFile.WriteCsv(csv, items);
        var jsonl = new StringWriter();
        NewsFile.WriteJsonl(jsonl, items);
        foreach (var path in new[] { _files.Write("t.csv", csv.ToString()), _files.Write("t.jsonl", jsonl.ToString()) })
        {
            var load = NewsFile.LoadWithReport(path);
            var table = Assert.IsType<NewsTable>(load.Items);
            Assert.Equal(items.OrderBy(i => i.Published).Select(Fields), table.Select(Fields));
            Assert.Equal(0, load.MarketLevel);
        }
    }

    [Fact]
    public void Loaded_rows_merged_under_several_symbols_and_duplicates_dropped_keep_their_fields()
    {
        var path = _files.Write("d.csv", "id,timestamp,symbols,headline,source,body\n" +
            "x,2024-03-01T09:15:00-05:00,AAA,deal,Wire,\n" +
            "y,2024-03-01T09:14:00+01:00,BBB,earlier,,text\n" +
            "x,2024-03-01T09:15:00-05:00,BBB,deal,Wire,\n" +
            "y,2024-03-01T09:14:00+01:00,BBB,earlier,,text\n");
        var load = NewsFile.LoadWithReport(path);
        Assert.Equal(1, load.Duplicates);
        (string, string, string, string, string?, string?)[] expected =
            [("y", "2024-03-01T09:14:00+01:00", "BBB", "earlier", "text", null), ("x", "2024-03-01T09:15:00-05:00", "AAA;BBB", "deal", null, "Wire")];
        Assert.Equal(expected,
            load.Items.Select(i => (i.Id, NewsFile.FormatTimestamp(i.Published), string.Join(';', i.Symbols), i.Headline, i.Body, i.Source)));
    }

    private static (string, DateTimeOffset, TimeSpan, string, string, string?, string?) Fields(NewsItem n) =>
        (n.Id, n.Published, n.Published.Offset, string.Join(';', n.Symbols), n.Headline, n.Body, n.Source);
}
