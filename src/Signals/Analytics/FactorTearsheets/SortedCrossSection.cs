namespace Signals.Analytics.FactorTearsheets;

/// <summary>
/// One day's row sorted once: the symbols with a finite value in ascending order. Average ranks over any subset of them
/// (the names that also have a forward return, one sector's names, the names present yesterday too) then follow in one
/// walk instead of a new sort, and equal <see cref="Ranking.AverageRanks"/> on that subset exactly: a subset of a sorted
/// order is sorted, ties stay next to each other, and the rank of a tie run is the same half-integer.
/// </summary>
internal sealed class SortedCrossSection(int symbols)
{
    private readonly double[] _keys = new double[symbols];
    private readonly int[] _order = new int[symbols];
    private readonly int[] _kept = new int[symbols];
    private int _count;

    /// <summary>The finite symbols in ascending order of their value.</summary>
    public ReadOnlySpan<int> Order => _order.AsSpan(0, _count);

    public void Sort(ReadOnlySpan<double> row)
    {
        int n = 0;
        for (int s = 0; s < row.Length; s++)
            if (double.IsFinite(row[s])) { _keys[n] = row[s]; _order[n++] = s; }
        _count = n;
        _keys.AsSpan(0, n).Sort(_order.AsSpan(0, n));
    }

    /// <summary>
    /// 1-based average ranks, among the symbols with <c>position[s] ≥ 0</c>, written to <c>ranks[position[s]]</c>;
    /// <paramref name="row"/> is the row this order was sorted from. Returns how many symbols were ranked.
    /// </summary>
    public int RanksOver(ReadOnlySpan<double> row, ReadOnlySpan<int> position, Span<double> ranks) =>
        RanksOf(row, Filter(Order, position, _kept), position, ranks);

    /// <summary>The symbols of <paramref name="sorted"/> with <c>position[s] ≥ 0</c>, in the same order, copied to <paramref name="into"/>.</summary>
    public static ReadOnlySpan<int> Filter(ReadOnlySpan<int> sorted, ReadOnlySpan<int> position, Span<int> into)
    {
        int m = 0;
        foreach (int s in sorted) if (position[s] >= 0) into[m++] = s;
        return into[..m];
    }

    /// <summary>Average ranks of an already sorted run of symbols: ties (equal values) share the mean of their positions.</summary>
    public static int RanksOf(ReadOnlySpan<double> row, ReadOnlySpan<int> sorted, ReadOnlySpan<int> position, Span<double> ranks)
    {
        int n = sorted.Length, start = 0;
        while (start < n)
        {
            double key = row[sorted[start]];
            int end = start + 1;
            while (end < n && row[sorted[end]] == key) end++;
            double rank = (start + end + 1) * 0.5; // mean of 1-based positions start+1 .. end
            for (int k = start; k < end; k++) ranks[position[sorted[k]]] = rank;
            start = end;
        }
        return n;
    }
}
