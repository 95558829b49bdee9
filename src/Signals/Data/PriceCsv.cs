using System.Globalization;
using nietras.SeparatedValues;
using NodaTime;

namespace Signals.Data;

/// <summary>
/// Strict OHLCV CSV loading: Yahoo Finance and Stooq exports, ISO dates or date-times, one symbol per file, a
/// <c>symbol</c> column, a folder of one file per symbol (.csv, .txt, .csv.gz), or a long-format .parquet file. Rows must be ascending, or the whole file descending
/// (read as ascending). Anything else — mixed order, a repeated timestamp, an empty or non-numeric field,
/// high below low, a negative price — is a <see cref="DataFormatException"/> naming the file, line and column.
/// </summary>
public static partial class PriceCsv
{
    /// <summary>Loads one symbol's bars. With a <c>symbol</c> column the file must hold only that symbol (or pass <paramref name="symbol"/> to pick one).</summary>
    public static BarSeries Load(string path, string? symbol = null, PriceCsvOptions? options = null)
    {
        options ??= PriceCsvOptions.Default;
        var all = ReadFile(path, options);
        if (symbol is not null)
        {
            var match = all.FirstOrDefault(s => s.Symbol == symbol || s.Symbol == "");
            if (match is null) throw new DataFormatException(path, null, "symbol", $"no bars for symbol '{symbol}'");
            return match.Symbol == symbol ? match : Rename(match, symbol);
        }
        if (all.Count != 1)
            throw new DataFormatException(path, null, "symbol", $"the file holds {all.Count} symbols; name the one to load");
        return all[0].Symbol == "" ? Rename(all[0], SymbolFromFileName(path, options)) : all[0];
    }

    /// <summary>The file endings read from a folder of per-symbol files.</summary>
    public static readonly string[] FolderExtensions = [".csv", ".txt", ".csv.gz", ".txt.gz"];

    /// <summary>
    /// Loads every symbol of a multi-symbol file, or of every .csv, .txt or .csv.gz file in a folder (one symbol per
    /// file, named by the file without its extension and exchange suffix: aapl.us.txt is AAPL).
    /// </summary>
    public static IReadOnlyList<BarSeries> LoadMany(string fileOrFolder, PriceCsvOptions? options = null)
    {
        options ??= PriceCsvOptions.Default;
        if (Directory.Exists(fileOrFolder))
        {
            var files = Directory.GetFiles(fileOrFolder)
                .Where(f => FolderExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                .Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0) throw new DataFormatException(fileOrFolder, null, null, $"the folder holds no price files ({string.Join(", ", FolderExtensions)})");
            var result = new List<(BarSeries Series, string File)>();
            foreach (var f in files)
                result.AddRange(Named(f, options).Select(s => (s, f)));
            var dup = result.GroupBy(s => s.Series.Symbol).FirstOrDefault(g => g.Count() > 1);
            if (dup is not null)
                throw new DataFormatException(fileOrFolder, null, "symbol", $"symbol '{dup.Key}' appears in more than one file ({string.Join(", ", dup.Select(d => Path.GetFileName(d.File)))})");
            return result.ConvertAll(r => r.Series);
        }
        return Named(fileOrFolder, options);
    }

    /// <summary>Loads every symbol and aligns them on the union of their trading days.</summary>
    public static BarPanel LoadPanel(string fileOrFolder, PriceCsvOptions? options = null) =>
        BarPanel.FromSeries(LoadMany(fileOrFolder, options));

    /// <summary>A file's series with its symbol: a symbol column's, else the file name's; then the suffix rule and the map.</summary>
    private static List<BarSeries> Named(string path, PriceCsvOptions options) =>
        ReadFile(path, options).ConvertAll(s =>
        {
            string symbol = s.Symbol == "" ? SymbolFromFileName(path, options) : s.Symbol;
            if (options.SymbolMap is { } map && map.TryGetValue(symbol, out var mapped)) symbol = mapped;
            return symbol == s.Symbol ? s : Rename(s, symbol);
        });

    private static string SymbolFromFileName(string path, PriceCsvOptions? options = null)
    {
        string name = Path.GetFileName(path);
        foreach (var ext in FolderExtensions.OrderByDescending(e => e.Length))
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) { name = name[..^ext.Length]; break; }
        if (name == Path.GetFileName(path)) name = Path.GetFileNameWithoutExtension(path);
        foreach (var suffix in (options ?? PriceCsvOptions.Default).SymbolSuffixes)
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) { name = name[..^suffix.Length]; break; }
        return name.ToUpperInvariant();
    }

    private static BarSeries Rename(BarSeries s, string symbol) => new(symbol, s.Timestamps, s.Open, s.High, s.Low, s.Close, s.Volume);

    private sealed class Rows(string symbol)
    {
        public readonly string Symbol = symbol;
        public readonly List<Bar> Bars = [];
        public readonly List<int> Lines = [];
    }

    private static List<BarSeries> ReadFile(string path, PriceCsvOptions options)
    {
        if (!File.Exists(path)) throw new DataFormatException(path, null, null, "file not found");
        var zone = Timestamps.Zone(options.TimeZone);
        SepReader reader;
        try
        {
            var sep = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true });
            // Parquet (long format) is read as the CSV it would be, so every rule below applies to it; row n is line n + 1.
            reader = ParquetRows.IsParquet(path) ? sep.From(new StringReader(ParquetRows.ToCsv(path)))
                : path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? sep.From(new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress)))
                : sep.FromFile(path);
        }
        catch (Exception ex) when (ex is not DataFormatException)
        {
            throw new DataFormatException(path, 1, null, $"cannot read the header: {ex.Message}", ex);
        }
        using (reader)
        {
            var columns = PriceColumns.Resolve(path, reader.Header.ColNames, options);
            var bySymbol = new Dictionary<string, Rows>(StringComparer.Ordinal);
            var order = new List<Rows>();
            try
            {
                foreach (var row in reader)
                {
                    int line = row.LineNumberFrom;
                    if (CsvRows.IsBlank(row)) continue;
                    if (row.ColCount < columns.Count)
                        throw new DataFormatException(path, line, null, $"expected {columns.Count} fields, found {row.ColCount}");
                    string symbol = columns.Symbol is int sc ? CsvText.Unneutralise(Required(row, sc, columns, path, line).ToString()) : "";
                    if (!bySymbol.TryGetValue(symbol, out var rows))
                    {
                        rows = new Rows(symbol);
                        bySymbol[symbol] = rows;
                        order.Add(rows);
                    }
                    rows.Bars.Add(ParseBar(row, columns, zone, options, path, line));
                    rows.Lines.Add(line);
                }
            }
            catch (Exception ex) when (ex is not DataFormatException)
            {
                throw new DataFormatException(path, null, null, $"malformed CSV: {ex.Message}", ex);
            }
            if (order.Count == 0) throw new DataFormatException(path, null, null, "the file holds a header but no rows");
            return order.Select(r => ToSeries(r, path)).ToList();
        }
    }

    private static ReadOnlySpan<char> Required(SepReader.Row row, int index, PriceColumns columns, string path, int line)
    {
        var span = row[index].Span.Trim();
        if (span.IsEmpty) throw new DataFormatException(path, line, columns.Names[index], "empty field");
        return span;
    }

    private static Bar ParseBar(SepReader.Row row, PriceColumns c, DateTimeZone zone, PriceCsvOptions options, string path, int line)
    {
        var timestamp = ParseTimestamp(row, c, zone, path, line);
        double open = Price(row, c.Open, c, path, line);
        double high = Price(row, c.High, c, path, line);
        double low = Price(row, c.Low, c, path, line);
        double close = Price(row, c.Close, c, path, line);
        double volume = c.Volume is int v ? Number(row, v, c, path, line) : double.NaN;
        if (volume < 0) throw new DataFormatException(path, line, c.Names[c.Volume!.Value], $"negative volume {volume.ToString(CultureInfo.InvariantCulture)}");
        if (high < low)
            throw new DataFormatException(path, line, c.Names[c.High], $"high {high.ToString(CultureInfo.InvariantCulture)} is below low {low.ToString(CultureInfo.InvariantCulture)}");
        if (options.UseAdjustedClose)
        {
            double adj = Price(row, c.AdjClose!.Value, c, path, line);
            double factor = close == 0 ? 1 : adj / close;
            open *= factor; high *= factor; low *= factor; close = adj;
        }
        return new Bar(timestamp, open, high, low, close, volume);
    }

    private static DateTimeOffset ParseTimestamp(SepReader.Row row, PriceColumns c, DateTimeZone zone, string path, int line)
    {
        var dateText = Required(row, c.Date, c, path, line).ToString();
        if (c.Time is int t)
            dateText = IsoDate(dateText) + " " + StooqTime(Required(row, t, c, path, line).ToString());
        if (!Timestamps.TryParse(dateText, out var parsed))
            throw new DataFormatException(path, line, c.Names[c.Date], $"'{dateText}' is not an ISO date or date-time");
        return parsed.WithOffset ?? Timestamps.InZone(parsed.Local!.Value, zone);
    }

    /// <summary>Stooq writes dates as yyyyMMdd.</summary>
    private static string IsoDate(string date) =>
        date.Length == 8 && date.All(char.IsAsciiDigit) ? $"{date[..4]}-{date[4..6]}-{date[6..]}" : date;

    /// <summary>Stooq writes times as HHmmss.</summary>
    private static string StooqTime(string time) =>
        time.Length == 6 && time.All(char.IsAsciiDigit) ? $"{time[..2]}:{time[2..4]}:{time[4..]}" : time;

    private static double Price(SepReader.Row row, int index, PriceColumns c, string path, int line)
    {
        double v = Number(row, index, c, path, line);
        if (v < 0) throw new DataFormatException(path, line, c.Names[index], $"negative price {v.ToString(CultureInfo.InvariantCulture)}");
        return v;
    }

    private static double Number(SepReader.Row row, int index, PriceColumns c, string path, int line)
    {
        var span = Required(row, index, c, path, line);
        if (!double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
            throw new DataFormatException(path, line, c.Names[index], $"'{span.ToString()}' is not a number");
        return v;
    }

    /// <summary>Ascending rows, or a wholly descending file reversed; the first row that breaks the order is named.</summary>
    private static BarSeries ToSeries(Rows rows, string path)
    {
        var bars = rows.Bars;
        string who = rows.Symbol == "" ? "" : $" for {rows.Symbol}";
        bool descending = bars.Count > 1 && bars[1].Timestamp < bars[0].Timestamp;
        for (int i = 1; i < bars.Count; i++)
        {
            var prev = bars[i - 1].Timestamp;
            var cur = bars[i].Timestamp;
            if (cur == prev)
                throw new DataFormatException(path, rows.Lines[i], "date", $"duplicate timestamp {PriceCsv.FormatTimestamp(cur)}{who} (first on line {rows.Lines[i - 1]})");
            if ((cur < prev) != descending)
                throw new DataFormatException(path, rows.Lines[i], "date",
                    $"rows out of order{who}: {PriceCsv.FormatTimestamp(cur)} follows {PriceCsv.FormatTimestamp(prev)} in a file that is {(descending ? "descending" : "ascending")}");
        }
        if (descending) bars.Reverse();
        return BarSeries.FromBars(rows.Symbol, bars);
    }
}
