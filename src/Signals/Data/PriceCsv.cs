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

        var state = new LoadState(new BadRowSink(options.OnBadRows));
        foreach (var file in files) ReadFile(file, root, options, zone, state);
        return state.Finish(fileOrFolder, files, options);
    }

    private static BarSeries Rename(BarSeries s, string symbol) => new(symbol, s.Timestamps, s.Open, s.High, s.Low, s.Close, s.Volume);

    private readonly record struct Located(Bar Bar, string File, int Line);

    /// <summary>What the files of one load add up to.</summary>
    private sealed class LoadState(BadRowSink sink)
    {
        public readonly BadRowSink Sink = sink;
        public readonly Dictionary<string, List<Located>> BySymbol = new(StringComparer.Ordinal);
        public readonly List<string> Order = [];
        public readonly Dictionary<string, int> Skipped = new(StringComparer.Ordinal);
        public int RowsRead;
        public bool UnusedAdjusted;

        public void Add(string symbol, Located bar)
        {
            if (!BySymbol.TryGetValue(symbol, out var list))
            {
                BySymbol[symbol] = list = [];
                Order.Add(symbol);
            }
            list.Add(bar);
        }

        public void Skip(string? symbol, DataFormatException problem)
        {
            Sink.Report(problem);
            if (symbol is not null) Skipped[symbol] = Skipped.GetValueOrDefault(symbol) + 1;
        }

        public PriceLoad Finish(string path, List<string> files, PriceCsvOptions options)
        {
            var series = new List<BarSeries>();
            var sources = new Dictionary<(string, DateOnly), PriceSource>();
            foreach (var symbol in Order)
            {
                // Stable: rows of one timestamp keep their file and line order, so the first one read is kept.
                var sorted = BySymbol[symbol].OrderBy(b => b.Bar.Timestamp).ToList();
                var kept = new List<Located>(sorted.Count);
                foreach (var b in sorted)
                {
                    if (kept.Count > 0 && kept[^1].Bar.Timestamp == b.Bar.Timestamp)
                    {
                        var first = kept[^1];
                        string where = first.File == b.File ? $"line {first.Line}" : $"{first.File}, line {first.Line}";
                        Skip(symbol, new DataFormatException(b.File, b.Line, "date", $"duplicate timestamp {FormatTimestamp(b.Bar.Timestamp)} for {symbol} (first on {where})"));
                        continue;
                    }
                    kept.Add(b);
                }
                if (kept.Count == 0) continue;
                var s = BarSeries.FromBars(symbol, kept.ConvertAll(k => k.Bar));
                var dates = s.Dates();
                for (int i = 0; i < kept.Count; i++) sources.TryAdd((symbol, dates[i]), new PriceSource(kept[i].File, kept[i].Line));
                series.Add(s);
            }
            if (series.Count == 0) throw new DataFormatException(path, null, null, $"no readable price rows ({Sink.Rows.Count} left out as bad; see the bad rows)");
            var bad = Sink.Rows.OrderBy(r => files.IndexOf(r.File)).ThenBy(r => r.Line).ToList();
            return new PriceLoad(path, series, files, RowsRead, bad, Skipped, options.UseAdjustedClose, UnusedAdjusted, sources);
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

    private static void ReadFile(string path, string? root, PriceCsvOptions options, DateTimeZone zone, LoadState state)
    {
        SepReader reader;
        try { reader = Open(path); }
        catch (Exception ex) when (ex is not DataFormatException)
        {
            throw new DataFormatException(path, 1, null, $"cannot read the header: {ex.Message}", ex);
        }
        var rows = new List<(int Line, string[] Fields)>();
        PriceColumns columns;
        using (reader)
        {
            columns = PriceColumns.Resolve(path, reader.Header.ColNames, options);
            // Only the columns read are kept as text: a long file's other columns would cost memory for nothing.
            var used = new bool[columns.Count];
            foreach (int? k in new[] { columns.Date, columns.Time, columns.Open, columns.High, columns.Low, columns.Close, columns.AdjClose, columns.Volume, columns.Symbol })
                if (k is int i) used[i] = true;
            try
            {
                foreach (var row in reader)
                {
                    if (CsvRows.IsBlank(row)) continue;
                    state.RowsRead++;
                    var fields = new string[row.ColCount];
                    for (int k = 0; k < fields.Length; k++) fields[k] = k < used.Length && !used[k] ? "" : row[k].ToString();
                    rows.Add((row.LineNumberFrom, fields));
                }
            }
            catch (Exception ex) when (ex is not DataFormatException)
            {
                throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
            }
        }
        if (rows.Count == 0) throw new DataFormatException(path, null, null, "the file holds a header but no rows");
        if (columns.AdjClose is not null && !options.UseAdjustedClose) state.UnusedAdjusted = true;

        string? fileSymbol = columns.Symbol is null ? DataFiles.SymbolOf(path, root, options.SymbolFrom, options.SymbolSuffixes, singleFileNames: true) : null;
        if (columns.Symbol is null) RequireOneSymbol(path, columns, rows);
        var dates = TimestampColumn.Decide(path, columns.Names[columns.Date], rows.Select(r => r.Fields.Length > columns.Date ? r.Fields[columns.Date] : null),
            options.DateFormat, options.TimeFormat);

        // Per symbol: the last bar's time, line and the file's direction, when the caller asked for rows in date order.
        var lastSeen = options.RequireDatesInOrder ? new Dictionary<string, (DateTimeOffset Time, int Line, int Direction)>(StringComparer.Ordinal) : null;
        foreach (var (line, fields) in rows)
        {
            string? symbol = fileSymbol;
            Bar bar;
            if (columns.Symbol is int sc && fields.Length > sc)
            {
                symbol = CsvText.Unneutralise(fields[sc].Trim()).TrimStart('$');
                if (symbol.Length > 0 && options.SymbolMap is { } map && map.TryGetValue(symbol, out var mapped)) symbol = mapped;
            }
            else if (symbol is not null && options.SymbolMap is { } map && map.TryGetValue(symbol, out var mapped)) symbol = mapped;
            try
            {
                if (fields.Length < columns.Count)
                    throw new DataFormatException(path, line, null, $"expected {columns.Count} fields, found {fields.Length}");
                if (columns.Symbol is int s)
                {
                    if (symbol!.Length == 0) throw new DataFormatException(path, line, columns.Names[s], "empty field");
                    if (!DataFiles.IsCleanText(symbol)) throw new DataFormatException(path, line, columns.Names[s], "the symbol is not valid UTF-8 text");
                }
                bar = ParseBar(fields, columns, dates, zone, options, path, line);
            }
            catch (DataFormatException e)
            {
                state.Skip(symbol is { Length: > 0 } && DataFiles.IsCleanText(symbol) ? symbol : null, e);
                continue;
            }
            if (lastSeen is not null) RequireOneDirection(lastSeen, symbol ?? "", bar.Timestamp, path, line, columns.Names[columns.Date]);
            state.Add(symbol ?? "", new Located(bar, path, line));
        }
    }

    /// <summary>
    /// Rows out of order are not a bad row but a bad file (two series pasted together): each symbol's rows must run one
    /// way, ascending or (a newest-first export) wholly descending, set by its first two dates. The error names the
    /// first line that turns back.
    /// </summary>
    private static void RequireOneDirection(Dictionary<string, (DateTimeOffset Time, int Line, int Direction)> lastSeen, string symbol, DateTimeOffset time, string path, int line, string column)
    {
        if (!lastSeen.TryGetValue(symbol, out var previous)) { lastSeen[symbol] = (time, line, 0); return; }
        int step = time.CompareTo(previous.Time);
        if (step != 0 && previous.Direction != 0 && step != previous.Direction)
            throw new DataFormatException(path, line, column,
                $"rows are out of order: {time:yyyy-MM-dd HH:mm} follows {previous.Time:yyyy-MM-dd HH:mm} on line {previous.Line}, against the file's {(previous.Direction > 0 ? "ascending" : "descending")} order; this command needs one series in date order");
        lastSeen[symbol] = (time, line, previous.Direction != 0 ? previous.Direction : step);
    }

    /// <summary>
    /// A file without a recognised symbol column is one symbol's: if its dates repeat it must hold several, and the
    /// real problem is the symbol column, so that is what is said (before any row-level error).
    /// </summary>
    private static void RequireOneSymbol(string path, PriceColumns columns, List<(int Line, string[] Fields)> rows)
    {
        // One repeated date is a duplicate row, named later with its line; two or more say the file holds several symbols.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        (string Date, int First, int Line)? example = null;
        int repeated = 0;
        foreach (var (line, fields) in rows)
        {
            if (fields.Length <= columns.Date) continue;
            string date = fields[columns.Date].Trim() + (columns.Time is int t && fields.Length > t ? " " + fields[t].Trim() : "");
            if (date.Length == 0) continue;
            if (seen.TryGetValue(date, out int first))
            {
                repeated++;
                example ??= (date, first, line);
                if (repeated >= 2)
                    throw new DataFormatException(path, null, "symbol",
                        $"no symbol column among the columns ({string.Join(", ", columns.Names)}), yet dates repeat (e.g. {example.Value.Date} on lines {example.Value.First} and {example.Value.Line}): a file of several symbols needs one of {string.Join(", ", PriceColumns.SymbolNames)} (spelled in any case, spaces and underscores ignored)");
            }
            else seen[date] = line;
        }
    }

    private static Bar ParseBar(string[] row, PriceColumns c, TimestampColumn dates, DateTimeZone zone, PriceCsvOptions options, string path, int line)
    {
        var timestamp = ParseTimestamp(row, c, dates, zone, path, line);
        double open = Price(row, c.Open, c, path, line, options.AllowZeroPrices);
        double high = Price(row, c.High, c, path, line, options.AllowZeroPrices);
        double low = Price(row, c.Low, c, path, line, options.AllowZeroPrices);
        double close = Price(row, c.Close, c, path, line, options.AllowZeroPrices);
        double volume = c.Volume is int v ? Number(row, v, c, path, line) : double.NaN;
        if (volume < 0) throw new DataFormatException(path, line, c.Names[c.Volume!.Value], $"negative volume {F(volume)}");
        if (volume > 1e18) throw new DataFormatException(path, line, c.Names[c.Volume!.Value], $"volume {F(volume)} is implausibly large (above 1e18)");
        if (high < low)
            throw new DataFormatException(path, line, c.Names[c.High], $"high {F(high)} is below low {F(low)}");
        OutsideRange(open, c.Open);
        OutsideRange(close, c.Close);
        if (options.UseAdjustedClose)
        {
            double adj = Price(row, c.AdjClose!.Value, c, path, line, options.AllowZeroPrices);
            double factor = close == 0 ? 0 : adj / close;
            open *= factor; high *= factor; low *= factor; close = adj;
        }
        return new Bar(timestamp, open, high, low, close, volume);

        void OutsideRange(double value, int column)
        {
            double slack = RangeTolerance * high;
            if (value < low - slack || value > high + slack)
                throw new DataFormatException(path, line, c.Names[column], $"{c.Names[column]} {F(value)} is outside the day's range [{F(low)}, {F(high)}]");
        }
    }

    private static string F(double v) => v.ToString(CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTimestamp(string[] row, PriceColumns c, TimestampColumn dates, DateTimeZone zone, string path, int line)
    {
        var dateText = Required(row, c.Date, c, path, line);
        if (c.Time is int t)
            dateText = IsoDate(dateText) + " " + StooqTime(Required(row, t, c, path, line));
        if (!dates.TryParse(dateText, out var parsed))
            throw new DataFormatException(path, line, c.Names[c.Date], $"'{dateText}' is not a date or date-time the loader knows (ISO 8601, yyyyMMdd, m/d/yyyy or d/m/yyyy, RFC 1123, Unix time); name its format with --date-format or --time-format");
        return parsed.WithOffset ?? Timestamps.InZone(parsed.Local!.Value, zone);
    }

    private static string Required(string[] row, int index, PriceColumns columns, string path, int line)
    {
        var text = row[index].Trim();
        if (text.Length == 0) throw new DataFormatException(path, line, columns.Names[index], "empty field");
        return text;
    }

    /// <summary>Stooq writes dates as yyyyMMdd.</summary>
    private static string IsoDate(string date) =>
        date.Length == 8 && date.All(char.IsAsciiDigit) ? $"{date[..4]}-{date[4..6]}-{date[6..]}" : date;

    /// <summary>Stooq writes times as HHmmss.</summary>
    private static string StooqTime(string time) =>
        time.Length == 6 && time.All(char.IsAsciiDigit) ? $"{time[..2]}:{time[2..4]}:{time[4..]}" : time;

    /// <summary>A price: a finite number above 0 (or exactly 0 when allowed) and at most <see cref="MaxPrice"/>.</summary>
    private static double Price(string[] row, int index, PriceColumns c, string path, int line, bool allowZero)
    {
        double v = Number(row, index, c, path, line);
        if (v < 0 || (v == 0 && !allowZero)) throw new DataFormatException(path, line, c.Names[index], $"price {F(v)} is not positive");
        if (v > MaxPrice) throw new DataFormatException(path, line, c.Names[index], $"price {F(v)} is implausibly large (above 1e12: a bad tick or a unit error)");
        return v;
    }

    private static double Number(string[] row, int index, PriceColumns c, string path, int line)
    {
        var text = Required(row, index, c, path, line);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            throw new DataFormatException(path, line, c.Names[index], $"'{text}' is not a number");
        return v;
    }
}
