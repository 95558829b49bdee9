namespace Signals.Data;

/// <summary>Where a bar was read from: the file and its 1-based line (a Parquet file's row n is line n + 1).</summary>
public sealed record PriceSource(string File, int Line);

/// <summary>
/// A loaded price file or folder with what a reader needs to trust it: the files read, rows read and left out (by
/// symbol), whether adjusted prices were used or an adjusted column was left unused, and where each bar came from.
/// </summary>
public sealed class PriceLoad
{
    private readonly IReadOnlyList<BarOrigins> _origins;
    private Dictionary<string, int>? _index;
    private BarPanel? _panel;
    // Kept apart from the series so a load whose series were let go (ReleaseSeries) still names rows and symbols.
    private readonly string[] _symbols;
    // The series' timestamps until the series are let go; then each bar's date as a day number (its timestamp's local
    // date), all SourceOf reads: 4 bytes a bar where a timestamp is 16 (375 MB fewer at 31.5 M bars).
    private DateTimeOffset[][]? _timestamps;
    private int[][]? _days;
    private IReadOnlyList<BarSeries>? _series;

    internal PriceLoad(string path, IReadOnlyList<BarSeries> series, IReadOnlyList<string> files, int rowsRead,
        IReadOnlyList<BadRow> badRows, IReadOnlyDictionary<string, int> skippedBySymbol, bool adjusted, bool hasUnusedAdjustedColumn,
        IReadOnlyList<BarOrigins> origins)
    {
        Path = path; _series = series; Files = files; RowsRead = rowsRead; BadRows = badRows; SkippedBySymbol = skippedBySymbol;
        Adjusted = adjusted; HasUnusedAdjustedColumn = hasUnusedAdjustedColumn; _origins = origins;
        _symbols = [.. series.Select(s => s.Symbol)];
        _timestamps = [.. series.Select(s => s.Timestamps)];
    }

    /// <summary>The file or folder given.</summary>
    public string Path { get; }
    /// <summary>Each symbol's bars, ascending, in order of first appearance.</summary>
    /// <exception cref="InvalidOperationException">The series were let go by <see cref="ReleaseSeries"/>.</exception>
    public IReadOnlyList<BarSeries> Series => _series
        ?? throw new InvalidOperationException($"The bar series of {Path} were let go once the panel was built (PriceLoad.ReleaseSeries); read the panel instead.");
    /// <summary>The files read (one for a file; every file of a folder, sorted by relative path).</summary>
    public IReadOnlyList<string> Files { get; }
    /// <summary>Non-blank data rows read, kept or not.</summary>
    public int RowsRead { get; }
    /// <summary>Rows left out under <see cref="BadRowPolicy.Skip"/>, in file and line order (empty when strict).</summary>
    public IReadOnlyList<BadRow> BadRows { get; }
    /// <summary>Rows left out per symbol (symbols that lost none are absent); a symbol that lost every row is here and not in <see cref="Series"/>.</summary>
    public IReadOnlyDictionary<string, int> SkippedBySymbol { get; }
    /// <summary>Whether open, high, low and close were scaled by the adjusted close.</summary>
    public bool Adjusted { get; }
    /// <summary>A file holds an adjusted close that was not used: returns include splits and dividends as price jumps.</summary>
    public bool HasUnusedAdjustedColumn { get; }

    /// <summary>Bars kept, over all symbols.</summary>
    public long Bars => _days?.Sum(t => (long)t.Length) ?? _timestamps!.Sum(t => (long)t.Length);

    /// <summary>The series aligned on the union of their trading days.</summary>
    public BarPanel Panel => _panel ??= BarPanel.FromSeries(Series);

    /// <summary>
    /// The panel, with the per-symbol series let go after it is built, so a large load holds its prices once (the
    /// panel) instead of twice. Everything else here still answers (timestamps stay for <see cref="SourceOf"/>);
    /// <see cref="Series"/> throws afterwards.
    /// </summary>
    /// <param name="withHighLow">False: the panel holds opens, closes and volumes only (<see cref="BarPanel.HasHighLow"/>), all a
    /// study reads — two day × symbol panels fewer, 500 MB at 5,000 names × 25 years. <see cref="Panel"/> is that panel afterwards.</param>
    public BarPanel ReleaseSeries(bool withHighLow = true)
    {
        // Built without them when not built yet: their pages are never touched.
        if (_panel is null && !withHighLow) _panel = BarPanel.FromSeries(Series, withHighLow: false);
        var panel = Panel;
        if (!withHighLow && panel.HasHighLow) _panel = panel = panel.WithoutHighLow();
        _series = null;
        if (_timestamps is { } timestamps)
        {
            _days = Array.ConvertAll(timestamps, DaysOf);
            _timestamps = null;
        }
        return panel;
    }

    /// <summary>The file and line a symbol's bar of <paramref name="date"/> was read from, or null.</summary>
    public PriceSource? SourceOf(string symbol, DateOnly date)
    {
        _index ??= Enumerable.Range(0, _symbols.Length).ToDictionary(i => _symbols[i], StringComparer.Ordinal);
        if (!_index.TryGetValue(symbol, out int s)) return null;
        var days = _days?[s] ?? DaysOf(_timestamps![s]);
        int day = date.DayNumber;
        // The first bar of the date (intraday bars share one); bars ascend, so their dates do too in all but an
        // offset change across midnight, which the scan below still finds.
        int lo = 0, hi = days.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) lo = mid + 1; else hi = mid;
        }
        if (lo < days.Length && days[lo] == day) return _origins[s].At(Files, lo);
        int found = Array.IndexOf(days, day);
        return found >= 0 ? _origins[s].At(Files, found) : null;
    }

    private static int[] DaysOf(DateTimeOffset[] timestamps) => Array.ConvertAll(timestamps, t => DateOnly.FromDateTime(t.DateTime).DayNumber);

    /// <summary>SHA-256 of the file, or of the folder's files (see <see cref="FileHash.Of"/>).</summary>
    public string Sha256() => FileHash.Of(Path);

    /// <summary>Plain-language warnings about the load a report should show (adjusted column unused, symbols that lost rows).</summary>
    public IReadOnlyList<string> Warnings()
    {
        var list = new List<string>();
        if (HasUnusedAdjustedColumn)
            list.Add("the prices have an adjusted close that was not used: splits and dividends show as price jumps (use --adjusted for total-return prices)");
        foreach (var (symbol, n) in SkippedBySymbol.OrderBy(p => p.Key, StringComparer.Ordinal))
            list.Add($"{symbol}: {n} price row{(n == 1 ? "" : "s")} left out as bad (see bad-rows.csv){(_symbols.Contains(symbol) ? "" : "; no bar left, so the symbol is not loaded")}");
        return list;
    }
}

/// <summary>
/// Where each bar of one series was read from: its line, and its file (one index for the series when all its bars
/// came from one file, else one per bar). Four bytes a bar, where a (symbol, date) → source map cost a hundred; none
/// when the bars sit on consecutive lines, as a download sorted by symbol and date or a file per symbol has them
/// (then the first line says where every bar is: 126 MB fewer at 31.5 M bars).
/// </summary>
internal sealed class BarOrigins
{
    // Each bar's line; null when bar i is on line _firstLine + i.
    private readonly int[]? _lines;
    private readonly int _firstLine;
    private readonly int[]? _files;
    private readonly int _file;

    public BarOrigins(int[] lines, int[]? files, int file)
    {
        _files = files;
        _file = file;
        _firstLine = lines.Length == 0 ? 0 : lines[0];
        for (int bar = 1; bar < lines.Length; bar++)
            if (lines[bar] != _firstLine + bar) { _lines = lines; break; }
    }

    public PriceSource At(IReadOnlyList<string> fileNames, int bar) =>
        new(fileNames[_files is null ? _file : _files[bar]], _lines is null ? _firstLine + bar : _lines[bar]);
}
