namespace Signals.Data;

/// <summary>The loader's one pass over the rows read that drops duplicates, merges one item read under several symbols and reports reused ids.</summary>
public static partial class NewsFile
{
    /// <summary>
    /// Drops exact duplicates (counted), merges one id read under several symbols into its first row, and reports an id
    /// reused for other content; a row dropped or reported loses its table row, so the rows left hold the items kept,
    /// in order. Rows are met in file order, each repeated id compared with its first row as that row stands then (a row
    /// may take several merges), so the first error met is the earliest row in file order. The rows sharing an id are
    /// found by <see cref="RepeatedKeys"/> (by a hash of the id's bytes, no dictionary of ids), and the comparison
    /// strings are built only for those, so a file without repeated ids builds none.
    /// </summary>
    /// <param name="hashes">Scratch: one hash for each row with a table row.</param>
    /// <param name="rowNumbers">Scratch of the same length.</param>
    /// <returns>How many items are kept.</returns>
    private static int Deduplicate(ChunkedColumn<RowSlot> rows, NewsTableBuilder table, List<string> files, BadRowSink sink,
        Span<ulong> hashes, Span<int> rowNumbers, out int duplicates)
    {
        var repeats = RepeatedIds(rows, table, hashes, rowNumbers);
        duplicates = 0;
        int kept = 0, next = 0;
        for (int k = 0; k < rows.Count; k++)
        {
            var (row, f, line) = rows[k];
            if (row == NoRow) continue;
            if (next == repeats.Count || repeats[next].Later != k)
            {
                kept++;
                continue;
            }
            var first = rows[repeats[next++].First];
            var earlier = table.Item(first.Row);
            var item = table.Item(row);
            rows[k] = rows[k] with { Row = NoRow };
            if (Content(earlier) == Content(item)) { duplicates++; continue; }
            if (ContentWithoutSymbols(earlier) == ContentWithoutSymbols(item))
            {
                // The same item read under another symbol (a tweet in two ticker folders): one item naming both.
                table.SetSymbols(first.Row, [.. earlier.Symbols.Union(item.Symbols, StringComparer.Ordinal)]);
                continue;
            }
            string where = first.File == f ? $"line {first.Line}" : $"{files[first.File]}, line {first.Line}";
            sink.Report(new DataFormatException(files[f], line, "id", $"duplicate id '{item.Id}' with other content (first on {where})"));
        }
        return kept;
    }

    /// <summary>Each row (by its index in <paramref name="rows"/>) whose id an earlier row with a table row has, with the earliest such row.</summary>
    private static List<(int Later, int First)> RepeatedIds(ChunkedColumn<RowSlot> rows, NewsTableBuilder table, Span<ulong> hashes, Span<int> entries)
    {
        for (int k = 0, i = 0; k < rows.Count; k++)
        {
            if (rows[k].Row == NoRow) continue;
            hashes[i] = table.IdHash(rows[k].Row);
            entries[i++] = k;
        }
        return RepeatedKeys.Find(hashes, entries, (a, b) => table.SameId(rows[a].Row, rows[b].Row));
    }

    private static string Content(NewsItem n) =>
        $"{n.Published.UtcTicks}|{string.Join(';', n.Symbols)}|{n.Headline}|{n.Body}|{n.Source}";

    private static string ContentWithoutSymbols(NewsItem n) => $"{n.Published.UtcTicks}|{n.Headline}|{n.Body}|{n.Source}";
}
