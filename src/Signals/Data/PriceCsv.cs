using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;

namespace Signals.Data;

/// <summary>
/// OHLCV loading as files are downloaded: Yahoo Finance and Stooq exports, Kaggle long files (a <c>symbol</c>,
/// <c>ticker</c> or <c>Stock Name</c> column), a folder (at any depth) of one file per symbol (.csv, .txt, .gz,
/// .parquet; a file's symbol is its name, or its parent folder's name below the top), or a long-format .parquet file.
/// Row order does not matter (grouped by symbol, newest first, shuffled): each symbol's bars are sorted, and only a
/// repeated (symbol, timestamp) is an error. Dates are read per column (ISO, yyyyMMdd, m/d/yyyy or d/m/yyyy decided
/// from the whole column, RFC 1123, Unix time). A bad row — a field that is no number (Yahoo's <c>null</c>), a price
/// ≤ 0 or above 1e12, high below low, open or close outside [low, high], invalid UTF-8 in the symbol — is a
/// <see cref="DataFormatException"/> naming the file, line and column, or under <see cref="BadRowPolicy.Skip"/> left
/// out and listed.
/// </summary>
public static partial class PriceCsv
{
    /// <summary>Prices above this are rejected as bad ticks or unit errors: their returns could not be written as JSON numbers.</summary>
    public const double MaxPrice = 1e12;

    /// <summary>Open or close may exceed the day's range by this relative amount (rounding in exports) before the row is bad.</summary>
    public const double RangeTolerance = 1e-6;

    /// <summary>Loads one symbol's bars. With a <c>symbol</c> column the file must hold only that symbol (or pass <paramref name="symbol"/> to pick one).</summary>
    public static BarSeries Load(string path, string? symbol = null, PriceCsvOptions? options = null)
    {
        var all = LoadWithReport(path, options).Series;
        if (symbol is not null)
            return all.FirstOrDefault(s => s.Symbol == symbol)
                ?? (all.Count == 1 && !Directory.Exists(path) ? Rename(all[0], symbol) : throw new DataFormatException(path, null, "symbol", $"no bars for symbol '{symbol}'"));
        if (all.Count != 1)
            throw new DataFormatException(path, null, "symbol", $"the file holds {all.Count} symbols; name the one to load");
        return all[0];
    }

    /// <summary>The file endings read from a folder of per-symbol files (any depth; compressed files are told by their bytes).</summary>
    public static readonly string[] FolderExtensions = [".csv", ".txt", ".csv.gz", ".txt.gz", ".parquet"];

    /// <summary>Loads every symbol of a multi-symbol file, or of every price file in a folder (see <see cref="LoadWithReport"/>).</summary>
    public static IReadOnlyList<BarSeries> LoadMany(string fileOrFolder, PriceCsvOptions? options = null) =>
        LoadWithReport(fileOrFolder, options).Series;

    /// <summary>Loads every symbol and aligns them on the union of their trading days.</summary>
    public static BarPanel LoadPanel(string fileOrFolder, PriceCsvOptions? options = null) =>
        LoadWithReport(fileOrFolder, options).Panel;

    /// <summary>
    /// Loads a file or a folder of files with everything a report needs to trust the prices: rows read and left out
    /// (per symbol), adjusted or not, and the file and line of each bar. A folder's files are every file at any depth
    /// ending in one of <see cref="FolderExtensions"/>, in ordinal order of their relative path; a symbol's rows may be
    /// spread over several files.
    /// </summary>
    public static PriceLoad LoadWithReport(string fileOrFolder, PriceCsvOptions? options = null)
    {
        options ??= PriceCsvOptions.Default;
        var zone = Timestamps.Zone(options.TimeZone);
        string? root = Directory.Exists(fileOrFolder) ? fileOrFolder : null;
        List<string> files;
        if (root is not null)
        {
            files = DataFiles.FilesUnder(root).Where(f => FolderExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase))).ToList();
            if (files.Count == 0) throw new DataFormatException(fileOrFolder, null, null, $"the folder holds no price files ({string.Join(", ", FolderExtensions)}, at any depth)");
        }
        else
        {
            if (!File.Exists(fileOrFolder)) throw new DataFormatException(fileOrFolder, null, null, "file not found");
            files = [fileOrFolder];
        }

        var state = new LoadState(new BadRowSink(options.OnBadRows), options);
        for (int f = 0; f < files.Count; f++) ReadFile(files[f], f, root, options, zone, state);
        return state.Finish(fileOrFolder, files, options);
    }

    private static BarSeries Rename(BarSeries s, string symbol) => new(symbol, s.Timestamps, s.Open, s.High, s.Low, s.Close, s.Volume);

    /// <summary>A symbol as a row spells it, resolved once (neutralisation undone, <c>$</c> cut, renamed by the map).</summary>
    private sealed class SymbolEntry(string symbol)
    {
        public readonly string Symbol = symbol;
        public readonly bool Clean = DataFiles.IsCleanText(symbol);
        public BarColumnsBuilder? Bars;
    }

    /// <summary>A row left out (or, when strict, the first one to stop the load), kept until its file's dates are read.</summary>
    private readonly record struct PendingError(int Line, SymbolEntry? Symbol, int DateKey, DataFormatException Problem);

    /// <summary>What the files of one load add up to.</summary>
    private sealed class LoadState(BadRowSink sink, PriceCsvOptions options)
    {
        public readonly BadRowSink Sink = sink;
        public readonly Dictionary<string, BarColumnsBuilder> BySymbol = new(StringComparer.Ordinal);
        public readonly List<BarColumnsBuilder> Order = [];
        public readonly Dictionary<string, int> Skipped = new(StringComparer.Ordinal);
        public int RowsRead;
        public bool UnusedAdjusted;

        // Symbols as rows spell them: a symbol's text is allocated once per spelling, not once per row.
        private readonly Dictionary<string, SymbolEntry> _spellings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SymbolEntry> _resolved = new(StringComparer.Ordinal);
        private BarColumnsBuilder? _lastCreated;
        private string? _lastSpelling;
        private SymbolEntry? _lastSpelled;

        public SymbolEntry Spelled(ReadOnlySpan<char> raw)
        {
            // A file grouped by symbol spells the previous row's symbol again: a compare instead of a hash lookup.
            if (_lastSpelled is not null && raw.SequenceEqual(_lastSpelling)) return _lastSpelled;
            var lookup = _spellings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(raw, out var spelling, out var entry))
            {
                string symbol = CsvText.Unneutralise(raw.Trim().ToString()).TrimStart('$');
                if (symbol.Length > 0 && options.SymbolMap is { } map && map.TryGetValue(symbol, out var mapped)) symbol = mapped;
                entry = Resolved(symbol);
                _spellings[spelling = raw.ToString()] = entry;
            }
            _lastSpelling = spelling;
            _lastSpelled = entry;
            return entry;
        }

        public SymbolEntry Resolved(string symbol)
        {
            if (!_resolved.TryGetValue(symbol, out var entry)) _resolved[symbol] = entry = new SymbolEntry(symbol);
            return entry;
        }

        public void Skip(SymbolEntry? symbol, DataFormatException problem) =>
            Skip(symbol is { Symbol.Length: > 0, Clean: true } ? symbol.Symbol : null, problem);

        public void Skip(string? symbol, DataFormatException problem)
        {
            Sink.Report(problem);
            if (symbol is not null) Skipped[symbol] = Skipped.GetValueOrDefault(symbol) + 1;
        }

        /// <summary>A symbol's bars: first seen in this file when it has no bars yet (it joins <see cref="Order"/> when the file is done).</summary>
        public BarColumnsBuilder Bars(SymbolEntry symbol, int file, List<BarColumnsBuilder> touched)
        {
            var bars = symbol.Bars ??= BySymbol.TryGetValue(symbol.Symbol, out var known) ? known : BySymbol[symbol.Symbol] = _lastCreated = new BarColumnsBuilder(symbol.Symbol, Math.Max(16, _lastCreated?.Count ?? 0));
            if (bars.CurrentFile != file)
            {
                bars.CurrentFile = file;
                bars.SegmentStart = bars.Count;
                touched.Add(bars);
            }
            return bars;
        }

        /// <summary>
        /// After a file: symbols that got their first bars in it join the order by the line of their first bar;
        /// those left with none (every row a bad date) are forgotten, so a later file adds them where they first count.
        /// </summary>
        public void Settle(List<BarColumnsBuilder> touched)
        {
            foreach (var b in touched.Where(b => b.SegmentStart == 0 && b.Count > 0).OrderBy(b => b.Lines[0])) Order.Add(b);
            foreach (var b in touched.Where(b => b.Count == 0))
            {
                BySymbol.Remove(b.Symbol);
                foreach (var e in _resolved.Values) if (ReferenceEquals(e.Bars, b)) e.Bars = null;
            }
        }

        public PriceLoad Finish(string path, List<string> files, PriceCsvOptions options)
        {
            var series = new List<BarSeries>();
            var origins = new List<BarOrigins>();
            // Each builder is let go once its series is made: a load holds one symbol's spare copy at a time.
            foreach (var e in _resolved.Values) e.Bars = null;
            BySymbol.Clear();
            _lastCreated = null;
            for (int at = 0; at < Order.Count; at++)
            {
                var b = Order[at];
                Order[at] = null!;
                var kept = SortedWithoutDuplicates(b, files);
                int n = kept?.Length ?? b.Count;
                if (n == 0) continue;
                if (kept is null && n == b.Times.Length)
                {
                    // Read in order, no duplicate, exactly as many bars as room: the columns are the series.
                    bool single = b.Files is null || Array.TrueForAll(b.Files, f => f == b.Files[0]);
                    series.Add(new BarSeries(b.Symbol, b.Times, b.Open, b.High, b.Low, b.Close, b.Volume));
                    origins.Add(new BarOrigins(b.Lines, single ? null : b.Files, b.FileOf(0)));
                    continue;
                }
                var t = new DateTimeOffset[n];
                double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], v = new double[n];
                var lines = new int[n];
                int[]? fileIds = new int[n];
                bool oneFile = true;
                for (int k = 0; k < n; k++)
                {
                    int i = kept?[k] ?? k;
                    t[k] = b.Times[i]; o[k] = b.Open[i]; h[k] = b.High[i]; l[k] = b.Low[i]; c[k] = b.Close[i]; v[k] = b.Volume[i];
                    lines[k] = b.Lines[i]; fileIds[k] = b.FileOf(i);
                    oneFile &= fileIds[k] == fileIds[0];
                }
                series.Add(new BarSeries(b.Symbol, t, o, h, l, c, v));
                origins.Add(new BarOrigins(lines, oneFile ? null : fileIds, fileIds[0]));
            }
            if (series.Count == 0) throw new DataFormatException(path, null, null, $"no readable price rows ({Sink.Rows.Count} left out as bad; see the bad rows)");
            var bad = Sink.Rows.OrderBy(r => files.IndexOf(r.File)).ThenBy(r => r.Line).ToList();
            return new PriceLoad(path, series, files, RowsRead, bad, Skipped, options.UseAdjustedClose, UnusedAdjusted, origins);
        }

        /// <summary>
        /// The indices of a symbol's bars in timestamp order, stable (bars of one timestamp keep their file and line
        /// order, so the first one read is kept), with repeats left out as duplicates; null when that is every bar
        /// as read (the common case, checked without an index array).
        /// </summary>
        private int[]? SortedWithoutDuplicates(BarColumnsBuilder b, List<string> files)
        {
            int n = b.Count;
            bool strictlyAscending = true;
            for (int i = 1; i < n && strictlyAscending; i++) strictlyAscending = b.Times[i - 1] < b.Times[i];
            if (strictlyAscending) return null;
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            bool ascending = true;
            for (int i = 1; i < n && ascending; i++) ascending = b.Times[i - 1] <= b.Times[i];
            if (!ascending)
            {
                bool descending = true;
                for (int i = 1; i < n && descending; i++) descending = b.Times[i - 1] > b.Times[i];
                if (descending) Array.Reverse(order);
                else
                {
                    var times = b.Times;
                    Array.Sort(order, (x, y) => times[x] != times[y] ? times[x].CompareTo(times[y]) : x.CompareTo(y));
                }
            }
            int kept = 0;
            for (int k = 0; k < n; k++)
            {
                int i = order[k];
                if (kept > 0 && b.Times[order[kept - 1]] == b.Times[i])
                {
                    int first = order[kept - 1];
                    string firstFile = files[b.FileOf(first)], file = files[b.FileOf(i)];
                    string where = firstFile == file ? $"line {b.Lines[first]}" : $"{firstFile}, line {b.Lines[first]}";
                    Skip(b.Symbol, new DataFormatException(file, b.Lines[i], "date", $"duplicate timestamp {FormatTimestamp(b.Times[i])} for {b.Symbol} (first on {where})"));
                    continue;
                }
                order[kept++] = i;
            }
            return kept == n ? order : order[..kept];
        }
    }

    private static SepReader Open(string path)
    {
        var sep = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true });
        // Parquet (long format) is read as the CSV it would be, so every rule below applies to it; row n is line n + 1.
        return ParquetRows.IsParquet(path) || DataFiles.Sniff(path) == DataFiles.Format.Parquet
            ? sep.From(new StringReader(ParquetRows.ToCsv(path)))
            : sep.From(DataFiles.OpenText(path));
    }

    /// <summary>
    /// Reads one file in a single pass over Sep's row spans: numbers parsed in place, straight into each symbol's
    /// columns; a symbol's and a date's text are allocated once per distinct spelling. Dates are read once the whole
    /// column has been seen (its format is decided from every value), each distinct date text parsed once. Errors are
    /// then reported in line order exactly as a row-by-row read would: a row's date is checked before its prices.
    /// </summary>
    private static void ReadFile(string path, int fileIndex, string? root, PriceCsvOptions options, DateTimeZone zone, LoadState state)
    {
        SepReader reader;
        try { reader = Open(path); }
        catch (Exception ex) when (ex is not DataFormatException)
        {
            throw new DataFormatException(path, 1, null, $"cannot read the header: {ex.Message}", ex);
        }
        PriceColumns columns;
        var errors = new List<PendingError>();
        var touched = new List<BarColumnsBuilder>();
        // Distinct date texts in order of first appearance (they decide the column's format), and distinct
        // date (+ Stooq time) keys, each parsed once.
        var dateTexts = new Dictionary<string, int>(StringComparer.Ordinal);
        // Each date text by id, and the id that followed it last time: rows of one symbol after another repeat the
        // same run of dates, so the next row's date is nearly always the one that followed the previous row's.
        var dateTextById = new List<string>();
        var followingDate = new List<int>();
        int previousDate = -1;
        var timeTexts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new Dictionary<long, int>();
        var keyParts = new List<(int Date, int Time)>();
        // Without a symbol column: the first line of each date, to tell a file of several symbols (see RequireOneSymbol).
        Dictionary<long, int>? firstLineOfDate = null;
        DataFormatException? severalSymbols = null;
        (long Key, int First, int Line)? repeatedExample = null;
        int repeated = 0, rowCount = 0;
        using (reader)
        {
            columns = PriceColumns.Resolve(path, reader.Header.ColNames, options);
            SymbolEntry? fileSymbol = null;
            if (columns.Symbol is null)
            {
                string? name = DataFiles.SymbolOf(path, root, options.SymbolFrom, options.SymbolSuffixes, singleFileNames: true);
                if (name is not null && options.SymbolMap is { } map && map.TryGetValue(name, out var mapped)) name = mapped;
                fileSymbol = state.Resolved(name ?? "");
                firstLineOfDate = [];
            }
            var dateLookup = dateTexts.GetAlternateLookup<ReadOnlySpan<char>>();
            var timeLookup = timeTexts.GetAlternateLookup<ReadOnlySpan<char>>();
            int dateColumn = columns.Date;
            try
            {
                foreach (var row in reader)
                {
                    if (CsvRows.IsBlank(row)) continue;
                    state.RowsRead++;
                    rowCount++;
                    int line = row.LineNumberFrom, fieldCount = row.ColCount;
                    SymbolEntry? symbol = columns.Symbol is int sc ? (fieldCount > sc ? state.Spelled(row[sc].Span) : null) : fileSymbol;

                    int dateText = -1, timeText = -1;
                    bool dateEmpty = true, timeEmpty = true;
                    if (fieldCount > dateColumn)
                    {
                        var span = row[dateColumn].Span.Trim();
                        dateEmpty = span.IsEmpty;
                        int guess = previousDate >= 0 ? followingDate[previousDate] : -1;
                        if (guess >= 0 && span.SequenceEqual(dateTextById[guess])) dateText = guess;
                        else if (!dateLookup.TryGetValue(span, out dateText))
                        {
                            string text = span.ToString();
                            dateTexts[text] = dateText = dateTexts.Count;
                            dateTextById.Add(text);
                            followingDate.Add(-1);
                        }
                        if (previousDate >= 0) followingDate[previousDate] = dateText;
                        previousDate = dateText;
                    }
                    if (columns.Time is int tc && fieldCount > tc)
                    {
                        var span = row[tc].Span.Trim();
                        timeEmpty = span.IsEmpty;
                        if (!timeLookup.TryGetValue(span, out timeText)) timeLookup[span] = timeText = timeTexts.Count;
                    }
                    long keyOf = ((long)dateText << 32) | (uint)timeText;
                    if (firstLineOfDate is not null && severalSymbols is null && dateText >= 0 && !(dateEmpty && timeText < 0))
                    {
                        if (firstLineOfDate.TryGetValue(keyOf, out int first))
                        {
                            repeated++;
                            repeatedExample ??= (keyOf, first, line);
                            if (repeated >= 2) severalSymbols = SeveralSymbols(path, columns, DateKeyText(dateTexts, timeTexts, repeatedExample.Value.Key), repeatedExample.Value.First, repeatedExample.Value.Line);
                        }
                        else firstLineOfDate[keyOf] = line;
                    }
                    if (severalSymbols is not null) continue;

                    // The checks a row-by-row read makes before it parses the date.
                    DataFormatException? early = null;
                    if (fieldCount < columns.Count)
                        early = new DataFormatException(path, line, null, $"expected {columns.Count} fields, found {fieldCount}");
                    else if (columns.Symbol is int s && symbol!.Symbol.Length == 0) early = new DataFormatException(path, line, columns.Names[s], "empty field");
                    else if (columns.Symbol is int s2 && !symbol!.Clean) early = new DataFormatException(path, line, columns.Names[s2], "the symbol is not valid UTF-8 text");
                    else if (dateEmpty) early = new DataFormatException(path, line, columns.Names[dateColumn], "empty field");
                    else if (columns.Time is int t && timeEmpty) early = new DataFormatException(path, line, columns.Names[t], "empty field");
                    if (early is not null)
                    {
                        errors.Add(new PendingError(line, symbol, -1, early));
                        continue;
                    }
                    if (!keys.TryGetValue(keyOf, out int key))
                    {
                        keys[keyOf] = key = keyParts.Count;
                        keyParts.Add((dateText, timeText));
                    }
                    if (!TryParsePrices(row, columns, options, path, line, out var bar, out var problem))
                    {
                        errors.Add(new PendingError(line, symbol, key, problem!));
                        continue;
                    }
                    state.Bars(symbol!, fileIndex, touched).Add(key, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume, fileIndex, line);
                }
            }
            catch (Exception ex) when (ex is not DataFormatException)
            {
                throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
            }
        }
        if (rowCount == 0) throw new DataFormatException(path, null, null, "the file holds a header but no rows");
        if (severalSymbols is not null) throw severalSymbols;
        if (columns.AdjClose is not null && !options.UseAdjustedClose) state.UnusedAdjusted = true;

        var dates = TimestampColumn.Decide(path, columns.Names[columns.Date], dateTexts.Keys, options.DateFormat, options.TimeFormat);
        var dateByText = dateTexts.Keys.ToArray();
        var timeByText = timeTexts.Keys.ToArray();
        var times = new DateTimeOffset[keyParts.Count];
        var badDate = new DataFormatException?[keyParts.Count];
        for (int k = 0; k < keyParts.Count; k++)
        {
            string text = dateByText[keyParts[k].Date];
            if (columns.Time is not null) text = IsoDate(text) + " " + StooqTime(timeByText[keyParts[k].Time]);
            if (dates.TryParse(text, out var parsed)) times[k] = parsed.WithOffset ?? Timestamps.InZone(parsed.Local!.Value, zone);
            else badDate[k] = new DataFormatException(path, 0, columns.Names[columns.Date], $"'{text}' is not a date or date-time the loader knows (ISO 8601, yyyyMMdd, m/d/yyyy or d/m/yyyy, RFC 1123, Unix time); name its format with --date-format or --time-format");
        }

        // Rows whose date does not parse are bad for their date, whatever else is wrong with them.
        for (int e = 0; e < errors.Count; e++)
            if (errors[e].DateKey >= 0 && badDate[errors[e].DateKey] is { } bad)
                errors[e] = errors[e] with { Problem = AtLine(bad, errors[e].Line) };
        foreach (var b in touched)
        {
            int kept = b.SegmentStart;
            for (int i = b.SegmentStart; i < b.Count; i++)
            {
                int key = b.DateKey(i);
                if (badDate[key] is { } bad)
                {
                    errors.Add(new PendingError(b.Lines[i], state.Resolved(b.Symbol), -1, AtLine(bad, b.Lines[i])));
                    continue;
                }
                b.Times[i] = times[key];
                if (kept != i) b.Move(i, kept);
                kept++;
            }
            b.Count = kept;
        }
        errors.Sort((x, y) => x.Line.CompareTo(y.Line));

        var outOfOrder = options.RequireDatesInOrder ? FirstOutOfOrder(touched, path, columns.Names[columns.Date]) : null;
        foreach (var e in errors)
        {
            if (outOfOrder is not null && e.Line > outOfOrder.Line) break;
            state.Skip(e.Symbol, e.Problem);
        }
        if (outOfOrder is not null) throw outOfOrder;
        state.Settle(touched);
    }

    private static DataFormatException AtLine(DataFormatException e, int line) => new(e.File, line, e.Column, e.Problem);

    private static string DateKeyText(Dictionary<string, int> dateTexts, Dictionary<string, int> timeTexts, long key)
    {
        int date = (int)(key >> 32), time = (int)key;
        string text = dateTexts.First(p => p.Value == date).Key;
        return time < 0 ? text : text + " " + timeTexts.First(p => p.Value == time).Key;
    }

    /// <summary>
    /// A file without a recognised symbol column is one symbol's: if its dates repeat it must hold several, and the
    /// real problem is the symbol column, so that is what is said (before any row-level error). One repeated date is
    /// a duplicate row, named later with its line; two or more say the file holds several symbols.
    /// </summary>
    private static DataFormatException SeveralSymbols(string path, PriceColumns columns, string date, int first, int line) =>
        new(path, null, "symbol",
            $"no symbol column among the columns ({string.Join(", ", columns.Names)}), yet dates repeat (e.g. {date} on lines {first} and {line}): a file of several symbols needs one of {string.Join(", ", PriceColumns.SymbolNames)} (spelled in any case, spaces and underscores ignored)");

    /// <summary>
    /// Rows out of order are not a bad row but a bad file (two series pasted together): each symbol's rows must run one
    /// way, ascending or (a newest-first export) wholly descending, set by its first two dates. The error names the
    /// first line that turns back (over all symbols of the file).
    /// </summary>
    private static DataFormatException? FirstOutOfOrder(List<BarColumnsBuilder> touched, string path, string column)
    {
        DataFormatException? first = null;
        foreach (var b in touched)
        {
            int direction = 0;
            for (int i = b.SegmentStart + 1; i < b.Count; i++)
            {
                int step = b.Times[i].CompareTo(b.Times[i - 1]);
                if (step != 0 && direction != 0 && step != direction)
                {
                    if (first is null || b.Lines[i] < first.Line)
                        first = new DataFormatException(path, b.Lines[i], column,
                            $"rows are out of order: {b.Times[i]:yyyy-MM-dd HH:mm} follows {b.Times[i - 1]:yyyy-MM-dd HH:mm} on line {b.Lines[i - 1]}, against the file's {(direction > 0 ? "ascending" : "descending")} order; this command needs one series in date order");
                    break;
                }
                if (direction == 0) direction = step;
            }
        }
        return first;
    }

    private static string F(double v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>Stooq writes dates as yyyyMMdd.</summary>
    private static string IsoDate(string date) =>
        date.Length == 8 && date.All(char.IsAsciiDigit) ? $"{date[..4]}-{date[4..6]}-{date[6..]}" : date;

    /// <summary>Stooq writes times as HHmmss.</summary>
    private static string StooqTime(string time) =>
        time.Length == 6 && time.All(char.IsAsciiDigit) ? $"{time[..2]}:{time[2..4]}:{time[4..]}" : time;

    /// <summary>
    /// A row's prices and volume, checked in the order a reader sees them (open, high, low, close, volume, then the
    /// day's range, then the adjusted close); the first problem is returned, not thrown (bad rows are ordinary in
    /// downloads and an exception a row would cost more than the row).
    /// </summary>
    private static bool TryParsePrices(SepReader.Row row, PriceColumns c, PriceCsvOptions options, string path, int line,
        out (double Open, double High, double Low, double Close, double Volume) bar, out DataFormatException? problem)
    {
        bar = default;
        bool allowZero = options.AllowZeroPrices;
        if ((problem = Price(row, c.Open, c, path, line, allowZero, out double open)) is not null) return false;
        if ((problem = Price(row, c.High, c, path, line, allowZero, out double high)) is not null) return false;
        if ((problem = Price(row, c.Low, c, path, line, allowZero, out double low)) is not null) return false;
        if ((problem = Price(row, c.Close, c, path, line, allowZero, out double close)) is not null) return false;
        double volume = double.NaN;
        if (c.Volume is int v)
        {
            if ((problem = Number(row, v, c, path, line, out volume)) is not null) return false;
            if (volume < 0) { problem = new DataFormatException(path, line, c.Names[v], $"negative volume {F(volume)}"); return false; }
            if (volume > 1e18) { problem = new DataFormatException(path, line, c.Names[v], $"volume {F(volume)} is implausibly large (above 1e18)"); return false; }
        }
        if (high < low) { problem = new DataFormatException(path, line, c.Names[c.High], $"high {F(high)} is below low {F(low)}"); return false; }
        if ((problem = OutsideRange(open, c.Open)) is not null) return false;
        if ((problem = OutsideRange(close, c.Close)) is not null) return false;
        if (options.UseAdjustedClose)
        {
            if ((problem = Price(row, c.AdjClose!.Value, c, path, line, allowZero, out double adj)) is not null) return false;
            double factor = close == 0 ? 0 : adj / close;
            open *= factor; high *= factor; low *= factor; close = adj;
        }
        bar = (open, high, low, close, volume);
        return true;

        DataFormatException? OutsideRange(double value, int column)
        {
            double slack = RangeTolerance * high;
            return value < low - slack || value > high + slack
                ? new DataFormatException(path, line, c.Names[column], $"{c.Names[column]} {F(value)} is outside the day's range [{F(low)}, {F(high)}]")
                : null;
        }
    }

    /// <summary>A price: a finite number above 0 (or exactly 0 when allowed) and at most <see cref="MaxPrice"/>.</summary>
    private static DataFormatException? Price(SepReader.Row row, int index, PriceColumns c, string path, int line, bool allowZero, out double v)
    {
        if (Number(row, index, c, path, line, out v) is { } problem) return problem;
        if (v < 0 || (v == 0 && !allowZero)) return new DataFormatException(path, line, c.Names[index], $"price {F(v)} is not positive");
        if (v > MaxPrice) return new DataFormatException(path, line, c.Names[index], $"price {F(v)} is implausibly large (above 1e12: a bad tick or a unit error)");
        return null;
    }

    private static DataFormatException? Number(SepReader.Row row, int index, PriceColumns c, string path, int line, out double v)
    {
        var text = row[index].Span.Trim();
        if (text.IsEmpty) { v = 0; return new DataFormatException(path, line, c.Names[index], "empty field"); }
        if (DecimalText.TryParsePlain(text, out v)) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out v) || !double.IsFinite(v))
            return new DataFormatException(path, line, c.Names[index], $"'{text}' is not a number");
        return null;
    }
}
