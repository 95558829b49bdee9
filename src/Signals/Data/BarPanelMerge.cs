using System.Runtime.CompilerServices;

namespace Signals.Data;

/// <summary>
/// Aligns daily series (at most one bar a date, dates ascending) on the union of their dates in one pass over the
/// panel, each cell written once: a symbol's next bar fills the cell when its date is the row's, NaN otherwise. A
/// 2,000 × 5,000 panel is 400 MB over five fields; filling it with NaN first and then writing each bar through a date
/// dictionary touched every page twice and took 2 s of CPU, more than a third of reading the file.
/// </summary>
internal static class BarPanelMerge
{
    /// <summary>Symbols written together: their bars' 32 × 6 columns stay in the TLB while the band crosses the days.</summary>
    private const int BandWidth = 32;

    /// <summary>The day number of a bar's date in its own offset (what <see cref="BarSeries.Dates"/> gives).</summary>
    public static int DayOf(DateTimeOffset timestamp) => DateOnly.FromDateTime(timestamp.DateTime).DayNumber;

    /// <summary>Whether every series has strictly ascending dates, so that <see cref="Build"/> applies.</summary>
    public static bool AllDaily(IReadOnlyList<BarSeries> series)
    {
        for (int s = 0; s < series.Count; s++)
        {
            var timestamps = series[s].Timestamps;
            int previous = int.MinValue;
            for (int i = 0; i < timestamps.Length; i++)
            {
                int day = DayOf(timestamps[i]);
                if (day <= previous) return false;
                previous = day;
            }
        }
        return true;
    }

    /// <summary>The panel of daily series (see <see cref="AllDaily"/>) with the given symbols, one column per series; without
    /// <paramref name="withHighLow"/>, opens, closes and volumes only (<see cref="BarPanel.HasHighLow"/>).</summary>
    public static BarPanel Build(IReadOnlyList<BarSeries> series, string[] symbols, bool withHighLow = true)
    {
        var days = UnionOfDays(series);
        int symbolCount = series.Count, dayCount = days.Length;
        var dates = new DateOnly[dayCount];
        for (int d = 0; d < dayCount; d++) dates[d] = DateOnly.FromDayNumber(days[d]);

        // Every cell is written below, so the arrays skip the zeroing that would touch each page once more.
        int cells = dayCount * symbolCount;
        double[] open = LargeArrays.Uninitialized(cells), close = LargeArrays.Uninitialized(cells), volume = LargeArrays.Uninitialized(cells);
        double[]? high = withHighLow ? LargeArrays.Uninitialized(cells) : null, low = withHighLow ? LargeArrays.Uninitialized(cells) : null;
        var columns = series.ToArray();

        // A band of symbols at a time, every day: the band's bars (six columns each) stay within reach of the TLB,
        // where a whole row of 2,000 symbols read from 12,000 arrays and missed it on nearly every cell.
        var panel = new PanelColumns(symbolCount, open, high, low, close, volume);
        for (int first = 0; first < symbolCount; first += BandWidth)
            WriteBand(panel, columns[first..Math.Min(symbolCount, first + BandWidth)], first, days);
        return high is null || low is null
            ? BarPanel.OfOpenCloseVolume(dates, symbols, new Panel(dates, symbols, open), new Panel(dates, symbols, close), new Panel(dates, symbols, volume))
            : new BarPanel(dates, symbols, new Panel(dates, symbols, open), new Panel(dates, symbols, high),
                new Panel(dates, symbols, low), new Panel(dates, symbols, close), new Panel(dates, symbols, volume));
    }

    /// <summary>The five panels being written, row-major by day (three when highs and lows are left out).</summary>
    private sealed record PanelColumns(int SymbolCount, double[] Open, double[]? High, double[]? Low, double[] Close, double[] Volume);

    /// <summary>Every day's cells of the symbols <paramref name="first"/> .. first + band.Length − 1.</summary>
    // Called once per band (63 times at 2,000 symbols), too few calls to tier up: compiled fully optimised at once
    // rather than run in on-stack-replacement code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteBand(PanelColumns panel, BarSeries[] band, int first, int[] days)
    {
        double[] open = panel.Open, close = panel.Close, volume = panel.Volume;
        double[]? high = panel.High, low = panel.Low;
        bool ranges = high is not null && low is not null;
        var next = new int[band.Length];
        var nextDay = new int[band.Length];
        for (int s = 0; s < band.Length; s++) nextDay[s] = band[s].Count > 0 ? DayOf(band[s].Timestamps[0]) : int.MaxValue;
        for (int d = 0; d < days.Length; d++)
        {
            int day = days[d], row = d * panel.SymbolCount + first;
            for (int s = 0; s < band.Length; s++)
            {
                int cell = row + s;
                if (nextDay[s] != day)
                {
                    open[cell] = close[cell] = volume[cell] = double.NaN;
                    if (ranges) high![cell] = low![cell] = double.NaN;
                    continue;
                }
                var bars = band[s];
                int i = next[s];
                open[cell] = bars.Open[i]; close[cell] = bars.Close[i]; volume[cell] = bars.Volume[i];
                if (ranges) { high![cell] = bars.High[i]; low![cell] = bars.Low[i]; }
                next[s] = ++i;
                nextDay[s] = i < bars.Count ? DayOf(bars.Timestamps[i]) : int.MaxValue;
            }
        }
    }

    /// <summary>
    /// The sorted union of the series' day numbers. The longest series is taken as the calendar and the others are
    /// walked against it: on a market calendar they only confirm it, so no sort or hash set over every bar is needed;
    /// days it lacks are collected and merged in at the end.
    /// </summary>
    private static int[] UnionOfDays(IReadOnlyList<BarSeries> series)
    {
        BarSeries? longest = null;
        foreach (var s in series)
            if (longest is null || s.Count > longest.Count) longest = s;
        if (longest is null) return [];
        var calendar = new int[longest.Count];
        for (int i = 0; i < calendar.Length; i++) calendar[i] = DayOf(longest.Timestamps[i]);

        var extra = new List<int>();
        foreach (var s in series)
        {
            if (ReferenceEquals(s, longest)) continue;
            int j = 0;
            foreach (var timestamp in s.Timestamps)
            {
                int day = DayOf(timestamp);
                while (j < calendar.Length && calendar[j] < day) j++;
                if (j == calendar.Length || calendar[j] != day) extra.Add(day);
            }
        }
        if (extra.Count == 0) return calendar;

        extra.Sort();
        var union = new List<int>(calendar.Length + extra.Count);
        int a = 0, b = 0;
        while (a < calendar.Length || b < extra.Count)
        {
            int day = b == extra.Count || (a < calendar.Length && calendar[a] <= extra[b]) ? calendar[a++] : extra[b++];
            if (union.Count == 0 || union[^1] != day) union.Add(day);
        }
        return [.. union];
    }
}
