using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Signals.Backtesting;

/// <summary>The closed value interval [From, To] a <see cref="QuantileSelector"/> watches around one boundary.</summary>
internal readonly record struct QuantileBand(double From, double To);

/// <summary>
/// How <see cref="QuantileBandScan"/> packs band members: AVX-512's compress into a register then a plain store,
/// AVX-512's compressing store to memory, AVX2's permute by table, or one value at a time.
/// </summary>
internal enum BandPacking { Scalar, PermuteTable, CompressStore, CompressRegister }

/// <summary>One pass over a row for <see cref="QuantileSelector"/>: the valid count, the names below each band, and the values inside each band.</summary>
internal readonly record struct QuantileBandScan(int Valid, int BelowLow, int InLow, int BelowHigh, int InHigh)
{
    /// <summary>The fastest packing this CPU has; tests switch to the others to hold them to the same answers.</summary>
    internal static BandPacking Packing { get; set; } = Fastest;

    /// <remarks>
    /// The compressing store to memory (VCOMPRESSPD m256{k}, ymm) is never chosen: on AMD Zen 4 it is microcoded and
    /// made the whole long-short kernel ~1.5× slower than the AVX2 path (LongShortBenchmarks, default vs no-avx512
    /// job). Compressing into a register (VCOMPRESSPD ymm{k}{z}, ymm) and storing all four lanes, as the AVX2 table
    /// does, is a short fixed-latency instruction on every AVX-512 CPU (Intel since Skylake-X, AMD Zen 4 and 5), so
    /// the choice needs no vendor check; it replaces the table lookup and the 32-byte permute index load.
    /// </remarks>
    internal static BandPacking Fastest =>
        Avx512F.VL.IsSupported ? BandPacking.CompressRegister : Avx2.IsSupported ? BandPacking.PermuteTable : BandPacking.Scalar;

    /// <param name="lowBand">Receives the values inside the low band; as long as the row.</param>
    /// <param name="highBand">Receives the values inside the high band; as long as the row.</param>
    public static QuantileBandScan Run(ReadOnlySpan<double> row, QuantileBand low, QuantileBand high, Span<double> lowBand, Span<double> highBand)
    {
        var counts = new Counts();
        int s = Packing switch
        {
            BandPacking.CompressRegister => PackVectors<CompressRegister>(row, low, high, lowBand, highBand, ref counts),
            BandPacking.CompressStore => PackVectors<CompressStore>(row, low, high, lowBand, highBand, ref counts),
            BandPacking.PermuteTable => PackVectors<PermuteTable>(row, low, high, lowBand, highBand, ref counts),
            _ => 0,
        };
        // The rest, or all of it without AVX2: branch-free, every value is written to both band buffers and only a
        // matching cursor advances (a branch here is mispredicted on every band edge).
        for (; s < row.Length; s++)
        {
            double v = row[s];
            int belowLow = v < low.From ? 1 : 0, belowHigh = v < high.From ? 1 : 0;
            counts.Valid += double.IsNaN(v) ? 0 : 1;
            counts.BelowLow += belowLow;
            counts.BelowHigh += belowHigh;
            lowBand[counts.InLow] = v;
            counts.InLow += (v <= low.To ? 1 : 0) - belowLow;
            highBand[counts.InHigh] = v;
            counts.InHigh += (v <= high.To ? 1 : 0) - belowHigh;
        }
        return new QuantileBandScan((int)counts.Valid, (int)counts.BelowLow, counts.InLow, (int)counts.BelowHigh, counts.InHigh);
    }

    private struct Counts
    {
        public long Valid, BelowLow, BelowHigh;
        public int InLow, InHigh;
    }

    /// <summary>Writes the lanes of <c>v</c> selected by <c>mask</c>, in lane order, to <c>destination</c>; may write up to four values.</summary>
    private interface ILeftPack
    {
        static abstract unsafe void Store(double* destination, Vector256<double> mask, Vector256<double> v);
    }

    /// <summary>VCOMPRESSPD into a register (AVX-512 VL): the selected lanes moved to the front, then all four lanes stored.</summary>
    private readonly struct CompressRegister : ILeftPack
    {
        public static unsafe void Store(double* destination, Vector256<double> mask, Vector256<double> v) =>
            Avx.Store(destination, Avx512F.VL.Compress(Vector256<double>.Zero, mask, v));
    }

    /// <summary>VCOMPRESSPD to memory (AVX-512 VL) writes only the selected lanes; microcoded and slow on AMD Zen 4, kept for comparison.</summary>
    private readonly struct CompressStore : ILeftPack
    {
        public static unsafe void Store(double* destination, Vector256<double> mask, Vector256<double> v) =>
            Avx512F.VL.CompressStore(destination, mask, v);
    }

    /// <summary>
    /// AVX2 has no compressing store: a table gives, for each of the 16 lane masks, the VPERMPS index vector that moves
    /// the selected doubles (two floats each) to the front; all four lanes are stored and the cursor moves by the
    /// selected count, so the junk past it is overwritten by the next store.
    /// </summary>
    private readonly struct PermuteTable : ILeftPack
    {
        public static unsafe void Store(double* destination, Vector256<double> mask, Vector256<double> v)
        {
            uint bits = mask.ExtractMostSignificantBits();
            var indices = Vector256.LoadUnsafe(ref MemoryMarshal.GetReference(LeftPackIndices), bits * 8);
            Avx.Store(destination, Avx2.PermuteVar8x32(v.AsSingle(), indices).AsDouble());
        }

        // Row m lists, for the lanes set in m (lowest first), float indices 2l and 2l + 1; unused slots repeat lane 0.
        private static ReadOnlySpan<int> LeftPackIndices =>
        [
            0, 1, 0, 1, 0, 1, 0, 1, // 0000
            0, 1, 0, 1, 0, 1, 0, 1, // 0001
            2, 3, 0, 1, 0, 1, 0, 1, // 0010
            0, 1, 2, 3, 0, 1, 0, 1, // 0011
            4, 5, 0, 1, 0, 1, 0, 1, // 0100
            0, 1, 4, 5, 0, 1, 0, 1, // 0101
            2, 3, 4, 5, 0, 1, 0, 1, // 0110
            0, 1, 2, 3, 4, 5, 0, 1, // 0111
            6, 7, 0, 1, 0, 1, 0, 1, // 1000
            0, 1, 6, 7, 0, 1, 0, 1, // 1001
            2, 3, 6, 7, 0, 1, 0, 1, // 1010
            0, 1, 2, 3, 6, 7, 0, 1, // 1011
            4, 5, 6, 7, 0, 1, 0, 1, // 1100
            0, 1, 4, 5, 6, 7, 0, 1, // 1101
            2, 3, 4, 5, 6, 7, 0, 1, // 1110
            0, 1, 2, 3, 4, 5, 6, 7, // 1111
        ];
    }

    /// <summary>
    /// Four values at a time: counts in vector lanes, band members packed into the buffers by <typeparamref name="TPack"/>.
    /// Returns how far it got. A packed store writes four values at the cursor, which never passes the scan position,
    /// so it stays inside buffers as long as the row.
    /// </summary>
    private static unsafe int PackVectors<TPack>(ReadOnlySpan<double> row, QuantileBand low, QuantileBand high, Span<double> lowBand, Span<double> highBand, ref Counts counts)
        where TPack : struct, ILeftPack
    {
        if (lowBand.Length < row.Length || highBand.Length < row.Length) throw new ArgumentException("Band buffers must be as long as the row.");
        int s = 0;
        Vector256<double> lowFrom = Vector256.Create(low.From), lowTo = Vector256.Create(low.To);
        Vector256<double> highFrom = Vector256.Create(high.From), highTo = Vector256.Create(high.To);
        Vector256<long> valid = Vector256<long>.Zero, belowLow = Vector256<long>.Zero, belowHigh = Vector256<long>.Zero;
        int inLow = 0, inHigh = 0;
        fixed (double* source = row)
        fixed (double* lowOut = lowBand)
        fixed (double* highOut = highBand)
        {
            for (; s <= row.Length - Vector256<double>.Count; s += Vector256<double>.Count)
            {
                var v = Avx.LoadVector256(source + s);
                valid -= Vector256.Equals(v, v).AsInt64();
                var underLow = Vector256.LessThan(v, lowFrom);
                var underHigh = Vector256.LessThan(v, highFrom);
                belowLow -= underLow.AsInt64();
                belowHigh -= underHigh.AsInt64();
                var inLowMask = Vector256.AndNot(Vector256.LessThanOrEqual(v, lowTo), underLow);
                var inHighMask = Vector256.AndNot(Vector256.LessThanOrEqual(v, highTo), underHigh);
                TPack.Store(lowOut + inLow, inLowMask, v);
                inLow += BitOperations.PopCount(inLowMask.ExtractMostSignificantBits());
                TPack.Store(highOut + inHigh, inHighMask, v);
                inHigh += BitOperations.PopCount(inHighMask.ExtractMostSignificantBits());
            }
        }
        counts.Valid = Vector256.Sum(valid);
        counts.BelowLow = Vector256.Sum(belowLow);
        counts.BelowHigh = Vector256.Sum(belowHigh);
        counts.InLow = inLow;
        counts.InHigh = inHigh;
        return s;
    }
}
