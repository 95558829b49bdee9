namespace Signals.Backtesting;

/// <summary>Order statistics of a span without sorting it.</summary>
internal static class Quickselect
{
    /// <summary>The n-th smallest value (0-based) of <paramref name="values"/>, which is left unchanged; a and b are work buffers of its length.</summary>
    /// <remarks>
    /// The partition step is branch-free (each value is written to both ends of a second buffer and only the matching
    /// cursor advances): on a few hundred random doubles a branching partition spends most of its time on mispredictions.
    /// </remarks>
    public static double NthSmallest(ReadOnlySpan<double> values, int n, Span<double> a, Span<double> b)
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
