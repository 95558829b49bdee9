namespace Signals.Data;

/// <summary>
/// A day × symbol matrix of doubles aligned on trading days; a missing value is <see cref="double.NaN"/>.
/// Stored row-major by day (<c>Values[day * SymbolCount + symbol]</c>) so that a cross-section
/// (one day, every symbol) is one contiguous span — the shape that ranking and portfolio code reads.
/// </summary>
public sealed class Panel
{
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

    public DateOnly[] Dates { get; }
    public string[] Symbols { get; }
    public double[] Values { get; }
    public int DayCount => Dates.Length;
    public int SymbolCount => Symbols.Length;

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

    public Panel Clone() => new(Dates, Symbols, (double[])Values.Clone());

    private static double[] CreateMissing(int n)
    {
        var v = new double[n];
        Array.Fill(v, double.NaN);
        return v;
    }
}
