namespace Signals.Data;

/// <summary>
/// A day × symbol matrix of doubles aligned on trading days; a missing value is <see cref="double.NaN"/>.
/// Stored row-major by day (<c>Values[day * SymbolCount + symbol]</c>) so that a cross-section
/// (one day, every symbol) is one contiguous span — the shape that ranking and portfolio code reads.
/// </summary>
public sealed class Panel
{
    /// <summary>A panel over <paramref name="dates"/> × <paramref name="symbols"/>; the arrays are kept, not copied, and null values start all NaN.</summary>
    /// <param name="values">Row-major by day, <c>dates.Length × symbols.Length</c> long; null for a panel of NaN.</param>
    /// <exception cref="ArgumentException">The values have the wrong length, or the dates are not strictly ascending.</exception>
    public Panel(DateOnly[] dates, string[] symbols, double[]? values = null)
    {
        Dates = dates;
        Symbols = symbols;
        Values = values ?? CreateMissing(dates.Length * symbols.Length);
        if (Values.Length != dates.Length * symbols.Length)
            throw new ArgumentException($"Expected {dates.Length}×{symbols.Length} values, got {Values.Length}.");
        for (int i = 1; i < dates.Length; i++)
            if (dates[i] <= dates[i - 1]) throw new ArgumentException($"Dates must be strictly ascending (index {i}).");
    }

    /// <summary>The trading days (rows), strictly ascending.</summary>
    public DateOnly[] Dates { get; }
    /// <summary>The symbols (columns), in panel order.</summary>
    public string[] Symbols { get; }
    /// <summary>The backing array, row-major by day: <c>Values[day * SymbolCount + symbol]</c>; NaN is missing.</summary>
    public double[] Values { get; }
    /// <summary>Number of days (rows).</summary>
    public int DayCount => Dates.Length;
    /// <summary>Number of symbols (columns).</summary>
    public int SymbolCount => Symbols.Length;

    /// <summary>The value of <paramref name="symbol"/> (column index) on <paramref name="day"/> (row index); NaN when missing.</summary>
    public double this[int day, int symbol]
    {
        get => Values[day * Symbols.Length + symbol];
        set => Values[day * Symbols.Length + symbol] = value;
    }

    /// <summary>One day's cross-section, every symbol.</summary>
    public Span<double> Row(int day) => Values.AsSpan(day * Symbols.Length, Symbols.Length);

    /// <summary>One symbol's time series, copied out.</summary>
    public double[] Column(int symbol)
    {
        var col = new double[Dates.Length];
        for (int d = 0; d < col.Length; d++) col[d] = Values[d * Symbols.Length + symbol];
        return col;
    }

    /// <summary>The column index of <paramref name="symbol"/> (ordinal comparison).</summary>
    /// <exception cref="KeyNotFoundException">The symbol is not in the panel.</exception>
    public int SymbolIndex(string symbol)
    {
        int i = Array.IndexOf(Symbols, symbol);
        return i >= 0 ? i : throw new KeyNotFoundException($"Symbol '{symbol}' is not in the panel.");
    }

    /// <summary>Days <paramref name="start"/> .. start + count − 1, every symbol, copied.</summary>
    public Panel Slice(int start, int count) =>
        new(Dates[start..(start + count)], Symbols, Values[(start * Symbols.Length)..((start + count) * Symbols.Length)]);

    /// <summary>The named symbols' columns, in the order given, copied.</summary>
    public Panel Select(IReadOnlyList<int> columns)
    {
        var result = new Panel(Dates, columns.Select(c => Symbols[c]).ToArray(), new double[Dates.Length * columns.Count]);
        for (int d = 0; d < Dates.Length; d++)
            for (int k = 0; k < columns.Count; k++) result[d, k] = this[d, columns[k]];
        return result;
    }

    /// <summary>A copy with its own values (dates and symbols shared).</summary>
    public Panel Clone() => new(Dates, Symbols, (double[])Values.Clone());

    private static double[] CreateMissing(int n)
    {
        var v = new double[n];
        Array.Fill(v, double.NaN);
        return v;
    }
}
