namespace Signals.Data;

/// <summary>
/// A column that few rows fill (a news table's bodies): the filled rows in order with their values, found by binary
/// search, so a table of millions of rows with a handful of bodies pays for the handful only.
/// </summary>
internal sealed class SparseColumn<T> where T : class
{
    private readonly int[] _rows;
    private readonly T[] _values;

    /// <summary>A column filled at <paramref name="rows"/> (ascending, distinct) with <paramref name="values"/>, index for index.</summary>
    public SparseColumn(int[] rows, T[] values)
    {
        if (rows.Length != values.Length) throw new ArgumentException("one value per row", nameof(values));
        for (int k = 1; k < rows.Length; k++)
            if (rows[k] <= rows[k - 1]) throw new ArgumentException("rows must ascend without repeats", nameof(rows));
        _rows = rows;
        _values = values;
    }

    /// <summary>A column no row fills.</summary>
    public static SparseColumn<T> Empty { get; } = new([], []);

    /// <summary>How many rows are filled.</summary>
    public int Filled => _rows.Length;

    /// <summary>Row <paramref name="row"/>'s value; null when the row is not filled.</summary>
    public T? this[int row]
    {
        get
        {
            if (_rows.Length == 0) return null;
            int k = Array.BinarySearch(_rows, row);
            return k >= 0 ? _values[k] : null;
        }
    }

    /// <summary>The column of <paramref name="values"/> keyed by some other numbering, renumbered: entry <c>k</c> of <paramref name="order"/> is the old number of row <c>k</c>.</summary>
    public static SparseColumn<T> Renumbered(IReadOnlyDictionary<int, T> values, ReadOnlySpan<int> order)
    {
        if (values.Count == 0) return Empty;
        var rows = new List<int>();
        var kept = new List<T>();
        for (int row = 0; row < order.Length; row++)
            if (values.TryGetValue(order[row], out var value)) { rows.Add(row); kept.Add(value); }
        return rows.Count == 0 ? Empty : new SparseColumn<T>([.. rows], [.. kept]);
    }
}
