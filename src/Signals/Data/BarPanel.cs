namespace Signals.Data;

/// <summary>
/// Several symbols' bars aligned on one set of trading days. A symbol with no bar on a day has NaN in
/// every field that day (before listing, after delisting, a halt): missing is explicit, never forward-filled here.
/// </summary>
public sealed class BarPanel
{
    /// <summary>Bars of <paramref name="symbols"/> on <paramref name="dates"/>, one panel per field, all on those days and symbols (not checked; the panels are kept as given).</summary>
    public BarPanel(DateOnly[] dates, string[] symbols, Panel open, Panel high, Panel low, Panel close, Panel volume)
    {
        Dates = dates; Symbols = symbols; Open = open; High = high; Low = low; Close = close; Volume = volume;
    }

    /// <summary>The trading days (rows), strictly ascending.</summary>
    public DateOnly[] Dates { get; }
    /// <summary>The symbols (columns), in panel order.</summary>
    public string[] Symbols { get; }
    /// <summary>Opening prices; NaN where the symbol has no bar that day.</summary>
    public Panel Open { get; }
    /// <summary>High prices; NaN where the symbol has no bar.</summary>
    public Panel High { get; }
    /// <summary>Low prices; NaN where the symbol has no bar.</summary>
    public Panel Low { get; }
    /// <summary>Closing prices; NaN where the symbol has no bar.</summary>
    public Panel Close { get; }
    /// <summary>Volume in shares; NaN where the symbol has no bar.</summary>
    public Panel Volume { get; }
    /// <summary>Number of trading days.</summary>
    public int DayCount => Dates.Length;
    /// <summary>Number of symbols.</summary>
    public int SymbolCount => Symbols.Length;

    /// <summary>Aligns series on the union of their dates (a bar's date is taken in its own offset).</summary>
    public static BarPanel FromSeries(IReadOnlyList<BarSeries> series)
    {
        var symbols = series.Select(s => s.Symbol).ToArray();
        if (symbols.Distinct(StringComparer.Ordinal).Count() != symbols.Length)
            throw new ArgumentException("Each symbol may appear only once in a panel.");
        // Daily series (one bar a date, dates ascending: what every loader makes) are merged in one pass that writes
        // each cell once; anything else (intraday bars, an offset change that turns a date back) takes the general
        // path, which also names the first symbol with two bars on a date.
        return BarPanelMerge.AllDaily(series) ? BarPanelMerge.Build(series, symbols) : FromAnySeries(series, symbols);
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

    /// <summary>Days <paramref name="start"/> .. start + count − 1, every symbol, copied.</summary>
    public BarPanel Slice(int start, int count) =>
        new(Dates[start..(start + count)], Symbols, Open.Slice(start, count), High.Slice(start, count), Low.Slice(start, count), Close.Slice(start, count), Volume.Slice(start, count));

    /// <summary>The given symbols' columns (by index, in that order), every day, copied.</summary>
    public BarPanel Select(IReadOnlyList<int> columns) =>
        new(Dates, columns.Select(c => Symbols[c]).ToArray(), Open.Select(columns), High.Select(columns), Low.Select(columns), Close.Select(columns), Volume.Select(columns));

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
