using System.Text;
using Signals.Data;

namespace Signals.Tests.Data;

/// <summary>What the loader does with rows that share an id: exact duplicates dropped and counted, one item read under several symbols merged, an id reused for other content reported.</summary>
public sealed class NewsFileDuplicateTests : IDisposable
{
    private const string Header = "id,timestamp,symbols,headline\n";
    private static readonly NewsLoadOptions Skip = new() { OnBadRows = BadRowPolicy.Skip };

    private readonly TempFiles _files = new();
    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_first_row_takes_each_merge_in_turn_and_a_later_row_compares_with_it_as_it_stands()
    {
        var path = _files.Write("n.csv", Header +
            "x,2024-03-01T15:00:00Z,AAA,deal\n" +
            "x,2024-03-01T15:00:00Z,BBB,deal\n" +      // merged: AAA;BBB
            "x,2024-03-01T15:00:00Z,AAA,deal\n" +      // equal to the first row as read, not as it stands: merged again, not a duplicate
            "x,2024-03-01T15:00:00Z,CCC;AAA,deal\n" +  // merged: AAA;BBB;CCC
            "x,2024-03-01T15:00:00Z,AAA;BBB;CCC,deal\n" + // now an exact duplicate
            "y,2024-03-01T14:00:00Z,BBB,other\n");
        var load = NewsFile.LoadWithReport(path);
        Assert.Equal(6, load.RowsRead);
        Assert.Equal(1, load.Duplicates);
        Assert.Empty(load.BadRows);
        Assert.Equal(["y|BBB|other", "x|AAA;BBB;CCC|deal"], load.Items.Select(i => $"{i.Id}|{string.Join(';', i.Symbols)}|{i.Headline}"));
    }

    [Fact]
    public void Strict_loading_throws_the_reused_id_met_first_in_file_order()
    {
        // The id whose first row comes first ("a") is reused last: the error is the earliest reusing row, line 5.
        var path = _files.Write("n.csv", Header +
            "a,2024-03-01T15:00:00Z,AAA,one\n" +
            "b,2024-03-01T15:00:00Z,AAA,two\n" +
            "c,2024-03-01T15:00:00Z,AAA,three\n" +
            "c,2024-03-01T15:00:00Z,AAA,not three\n" +
            "b,2024-03-01T15:00:00Z,AAA,not two\n" +
            "a,2024-03-01T15:00:00Z,AAA,not one\n");
        var e = Assert.Throws<DataFormatException>(() => NewsFile.LoadWithReport(path));
        Assert.Equal((path, 5, "id"), (e.File, e.Line, e.Column));
        Assert.Contains("duplicate id 'c' with other content (first on line 4)", e.Message);

        var load = NewsFile.LoadWithReport(path, Skip);
        Assert.Equal([(5, "c", 4), (6, "b", 3), (7, "a", 2)], load.BadRows.Select(r => (r.Line, Quoted(r.Reason), FirstLine(r.Reason))));
        Assert.Equal(["one", "two", "three"], load.Items.Select(i => i.Headline));
    }

    [Fact]
    public void An_id_reused_in_another_file_of_a_folder_names_the_file_of_its_first_row()
    {
        _files.Write("feed/a.csv", Header + "x,2024-03-01T15:00:00Z,AAA,deal\nz,2024-03-01T15:00:00Z,AAA,zed\n");
        var second = _files.Write("feed/b.csv", Header + "x,2024-03-01T15:00:00Z,BBB,deal\nz,2024-03-01T15:00:00Z,AAA,not zed\nx,2024-03-01T15:00:00Z,AAA,deal\n");
        var load = NewsFile.LoadWithReport(_files.PathOf("feed"), Skip);
        var bad = Assert.Single(load.BadRows);
        Assert.Equal((second, 3), (bad.File, bad.Line));
        Assert.Contains($"duplicate id 'z' with other content (first on {_files.PathOf("feed/a.csv")}, line 3)", bad.Reason);
        Assert.Equal(0, load.Duplicates); // the last x is equal to neither the first row as it stands (AAA;BBB) nor the second: merged
        Assert.Equal(["x|AAA;BBB", "z|AAA"], load.Items.Select(i => $"{i.Id}|{string.Join(';', i.Symbols)}"));
    }

    [Fact]
    public void Reused_ids_on_one_line_are_reported_in_the_order_of_the_rows()
    {
        // A JSON array on one line: every element has line 1, so the order of the reports is the rows' order.
        var path = _files.Write("n.json", "[" +
            """{"id":"q","timestamp":"2024-03-01T15:00:00Z","symbol":"AAA","headline":"q1"},""" +
            """{"id":"p","timestamp":"2024-03-01T15:00:00Z","symbol":"AAA","headline":"p1"},""" +
            """{"id":"q","timestamp":"2024-03-01T15:00:00Z","symbol":"AAA","headline":"q2"},""" +
            """{"id":"p","timestamp":"2024-03-01T15:00:00Z","symbol":"AAA","headline":"p2"},""" +
            """{"id":"q","timestamp":"2024-03-01T15:00:00Z","symbol":"AAA","headline":"q3"}""" + "]");
        var load = NewsFile.LoadWithReport(path, Skip);
        Assert.Equal(["q", "p", "q"], load.BadRows.Select(r => Quoted(r.Reason)));
        Assert.Equal(["q1", "p1"], load.Items.Select(i => i.Headline));
    }

    [Fact]
    public void Ids_beyond_ascii_too_long_for_the_arena_or_left_empty_are_told_apart_and_matched_exactly()
    {
        // An id longer than the arena keeps is held as a string; an empty id takes the stable id of the content.
        string huge = new('x', Utf8Arena.MaxTextBytes + 1), hugeToo = huge[..^1] + "y";
        var path = _files.Write("n.csv", Header +
            $"{huge},2024-03-01T15:00:00Z,AAA,long\n" +
            "x\u00e9,2024-03-01T15:00:00Z,AAA,accent\n" +
            "xe,2024-03-01T15:00:00Z,AAA,plain\n" +
            ",2024-03-01T15:00:00Z,AAA,no id\n" +
            $"{huge},2024-03-01T15:00:00Z,AAA,long\n" +          // exact duplicate
            $"{huge},2024-03-01T15:00:00Z,BBB,long\n" +          // merged
            "x\u00e9,2024-03-01T15:00:00Z,AAA,accent 2\n" +      // reused
            " ,2024-03-01T15:00:00Z,AAA,no id\n" +               // the same stable id: an exact duplicate
            ",2024-03-01T15:00:00Z,BBB,no id\n" +                // another stable id (the symbols are part of it)
            $"{hugeToo},2024-03-01T15:00:00Z,AAA,long too\n" +
            $"{hugeToo},2024-03-01T15:00:00Z,AAA,long three\n");  // reused
        var load = NewsFile.LoadWithReport(path, Skip);
        Assert.Equal(2, load.Duplicates);
        Assert.Equal([(8, "x\u00e9"), (12, hugeToo)], load.BadRows.Select(r => (r.Line, Quoted(r.Reason))));
        var at = DateTimeOffset.Parse("2024-03-01T15:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [(huge, "AAA;BBB", "long"), ("x\u00e9", "AAA", "accent"), ("xe", "AAA", "plain"),
             (NewsItem.StableId(at, ["AAA"], "no id"), "AAA", "no id"), (NewsItem.StableId(at, ["BBB"], "no id"), "BBB", "no id"),
             (hugeToo, "AAA", "long too")],
            load.Items.Select(i => (i.Id, string.Join(';', i.Symbols), i.Headline)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_feed_full_of_shared_ids_loads_as_a_dictionary_of_first_rows_would_load_it(int seed)
    {
        // Few ids, few contents and symbols: exact duplicates, merges (some repeated) and reused ids in every order.
        var rng = new Random(seed);
        string[] symbols = ["AAA", "BBB", "CCC", "AAA;BBB", "BBB;AAA"];
        var rows = Enumerable.Range(0, 400).Select(_ => (Id: $"i{rng.Next(60)}", Minute: rng.Next(3), Symbols: symbols[rng.Next(symbols.Length)], Headline: $"h{rng.Next(2)}")).ToArray();
        var csv = new StringBuilder(Header);
        foreach (var r in rows) csv.Append($"{r.Id},2024-03-01T15:0{r.Minute}:00Z,{r.Symbols},{r.Headline}\n");
        var path = _files.Write("n.csv", csv.ToString());

        // The rule as a dictionary from id to first row states it, rows met in file order (line = index + 2).
        var firstOf = new Dictionary<string, int>();
        var kept = new List<int>();
        var symbolsOf = rows.Select(r => r.Symbols.Split(';')).ToArray();
        int duplicates = 0;
        var bad = new List<(int Line, string Reason)>();
        for (int k = 0; k < rows.Length; k++)
        {
            if (firstOf.TryAdd(rows[k].Id, k)) { kept.Add(k); continue; }
            int first = firstOf[rows[k].Id];
            bool sameRest = rows[k].Minute == rows[first].Minute && rows[k].Headline == rows[first].Headline;
            if (sameRest && symbolsOf[k].SequenceEqual(symbolsOf[first])) duplicates++;
            else if (sameRest) symbolsOf[first] = [.. symbolsOf[first].Union(symbolsOf[k], StringComparer.Ordinal)];
            else bad.Add((k + 2, $"duplicate id '{rows[k].Id}' with other content (first on line {first + 2})"));
        }
        var expected = kept.OrderBy(k => rows[k].Minute).Select(k => $"{rows[k].Id}|{rows[k].Minute}|{string.Join(';', symbolsOf[k])}|{rows[k].Headline}");

        var load = NewsFile.LoadWithReport(path, Skip);
        Assert.True(duplicates > 0 && bad.Count > 0 && kept.Any(k => symbolsOf[k].Length > 2));
        Assert.Equal(duplicates, load.Duplicates);
        Assert.Equal(bad.Select(b => b.Line), load.BadRows.Select(r => r.Line));
        Assert.All(bad.Zip(load.BadRows), p => Assert.Contains(p.First.Reason, p.Second.Reason));
        Assert.Equal(expected, load.Items.Select(i => $"{i.Id}|{i.Published.Minute}|{string.Join(';', i.Symbols)}|{i.Headline}"));

        var e = Assert.Throws<DataFormatException>(() => NewsFile.LoadWithReport(path));
        Assert.Equal(bad[0].Line, e.Line);
        Assert.Contains(bad[0].Reason, e.Message);
    }

    /// <summary>The id a "duplicate id '…'" reason names.</summary>
    private static string Quoted(string reason)
    {
        int start = reason.IndexOf('\'') + 1;
        return reason[start..reason.IndexOf('\'', start)];
    }

    /// <summary>The line of the first row a "(first on …line N)" reason names.</summary>
    private static int FirstLine(string reason) => int.Parse(reason[(reason.LastIndexOf("line ", StringComparison.Ordinal) + 5)..reason.LastIndexOf(')')], System.Globalization.CultureInfo.InvariantCulture);
}
