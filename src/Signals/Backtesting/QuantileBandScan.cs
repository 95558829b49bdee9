using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Signals.Backtesting;

/// <summary>The closed value interval [From, To] a <see cref="QuantileSelector"/> watches around one boundary.</summary>
internal readonly record struct QuantileBand(double From, double To);

/// <summary>One pass over a row for <see cref="QuantileSelector"/>: the valid count, the names below each band, and the values inside each band.</summary>
internal readonly record struct QuantileBandScan(int Valid, int BelowLow, int InLow, int BelowHigh, int InHigh)
{
    /// <summary>The packing in use (<see cref="LeftPack.Packing"/>); tests and benchmarks switch to the others to hold them to the same answers.</summary>
    internal static BandPacking Packing { get => LeftPack.Packing; set => LeftPack.Packing = value; }

    /// <summary>The packing <see cref="LeftPack.Fastest"/> picks for this CPU.</summary>
    internal static BandPacking Fastest => LeftPack.Fastest;

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
