namespace Signals.Analytics.FactorTearsheets;

/// <summary>
/// One day's row sorted once: the symbols with a finite value in ascending order. Average ranks over any subset of them
/// (the names that also have a forward return, one sector's names, the names present yesterday too) then follow in one
/// walk instead of a new sort, and equal <see cref="Ranking.AverageRanks"/> on that subset exactly: a subset of a sorted
/// order is sorted, ties stay next to each other, and the rank of a tie run is the same half-integer.
/// </summary>
internal sealed class SortedCrossSection(int symbols)
{
    /// <summary>Below this many values a comparison sort beats the radix sort's fixed cost.</summary>
    private const int RadixThreshold = 96;

    private readonly double[] _keys = new double[symbols];
    private ulong[] _bits = new ulong[symbols], _bitsSwap = new ulong[symbols];
    private int[] _order = new int[symbols], _orderSwap = new int[symbols];
    private readonly int[] _kept = new int[symbols];
    private readonly int[] _histogram = new int[8 * 256];
    private int _count;

    /// <summary>The finite symbols in ascending order of their value.</summary>
    public ReadOnlySpan<int> Order => _order.AsSpan(0, _count);

    public void Sort(ReadOnlySpan<double> row)
    {
        int n = 0;
        if (row.Length < RadixThreshold)
        {
            for (int s = 0; s < row.Length; s++)
                if (double.IsFinite(row[s])) { _keys[n] = row[s]; _order[n++] = s; }
            _count = n;
            _keys.AsSpan(0, n).Sort(_order.AsSpan(0, n));
            return;
        }
        for (int s = 0; s < row.Length; s++)
            if (double.IsFinite(row[s])) { _bits[n] = OrderedBits(row[s]); _order[n++] = s; }
        _count = n;
        RadixSort(n);
    }

    /// <summary>
    /// The double's bits made to sort as unsigned integers in the double's order (negatives flipped whole, positives
    /// with the sign bit set). −0 lands just below +0; the rank walk compares values with ==, so they still tie.
    /// </summary>
    private static ulong OrderedBits(double x)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(x);
        return (bits & 0x8000_0000_0000_0000UL) != 0 ? ~bits : bits | 0x8000_0000_0000_0000UL;
    }

    /// <summary>
    /// Least-significant-byte-first radix sort of the keys, carrying the symbols: eight counting passes, each skipped
    /// when every key shares that byte (the sign and exponent bytes of a day's returns mostly do). A day of ~500 names
    /// sorts several times faster than a comparison sort of keys and symbols; the order is the same up to ties.
    /// </summary>
    private void RadixSort(int n)
    {
        var histogram = _histogram.AsSpan();
        histogram.Clear();
        for (int i = 0; i < n; i++)
        {
            ulong key = _bits[i];
            for (int b = 0; b < 8; b++) histogram[(b << 8) | (int)((key >> (8 * b)) & 0xFF)]++;
        }
        for (int b = 0; b < 8; b++)
        {
            var counts = histogram.Slice(b << 8, 256);
            int shift = 8 * b;
            if (counts[(int)((_bits[0] >> shift) & 0xFF)] == n) continue;   // one bucket holds all: nothing moves
            int total = 0;
            for (int v = 0; v < 256; v++) { int c = counts[v]; counts[v] = total; total += c; }
            for (int i = 0; i < n; i++)
            {
                ulong key = _bits[i];
                int at = counts[(int)((key >> shift) & 0xFF)]++;
                _bitsSwap[at] = key;
                _orderSwap[at] = _order[i];
            }
            (_bits, _bitsSwap) = (_bitsSwap, _bits);
            (_order, _orderSwap) = (_orderSwap, _order);
        }
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
