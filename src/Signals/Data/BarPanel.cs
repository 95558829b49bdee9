namespace Signals.Data;

/// <summary>
/// Several symbols' bars aligned on one set of trading days. A symbol with no bar on a day has NaN in
/// every field that day (before listing, after delisting, a halt): missing is explicit, never forward-filled here.
/// </summary>
public sealed class BarPanel
{
    /// <summary>Bars of <paramref name="symbols"/> on <paramref name="dates"/>, one panel per field, all on those days and symbols (not checked; the panels are kept as given).</summary>
    public BarPanel(DateOnly[] dates, string[] symbols, Panel open, Panel high, Panel low, Panel close, Panel volume)
        : this(dates, symbols, open, (high ?? throw new ArgumentNullException(nameof(high)), low ?? throw new ArgumentNullException(nameof(low))), close, volume)
    {
    }

    /// <param name="ranges">The highs and lows; null for a panel without them.</param>
    private BarPanel(DateOnly[] dates, string[] symbols, Panel open, (Panel High, Panel Low)? ranges, Panel close, Panel volume)
    {
        Dates = dates; Symbols = symbols; Open = open; _ranges = ranges; Close = close; Volume = volume;
    }

    /// <summary>A panel of opens, closes and volumes only (see <see cref="HasHighLow"/>).</summary>
    internal static BarPanel OfOpenCloseVolume(DateOnly[] dates, string[] symbols, Panel open, Panel close, Panel volume) =>
        new(dates, symbols, open, null, close, volume);

    // The highs and lows, both or neither.
    private readonly (Panel High, Panel Low)? _ranges;

    /// <summary>The trading days (rows), strictly ascending.</summary>
    public DateOnly[] Dates { get; }
    /// <summary>The symbols (columns), in panel order.</summary>
    public string[] Symbols { get; }
    /// <summary>Opening prices; NaN where the symbol has no bar that day.</summary>
    public Panel Open { get; }
    /// <summary>High prices; NaN where the symbol has no bar.</summary>
    /// <exception cref="InvalidOperationException">The panel was built without highs and lows (<see cref="HasHighLow"/> is false).</exception>
    public Panel High => _ranges?.High ?? throw NoHighLow();
    /// <summary>Low prices; NaN where the symbol has no bar.</summary>
    /// <exception cref="InvalidOperationException">The panel was built without highs and lows (<see cref="HasHighLow"/> is false).</exception>
    public Panel Low => _ranges?.Low ?? throw NoHighLow();
    /// <summary>
    /// False for a panel built without highs and lows: a study reads opens, closes and volumes only, and at 5,000
    /// names × 25 years the two panels it never reads are 500 MB (see <see cref="PriceLoad.ReleaseSeries(bool)"/>).
    /// </summary>
    public bool HasHighLow => _ranges is not null;
    /// <summary>Closing prices; NaN where the symbol has no bar.</summary>
    public Panel Close { get; }
    /// <summary>Volume in shares; NaN where the symbol has no bar.</summary>
    public Panel Volume { get; }
    /// <summary>Number of trading days.</summary>
    public int DayCount => Dates.Length;
    /// <summary>Number of symbols.</summary>
    public int SymbolCount => Symbols.Length;

    /// <summary>Aligns series on the union of their dates (a bar's date is taken in its own offset).</summary>
    public static BarPanel FromSeries(IReadOnlyList<BarSeries> series) => FromSeries(series, withHighLow: true);

    /// <summary>As <see cref="FromSeries(IReadOnlyList{BarSeries})"/>; without <paramref name="withHighLow"/>, opens, closes and volumes only.</summary>
    internal static BarPanel FromSeries(IReadOnlyList<BarSeries> series, bool withHighLow)
    {
        var symbols = series.Select(s => s.Symbol).ToArray();
        if (symbols.Distinct(StringComparer.Ordinal).Count() != symbols.Length)
            throw new ArgumentException("Each symbol may appear only once in a panel.");
        // Daily series (one bar a date, dates ascending: what every loader makes) are merged in one pass that writes
        // each cell once; anything else (intraday bars, an offset change that turns a date back) takes the general
        // path, which also names the first symbol with two bars on a date.
        if (BarPanelMerge.AllDaily(series)) return BarPanelMerge.Build(series, symbols, withHighLow);
        var panel = FromAnySeries(series, symbols);
        return withHighLow ? panel : panel.WithoutHighLow();
    }

    private static BarPanel FromAnySeries(IReadOnlyList<BarSeries> series, string[] symbols)
    {
        var dates = series.SelectMany(s => s.Dates()).Distinct().Order().ToArray();
        var index = new Dictionary<DateOnly, int>(dates.Length);
        for (int i = 0; i < dates.Length; i++) index[dates[i]] = i;
        Panel o = new(dates, symbols), h = new(dates, symbols), l = new(dates, symbols), c = new(dates, symbols), v = new(dates, symbols);
        for (int s = 0; s < series.Count; s++)
        {
            var ser = series[s];
            var serDates = ser.Dates();
            for (int i = 0; i < ser.Count; i++)
            {
                int d = index[serDates[i]];
                if (!double.IsNaN(c[d, s]))
                    throw new ArgumentException($"{ser.Symbol} has two bars on {serDates[i]:yyyy-MM-dd}; a panel holds daily bars.");
                o[d, s] = ser.Open[i]; h[d, s] = ser.High[i]; l[d, s] = ser.Low[i]; c[d, s] = ser.Close[i]; v[d, s] = ser.Volume[i];
            }
        }
        return new BarPanel(dates, symbols, o, h, l, c, v);
    }

    /// <summary>Days <paramref name="start"/> .. start + count − 1, every symbol, copied (highs and lows when the panel has them).</summary>
    public BarPanel Slice(int start, int count) =>
        new(Dates[start..(start + count)], Symbols, Open.Slice(start, count),
            _ranges is { } r ? (r.High.Slice(start, count), r.Low.Slice(start, count)) : null, Close.Slice(start, count), Volume.Slice(start, count));

    /// <summary>The given symbols' columns (by index, in that order), every day, copied (highs and lows when the panel has them).</summary>
    public BarPanel Select(IReadOnlyList<int> columns) =>
        new(Dates, columns.Select(c => Symbols[c]).ToArray(), Open.Select(columns),
            _ranges is { } r ? (r.High.Select(columns), r.Low.Select(columns)) : null, Close.Select(columns), Volume.Select(columns));

    /// <summary>This panel's opens, closes and volumes (the same panels, not copies) without its highs and lows.</summary>
    public BarPanel WithoutHighLow() => new(Dates, Symbols, Open, null, Close, Volume);

    private static InvalidOperationException NoHighLow() =>
        new("This price panel was built without highs and lows (a study reads opens, closes and volumes only: PriceLoad.ReleaseSeries(withHighLow: false)); load the prices again to read them.");

    /// <summary>One symbol's bars back out of the panel, skipping the days it has none.</summary>
    public BarSeries Series(string symbol, TimeSpan? offset = null)
    {
        int s = Close.SymbolIndex(symbol);
        var bars = new List<Bar>(DayCount);
        for (int d = 0; d < DayCount; d++)
        {
            if (double.IsNaN(Close[d, s])) continue;
            var ts = new DateTimeOffset(Dates[d].ToDateTime(TimeOnly.MinValue), offset ?? TimeSpan.Zero);
            bars.Add(new Bar(ts, Open[d, s], High[d, s], Low[d, s], Close[d, s], Volume[d, s]));
        }
        return BarSeries.FromBars(symbol, bars);
    }
}
