using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Signals.Indicators;

/// <summary>
/// The batch form of <see cref="RollingMax"/>: walks high and low bar by bar and gives the highest high and the lowest
/// low of the <c>period</c> bars ending at each, in amortised O(1) by two monotonic deques of bar indices. The deques
/// make the stream's comparisons in the stream's order (ties keep the newer bar, NaN evicts), so the extremes are the
/// very values the streams find. Its memory is the caller's (a stackalloc for usual periods): see <see cref="QueueLength"/>.
/// Batch kernels call <see cref="Fill"/>, which scans short windows whole instead.
/// </summary>
internal ref struct WindowExtremes
{
    private readonly ReadOnlySpan<double> _high;
    private readonly ReadOnlySpan<double> _low;
    private readonly Span<int> _highs;
    private readonly Span<int> _lows;
    private readonly int _mask;
    private readonly int _period;
    // Counters that only grow; a slot is counter & mask. Front = head, back = tail − 1.
    private int _highHead, _highTail, _lowHead, _lowTail;

    /// <param name="queues">At least <see cref="QueueLength"/>(period) ints, for the two deques.</param>
    public WindowExtremes(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<int> queues)
    {
        int capacity = QueueLength(period) / 2;
        _high = high;
        _low = low;
        _period = period;
        _mask = capacity - 1;
        _highs = queues[..capacity];
        _lows = queues.Slice(capacity, capacity);
    }

    /// <summary>Windows up to this many bars are scanned whole, four bars at a time, rather than by the deques.</summary>
    private const int ScanLimit = 32;

    /// <summary>
    /// The highest high and lowest low of the <paramref name="period"/> bars ending at each bar from <c>period − 1</c> on
    /// (earlier entries are left as they are). Short windows over bars without NaN are scanned whole with Vector256
    /// maxima (no data-dependent branch: the deques' pops mispredict about once a bar); otherwise, or without vector
    /// hardware, the deques. Both take the extremes of the same values, so they give the same numbers.
    /// </summary>
    [SkipLocalsInit]
    public static void Fill(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<double> highest, Span<double> lowest)
    {
        int n = high.Length;
        if (n < period) return;
        if (period <= ScanLimit && Vector256.IsHardwareAccelerated && n >= period - 1 + Vector256<double>.Count && !HasNaN(high) && !HasNaN(low))
        {
            Scan(high, low, period, highest, lowest);
            return;
        }
        int length = QueueLength(period);
        int[]? rented = null;
        Span<int> queues = length <= 1024 ? stackalloc int[length] : (rented = ArrayPool<int>.Shared.Rent(length));
        var extremes = new WindowExtremes(high, low, period, queues);
        for (int i = 0; i < period - 1; i++) extremes.Add(i, out _, out _);
        for (int i = period - 1; i < n; i++) extremes.Add(i, out highest[i], out lowest[i]);
        if (rented is not null) ArrayPool<int>.Shared.Return(rented);
    }

    /// <summary>Four windows at a time: the maximum (minimum) of the window's values, lane by lane.</summary>
    // MaxNative/MinNative are one vmaxpd/vminpd: NaN is ruled out before, and a ±0 tie gives an equal value either way.
    private static void Scan(ReadOnlySpan<double> high, ReadOnlySpan<double> low, int period, Span<double> highest, Span<double> lowest)
    {
        const int Lanes = 4;
        int n = high.Length;
        ref double h = ref MemoryMarshal.GetReference(high);
        ref double l = ref MemoryMarshal.GetReference(low);
        // The last block may overlap the one before it: recomputing a window gives the same value.
        for (int i = period - 1; ; i += Lanes)
        {
            if (i > n - Lanes) i = n - Lanes;
            nuint start = (nuint)(i - period + 1);
            var top = Vector256.LoadUnsafe(ref h, start);
            var bottom = Vector256.LoadUnsafe(ref l, start);
            for (nuint j = 1; j < (nuint)period; j++)
            {
                top = Vector256.MaxNative(top, Vector256.LoadUnsafe(ref h, start + j));
                bottom = Vector256.MinNative(bottom, Vector256.LoadUnsafe(ref l, start + j));
            }
            top.CopyTo(highest[i..]);
            bottom.CopyTo(lowest[i..]);
            if (i == n - Lanes) break;
        }
    }

    private static bool HasNaN(ReadOnlySpan<double> x)
    {
        int i = 0;
        for (; i <= x.Length - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            var v = Vector256.Create(x[i..]);
            if (!Vector256.EqualsAll(v, v)) return true;
        }
        for (; i < x.Length; i++) if (double.IsNaN(x[i])) return true;
        return false;
    }

    /// <summary>Ints the two deques need: each holds at most <c>period</c> indices, in a power-of-two ring.</summary>
    public static int QueueLength(int period) => 2 * (int)BitOperations.RoundUpToPowerOf2((uint)period);

    /// <summary>Adds bar <paramref name="i"/> (bars are added 0, 1, 2…) and gives the extremes of the window ending at it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int i, out double highest, out double lowest)
    {
        // Unchecked reads: every index in a deque is a bar already added (so below the span's length) and every
        // slot is masked into the ring, which the bounds checks in this hot loop would only re-prove.
        ref double high = ref MemoryMarshal.GetReference(_high);
        ref double low = ref MemoryMarshal.GetReference(_low);
        ref int highs = ref MemoryMarshal.GetReference(_highs);
        ref int lows = ref MemoryMarshal.GetReference(_lows);
        int expired = i - _period, mask = _mask;

        double h = _high[i];
        int head = _highHead, tail = _highTail;
        if (head != tail && Unsafe.Add(ref highs, head & mask) <= expired) head++;
        // A bar no higher than the newcomer can never be the window's high again.
        while (head != tail && !(Unsafe.Add(ref high, Unsafe.Add(ref highs, (tail - 1) & mask)) > h)) tail--;
        Unsafe.Add(ref highs, tail++ & mask) = i;
        highest = Unsafe.Add(ref high, Unsafe.Add(ref highs, head & mask));
        _highHead = head;
        _highTail = tail;

        double l = _low[i];
        head = _lowHead;
        tail = _lowTail;
        if (head != tail && Unsafe.Add(ref lows, head & mask) <= expired) head++;
        while (head != tail && !(Unsafe.Add(ref low, Unsafe.Add(ref lows, (tail - 1) & mask)) < l)) tail--;
        Unsafe.Add(ref lows, tail++ & mask) = i;
        lowest = Unsafe.Add(ref low, Unsafe.Add(ref lows, head & mask));
        _lowHead = head;
        _lowTail = tail;
    }
}
