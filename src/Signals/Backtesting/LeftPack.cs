using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Signals.Backtesting;

/// <summary>
/// How the selection code packs the lanes a comparison picked to the front of a buffer (the band scan and the
/// quickselect partition): AVX-512's compress into a register then a plain store, AVX-512's compressing store to
/// memory, AVX2's permute by table, or one value at a time.
/// </summary>
internal enum BandPacking { Scalar, PermuteTable, CompressStore, CompressRegister }

/// <summary>Writes the lanes of <c>v</c> selected by <c>mask</c>, in lane order, to <c>destination</c>; may write up to four values.</summary>
internal interface ILeftPack
{
    static abstract unsafe void Store(double* destination, Vector256<double> mask, Vector256<double> v);
}

/// <summary>The packing the selection code runs, and the rule that picks it.</summary>
internal static class LeftPack
{
    /// <summary>The packing in use; tests and benchmarks switch to the others to hold them to the same answers.</summary>
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
}

/// <summary>VCOMPRESSPD into a register (AVX-512 VL): the selected lanes moved to the front, then all four lanes stored.</summary>
internal readonly struct CompressRegister : ILeftPack
{
    public static unsafe void Store(double* destination, Vector256<double> mask, Vector256<double> v) =>
        Avx.Store(destination, Avx512F.VL.Compress(Vector256<double>.Zero, mask, v));
}

/// <summary>VCOMPRESSPD to memory (AVX-512 VL) writes only the selected lanes; microcoded and slow on AMD Zen 4, kept for comparison.</summary>
internal readonly struct CompressStore : ILeftPack
{
    public static unsafe void Store(double* destination, Vector256<double> mask, Vector256<double> v) =>
        Avx512F.VL.CompressStore(destination, mask, v);
}

/// <summary>
/// AVX2 has no compressing store: a table gives, for each of the 16 lane masks, the VPERMPS index vector that moves
/// the selected doubles (two floats each) to the front; all four lanes are stored and the cursor moves by the
/// selected count, so the junk past it is overwritten by the next store.
/// </summary>
internal readonly struct PermuteTable : ILeftPack
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
