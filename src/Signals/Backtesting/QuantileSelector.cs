namespace Signals.Backtesting;

/// <summary>
/// Picks the bottom and top quantile of one cross-section in linear time (two quickselects, no sort).
/// Missing values (NaN) take no part. With k = ⌊quantile × valid count⌋ names per side, ties are broken by
/// the total order (value, symbol index): the bottom takes the lowest indices among equals, the top the highest,
/// so the two sides never overlap and the choice is deterministic.
/// </summary>
public static class QuantileSelector
{
    /// <summary>
    /// Writes the symbol indices of the bottom and top quantile into <paramref name="bottom"/> and
    /// <paramref name="top"/> (each at least as long as the row) and returns k, the count on each side.
    /// <paramref name="scratch"/> must be at least as long as the row.
    /// </summary>
    public static int Select(ReadOnlySpan<double> row, double quantile, Span<int> bottom, Span<int> top, Span<double> scratch)
    {
        if (quantile is <= 0 or > 0.5) throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "Quantile must be in (0, 0.5].");
        int valid = 0;
        foreach (double v in row)
            if (!double.IsNaN(v)) scratch[valid++] = v;
        int k = (int)Math.Floor(quantile * valid + 1e-9);
        if (k == 0) return 0;
        var values = scratch[..valid];
        double low = NthSmallest(values, k - 1);
        double high = NthSmallest(values, valid - k);

        int nb = 0;
        for (int s = 0; s < row.Length; s++) if (row[s] < low) bottom[nb++] = s;
        for (int s = 0; s < row.Length && nb < k; s++) if (row[s] == low) bottom[nb++] = s;
        int nt = 0;
        for (int s = row.Length - 1; s >= 0; s--) if (row[s] > high) top[nt++] = s;
        for (int s = row.Length - 1; s >= 0 && nt < k; s--) if (row[s] == high) top[nt++] = s;
        return k;
    }

    /// <summary>The n-th smallest value (0-based), reordering <paramref name="values"/> in place (Hoare quickselect).</summary>
    internal static double NthSmallest(Span<double> values, int n)
    {
        int lo = 0, hi = values.Length - 1;
        while (lo < hi)
        {
            double pivot = MedianOfThree(values[lo], values[(lo + hi) >>> 1], values[hi]);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++; j--;
                }
            }
            if (n <= j) hi = j;
            else if (n >= i) lo = i;
            else return values[n];
        }
        return values[n];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
