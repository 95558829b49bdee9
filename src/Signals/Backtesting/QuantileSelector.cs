namespace Signals.Backtesting;

/// <summary>
/// Picks the bottom and top quantile of one cross-section in linear time, without sorting.
/// Missing values (NaN) take no part. With k = ⌊quantile × valid count⌋ names per side, ties are broken by
/// the total order (value, symbol index): the bottom takes the lowest indices among equals, the top the highest,
/// so the two sides never overlap and the choice is deterministic.
/// </summary>
/// <remarks>
/// The selection is a quickselect whose partition step is branch-free (each value is written to both ends of a
/// second buffer and only the matching cursor advances): on a few hundred random doubles a branching partition
/// spends most of its time on mispredicted comparisons.
/// </remarks>
public static class QuantileSelector
{
    /// <summary>
    /// Writes the symbol indices of the bottom and top quantile into <paramref name="bottom"/> and
    /// <paramref name="top"/> (each at least as long as the row) and returns k, the count on each side.
    /// <paramref name="scratch"/> must hold at least 3 × the row length.
    /// </summary>
    public static int Select(ReadOnlySpan<double> row, double quantile, Span<int> bottom, Span<int> top, Span<double> scratch)
    {
        if (quantile is <= 0 or > 0.5) throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "Quantile must be in (0, 0.5].");
        int n = row.Length;
        if (scratch.Length < 3 * n) throw new ArgumentException("Scratch must hold three times the row.", nameof(scratch));
        var values = scratch[..n];
        int valid = 0;
        foreach (double v in row)
        {
            values[valid] = v;
            valid += double.IsNaN(v) ? 0 : 1;
        }
        int k = (int)Math.Floor(quantile * valid + 1e-9);
        if (k == 0) return 0;
        var a = scratch.Slice(n, n);
        var b = scratch.Slice(2 * n, n);
        double low = NthSmallest(values[..valid], k - 1, a, b);
        double high = NthSmallest(values[..valid], valid - k, a, b);

        int nb = 0, nt = 0;
        for (int s = 0; s < n; s++)
        {
            double v = row[s];
            bottom[nb] = s;
            nb += v < low ? 1 : 0;
            top[nt] = s;
            nt += v > high ? 1 : 0;
        }
        for (int s = 0; s < n && nb < k; s++) if (row[s] == low) bottom[nb++] = s;
        for (int s = n - 1; s >= 0 && nt < k; s--) if (row[s] == high) top[nt++] = s;
        return k;
    }

    /// <summary>The n-th smallest value (0-based) of <paramref name="values"/>, which is left unchanged; a and b are work buffers of its length.</summary>
    internal static double NthSmallest(ReadOnlySpan<double> values, int n, Span<double> a, Span<double> b)
    {
        ReadOnlySpan<double> source = values;
        Span<double> target = a, spare = b;
        while (source.Length > 12)
        {
            int len = source.Length;
            double pivot = MedianOfThree(source[0], source[len >> 1], source[len - 1]);
            int less = 0, greater = len - 1;
            for (int i = 0; i < len; i++)
            {
                double v = source[i];
                target[less] = v;
                target[greater] = v;
                less += v < pivot ? 1 : 0;
                greater -= v > pivot ? 1 : 0;
            }
            // target[0, less) < pivot, target(greater, len) > pivot, the rest equal the pivot
            if (n < less) source = target[..less];
            else if (n > greater) { source = target[(greater + 1)..len]; n -= greater + 1; }
            else return pivot;
            var next = spare;
            spare = target;
            target = next;
        }
        Span<double> small = stackalloc double[source.Length];
        source.CopyTo(small);
        small.Sort();
        return small[n];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
