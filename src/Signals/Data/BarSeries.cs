namespace Signals.Data;

/// <summary>
/// One symbol's bars, stored column-wise (one array per field) so that indicator kernels and
/// backtests run over contiguous doubles. Timestamps are strictly ascending.
/// </summary>
public sealed class BarSeries
{
    /// <summary>A series from aligned columns; the arrays are kept, not copied.</summary>
    /// <exception cref="ArgumentException">The columns differ in length, or the timestamps are not strictly ascending.</exception>
    public BarSeries(string symbol, DateTimeOffset[] timestamps, double[] open, double[] high, double[] low, double[] close, double[] volume)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        int n = timestamps.Length;
        if (open.Length != n || high.Length != n || low.Length != n || close.Length != n || volume.Length != n)
            throw new ArgumentException("All columns of a bar series must have the same length.");
        for (int i = 1; i < n; i++)
            if (timestamps[i] <= timestamps[i - 1])
                throw new ArgumentException($"Timestamps must be strictly ascending (index {i}).");
        Symbol = symbol;
        Timestamps = timestamps;
        Open = open;
        High = high;
        Low = low;
        Close = close;
        Volume = volume;
    }

    /// <summary>Ticker as the price file spells it.</summary>
    public string Symbol { get; }
    /// <summary>Bar times, strictly ascending; daily bars carry the exchange date at midnight in their offset.</summary>
    public DateTimeOffset[] Timestamps { get; }
    /// <summary>Opening prices.</summary>
    public double[] Open { get; }
    /// <summary>High prices.</summary>
    public double[] High { get; }
    /// <summary>Low prices.</summary>
    public double[] Low { get; }
    /// <summary>Closing prices.</summary>
    public double[] Close { get; }
    /// <summary>Volume in shares.</summary>
    public double[] Volume { get; }

    /// <summary>Number of bars.</summary>
    public int Count => Timestamps.Length;

    /// <summary>The bar at <paramref name="index"/> as a value.</summary>
    public Bar this[int index] => new(Timestamps[index], Open[index], High[index], Low[index], Close[index], Volume[index]);

    /// <summary>The bars in time order, one <see cref="Bar"/> at a time.</summary>
    public IEnumerable<Bar> Bars()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    /// <summary>The calendar date of each bar in the bar's own offset (daily bars carry the exchange date).</summary>
    public DateOnly[] Dates()
    {
        var dates = new DateOnly[Count];
        for (int i = 0; i < dates.Length; i++) dates[i] = DateOnly.FromDateTime(Timestamps[i].DateTime);
        return dates;
    }

    /// <summary>A series from bars in time order (copied into columns).</summary>
    /// <exception cref="ArgumentException">The timestamps are not strictly ascending.</exception>
    public static BarSeries FromBars(string symbol, IReadOnlyList<Bar> bars)
    {
        int n = bars.Count;
        var t = new DateTimeOffset[n];
        var o = new double[n]; var h = new double[n]; var l = new double[n]; var c = new double[n]; var v = new double[n];
        for (int i = 0; i < n; i++)
        {
            var b = bars[i];
            t[i] = b.Timestamp; o[i] = b.Open; h[i] = b.High; l[i] = b.Low; c[i] = b.Close; v[i] = b.Volume;
        }
        return new BarSeries(symbol, t, o, h, l, c, v);
    }

    /// <summary>The bars from <paramref name="start"/> (inclusive) for <paramref name="length"/> bars, copied.</summary>
    public BarSeries Slice(int start, int length) => new(
        Symbol, Timestamps[start..(start + length)], Open[start..(start + length)], High[start..(start + length)],
        Low[start..(start + length)], Close[start..(start + length)], Volume[start..(start + length)]);

    /// <summary>"SYMBOL: N bars first..last", for debugging.</summary>
    public override string ToString() => Count == 0 ? $"{Symbol}: no bars" : $"{Symbol}: {Count} bars {Timestamps[0]:yyyy-MM-dd}..{Timestamps[^1]:yyyy-MM-dd}";
}
