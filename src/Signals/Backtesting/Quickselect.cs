using System.Numerics;
using System.Runtime.Intrinsics;

namespace Signals.Backtesting;

/// <summary>Order statistics of a span without sorting it.</summary>
internal static class Quickselect
{
    /// <summary>At most this many values left: the answer is found by counting ranks instead of partitioning again.</summary>
    private const int Small = 8;

    /// <summary>
    /// The n-th smallest value (0-based) of <paramref name="values"/>, which is left unchanged and must hold no NaN;
    /// a and b are work buffers of at least twice its length.
    /// </summary>
    /// <remarks>
    /// Each partition step packs the values below the pivot to the front of one half of a work buffer and those above
    /// it to the front of the other half, four at a time with the band scan's packing (<see cref="LeftPack"/>), or
    /// one at a time without AVX2, branch-free (each value is written to both halves and only the matching cursor
    /// advances: on a few hundred random doubles a branching partition spends most of its time on mispredictions).
    /// The few values left at the end are ranked by counting, not sorted. The value returned is the same whatever the
    /// packing: only its path differs.
    /// </remarks>
    public static double NthSmallest(ReadOnlySpan<double> values, int n, Span<double> a, Span<double> b)
    {
        if ((uint)n >= (uint)values.Length) throw new ArgumentOutOfRangeException(nameof(n), n, "The rank must be inside the values.");
        if (a.Length < 2 * values.Length || b.Length < 2 * values.Length) throw new ArgumentException("Work buffers must be twice as long as the values.");
        ReadOnlySpan<double> source = values;
        Span<double> target = a, spare = b;
        while (source.Length > Small)
        {
            int len = source.Length;
            double pivot = MedianOfThree(source[0], source[len >> 1], source[len - 1]);
            Span<double> lessOut = target[..len], greaterOut = target.Slice(len, len);
            var (less, greater) = Partition(source, pivot, lessOut, greaterOut);
            // lessOut[0, less) < pivot, greaterOut[0, greater) > pivot, the len − less − greater others equal it
            if (n < less) source = lessOut[..less];
            else if (n >= len - greater) { n -= len - greater; source = greaterOut[..greater]; }
            else return pivot;
            var next = spare;
            spare = target;
            target = next;
        }
        return RankByCounting(source, n);
    }

    private static (int Less, int Greater) Partition(ReadOnlySpan<double> source, double pivot, Span<double> lessOut, Span<double> greaterOut)
    {
        int less = 0, greater = 0;
        int s = LeftPack.Packing switch
        {
            BandPacking.CompressRegister => PartitionVectors<CompressRegister>(source, pivot, lessOut, greaterOut, ref less, ref greater),
            BandPacking.CompressStore => PartitionVectors<CompressStore>(source, pivot, lessOut, greaterOut, ref less, ref greater),
            BandPacking.PermuteTable => PartitionVectors<PermuteTable>(source, pivot, lessOut, greaterOut, ref less, ref greater),
            _ => 0,
        };
        for (; s < source.Length; s++)
        {
            double v = source[s];
            lessOut[less] = v;
            greaterOut[greater] = v;
            less += v < pivot ? 1 : 0;
            greater += v > pivot ? 1 : 0;
        }
        return (less, greater);
    }

    /// <summary>
    /// Four values at a time; returns how far it got. A packed store writes four values at its cursor, which never
    /// passes the scan position, so it stays inside outputs as long as the source.
    /// </summary>
    private static unsafe int PartitionVectors<TPack>(ReadOnlySpan<double> source, double pivot, Span<double> lessOut, Span<double> greaterOut,
        ref int less, ref int greater) where TPack : struct, ILeftPack
    {
        int s = 0, lo = 0, hi = 0;
        var p = Vector256.Create(pivot);
        fixed (double* from = source)
        fixed (double* lessTo = lessOut)
        fixed (double* greaterTo = greaterOut)
        {
            for (; s <= source.Length - Vector256<double>.Count; s += Vector256<double>.Count)
            {
                var v = Vector256.Load(from + s);
                var below = Vector256.LessThan(v, p);
                var above = Vector256.GreaterThan(v, p);
                TPack.Store(lessTo + lo, below, v);
                lo += BitOperations.PopCount(below.ExtractMostSignificantBits());
                TPack.Store(greaterTo + hi, above, v);
                hi += BitOperations.PopCount(above.ExtractMostSignificantBits());
            }
        }
        less = lo;
        greater = hi;
        return s;
    }

    /// <summary>
    /// The n-th smallest of at most <see cref="Small"/> values: the one with at most n values below it and more than n
    /// at or below it. Eight compares a candidate against all of them at once, without a branch per comparison.
    /// </summary>
    private static double RankByCounting(ReadOnlySpan<double> values, int n)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            // NaN in the unused slots: it is neither below nor equal to anything, so it counts nowhere.
            Span<double> padded = stackalloc double[Small];
            padded.Fill(double.NaN);
            values.CopyTo(padded);
            var first = Vector256.Create(padded[..4]);
            var second = Vector256.Create(padded[4..]);
            foreach (double x in values)
            {
                var v = Vector256.Create(x);
                uint below = Vector256.LessThan(first, v).ExtractMostSignificantBits() | Vector256.LessThan(second, v).ExtractMostSignificantBits() << 4;
                uint atOrBelow = Vector256.LessThanOrEqual(first, v).ExtractMostSignificantBits() | Vector256.LessThanOrEqual(second, v).ExtractMostSignificantBits() << 4;
                if (BitOperations.PopCount(below) <= n && n < BitOperations.PopCount(atOrBelow)) return x;
            }
        }
        else
        {
            foreach (double x in values)
            {
                int below = 0, atOrBelow = 0;
                foreach (double y in values)
                {
                    below += y < x ? 1 : 0;
                    atOrBelow += y <= x ? 1 : 0;
                }
                if (below <= n && n < atOrBelow) return x;
            }
        }
        throw new InvalidOperationException("No value has the rank asked for: the values hold NaN.");
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b ? (b < c ? b : Math.Max(a, c)) : (a < c ? a : Math.Max(b, c));
}
