using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace Signals.Data;

/// <summary>Reading news files of every accepted format into rows.</summary>
public static partial class NewsFile
{
    /// <summary>The row's columns resolved by alias: indexes into the row's normalised names.</summary>
    private sealed record Resolved(int? Ts, int? Sym, int? Head, int? Id, int? Body, int? Source)
    {
        public static Resolved Of(IReadOnlyList<string> names)
        {
            int? head = Find(names, HeadlineNames);
            int? body = null;
            foreach (var n in BodyNames)
            {
                int i = IndexOf(names, n);
                if (i >= 0 && i != head) { body = i; break; }
            }
            return new(Find(names, TimestampNames), Find(names, SymbolNames), head, Find(names, IdNames), body, Find(names, SourceNames));
        }
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++) if (names[i] == name) return i;
        return -1;
    }

    private static int? Find(IReadOnlyList<string> names, string[] aliases)
    {
        foreach (var a in aliases)
        {
            int i = IndexOf(names, a);
            if (i >= 0) return i;
        }
        return null;
    }

    /// <summary>
    /// Reads one file of any accepted format, appending one <see cref="RowSlot"/> per row to the load's rows. A CSV row
    /// whose fields need none of the general rules goes straight from the reader's buffer into the table; any other row (JSON, or
    /// a CSV row with another timestamp shape or a fault) waits in <see cref="Pending"/> for <see cref="Build"/>, which
    /// runs after the whole file is read, as the timestamp column's reading is decided from all its values.
    /// </summary>
    private sealed class FileReader(string path, int fileIndex, BadRowSink sink, ChunkedColumn<RowSlot> rows, NewsTableBuilder table, NewsTextPool pool, string? pathSymbol, bool directTimestamps)
    {
        /// <summary>Rows left to the general rules: the index of their slot and their fields.</summary>
        public readonly List<(int Slot, RawRow Row)> Pending = [];
        // The symbol list of rows without a symbol column: one shared list per file, not one per row.
        private readonly string[] _pathSymbols = pathSymbol is null ? [] : [pathSymbol];
        public int RowsRead;
        public bool MissingSymbolColumn;
        public IReadOnlyList<string> Columns = [];

        public void Read()
        {
            DataFiles.Format format;
            try { format = DataFiles.Sniff(path); }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                throw new DataFormatException(path, null, null, $"cannot read the file: {ex.Message}", ex);
            }
            switch (format)
            {
                case DataFiles.Format.Parquet: ReadCsv(new StringReader(ParquetRows.ToCsv(path))); break;
                case DataFiles.Format.JsonLines: ReadJsonLines(); break;
                case DataFiles.Format.JsonArray: ReadJsonArray(); break;
                default: ReadCsv(DataFiles.OpenText(path)); break;
            }
        }

        private void ReadCsv(TextReader text)
        {
            try
            {
                var sep = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true });
                using var reader = sep.From(text);
                var original = reader.Header.ColNames.ToArray();
                var header = original.Select(DataFiles.Normalise).ToArray();
                Columns = original;
                var r = Resolved.Of(header);
                string seen = string.Join(", ", original);
                if (r.Ts is null) throw new DataFormatException(path, 1, "timestamp", $"no timestamp column among the columns ({seen}); accepted: {string.Join(", ", TimestampNames)}");
                if (r.Head is null) throw new DataFormatException(path, 1, "headline", $"no headline column among the columns ({seen}); accepted: {string.Join(", ", HeadlineNames)}");
                MissingSymbolColumn = r.Sym is null;
                foreach (var row in reader)
                {
                    int line = row.LineNumberFrom;
                    if (CsvRows.IsBlank(row)) continue;
                    RowsRead++;
                    if (row.ColCount == header.Length && TryAddDirectly(row, r) is var added and not NoRow)
                    {
                        rows.Add(new RowSlot(added, fileIndex, line));
                        continue;
                    }
                    string[] fields;
                    try { fields = CsvRows.Fields(row, header.Length, path, trim: false)!; }
                    catch (DataFormatException e) { sink.Report(e); continue; }
                    string? Get(int? i) => i is int k ? fields[k] : null;
                    AddPending(new RawRow(line, original[r.Ts.Value], fields[r.Ts.Value], r.Sym is int s ? original[s] : null, Get(r.Sym),
                        original[r.Head.Value], fields[r.Head.Value], Get(r.Id), Get(r.Body), Get(r.Source), null));
                }
            }
            catch (Exception ex) when (ex is not DataFormatException)
            {
                throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
            }
        }

        private void ReadJsonLines()
        {
            int line = 0;
            using var text = DataFiles.OpenText(path);
            string? s;
            while ((s = text.ReadLine()) is not null)
            {
                line++;
                if (string.IsNullOrWhiteSpace(s)) continue;
                RowsRead++;
                JsonDocument doc;
                try { doc = JsonDocument.Parse(s); }
                catch (JsonException ex) { sink.Report(new DataFormatException(path, line, null, $"not a JSON object (a line cut short?): {ex.Message}")); continue; }
                using (doc) AddObject(doc.RootElement, line);
            }
        }

        private void ReadJsonArray()
        {
            byte[] bytes;
            using (var text = DataFiles.OpenText(path)) bytes = Encoding.UTF8.GetBytes(text.ReadToEnd());
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            int line = 1;
            long counted = 0;
            int LineAt(long offset)
            {
                for (; counted < offset; counted++) if (bytes[counted] == (byte)'\n') line++;
                return line;
            }
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                    throw new DataFormatException(path, 1, null, "expected a JSON array of objects");
                while (true)
                {
                    int at = 1;
                    try
                    {
                        if (!reader.Read()) throw new JsonException("the array is not closed");
                        if (reader.TokenType == JsonTokenType.EndArray) break;
                        at = LineAt(reader.TokenStartIndex);
                        RowsRead++;
                        using var doc = JsonDocument.ParseValue(ref reader);
                        AddObject(doc.RootElement, at);
                    }
                    catch (JsonException ex)
                    {
                        // A cut or broken element ends what can be read of the array.
                        sink.Report(new DataFormatException(path, Math.Max(at, LineAt(Math.Min(reader.BytesConsumed, bytes.Length))), null, $"not a JSON object (the file cut short?): {ex.Message}"));
                        break;
                    }
                }
            }
            catch (JsonException ex)
            {
                throw new DataFormatException(path, 1, null, $"not a JSON array: {ex.Message}", ex);
            }
        }

        private void AddObject(JsonElement obj, int line)
        {
            if (obj.ValueKind != JsonValueKind.Object)
            {
                sink.Report(new DataFormatException(path, line, null, "each record must be a JSON object"));
                return;
            }
            var names = new List<string>();
            var originals = new List<string>();
            var values = new List<JsonElement>();
            foreach (var p in obj.EnumerateObject())
            {
                names.Add(DataFiles.Normalise(p.Name)); originals.Add(p.Name); values.Add(p.Value);
            }
            if (Columns.Count == 0) Columns = originals;
            var r = Resolved.Of(names);
            string seen = string.Join(", ", originals);
            if (r.Ts is null) { sink.Report(new DataFormatException(path, line, "timestamp", $"no timestamp field among the fields ({seen}); accepted: {string.Join(", ", TimestampNames)}")); return; }
            if (r.Head is null) { sink.Report(new DataFormatException(path, line, "headline", $"no headline field among the fields ({seen}); accepted: {string.Join(", ", HeadlineNames)}")); return; }
            if (r.Sym is null) MissingSymbolColumn = true;
            DataFormatException? problem = null;
            string? Get(int? i)
            {
                if (i is not int k) return null;
                try { return JsonText(values[k], path, line, originals[k]); }
                catch (DataFormatException e) { problem ??= e; return null; }
            }
            AddPending(new RawRow(line, originals[r.Ts.Value], Get(r.Ts), r.Sym is int s ? originals[s] : null, Get(r.Sym),
                originals[r.Head.Value], Get(r.Head), Get(r.Id), Get(r.Body), Get(r.Source), problem));
        }

        private void AddPending(RawRow row)
        {
            Pending.Add((rows.Count, row));
            rows.Add(new RowSlot(NoRow, fileIndex, row.Line));
        }

        /// <summary>
        /// Adds to the table the item <see cref="Build"/> would make of a CSV row with the expected field count, read
        /// from the reader's buffer without an intermediate string per field (the id and headline go to the table
        /// as UTF-8 straight from the buffer), and returns its table row; <see cref="NoRow"/> when the row needs the
        /// general rules (another timestamp shape, an explicit format, or anything <see cref="Build"/> would reject),
        /// which then decide it.
        /// </summary>
        private int TryAddDirectly(SepReader.Row row, Resolved r)
        {
            if (!directTimestamps || !IsoInstant.TryParse(row[r.Ts!.Value].Span, out var published)) return NoRow;
            string[] symbols = _pathSymbols;
            if (r.Sym is int s)
            {
                if (pool.Symbols(row[s].Span, out _) is not { } named) return NoRow;
                symbols = named;
            }
            var headline = FieldSpan(row[r.Head!.Value].Span, trim: true);
            if (headline.Length == 0) return NoRow;
            // The id goes to the table as UTF-8 straight from the buffer too; only a row without one makes a string.
            var id = r.Id is int i ? FieldSpan(row[i].Span, trim: true) : default;
            if (id.IsEmpty) id = NewsItem.StableId(published, symbols, headline.ToString());
            string? body = r.Body is int b ? FieldText(row[b].Span, trim: false) : null;
            if (string.IsNullOrWhiteSpace(body)) body = null;
            string? source = r.Source is int k ? pool.Source(row[k].Span) : null;
            return table.Add(id, published, symbols, headline, body, source);
        }

        /// <summary>
        /// A field as <see cref="CsvRows.Fields"/> reads it (a formula the kit's writers neutralised reads back as it was),
        /// trimmed if asked; only a field starting with an apostrophe can be neutralised, so the others skip that step.
        /// </summary>
        private static string FieldText(ReadOnlySpan<char> raw, bool trim)
        {
            if (raw.Length > 0 && raw[0] == '\'')
            {
                string text = CsvText.Unneutralise(raw.ToString());
                return trim ? text.Trim() : text;
            }
            return (trim ? raw.Trim() : raw).ToString();
        }

        /// <summary><see cref="FieldText"/> as a span: of the reader's buffer unless the field was neutralised (the rare case that needs a string).</summary>
        private static ReadOnlySpan<char> FieldSpan(ReadOnlySpan<char> raw, bool trim)
        {
            if (raw.Length > 0 && raw[0] == '\'') return FieldText(raw, trim);
            return trim ? raw.Trim() : raw;
        }
    }

    private static string? JsonText(JsonElement v, string path, int line, string name) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Null => null,
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Array when v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) => string.Join(';', v.EnumerateArray().Select(e => e.GetString())),
        _ => throw new DataFormatException(path, line, name, $"expected a string, found {v.ValueKind}"),
    };
}
