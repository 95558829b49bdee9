using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Commodity Channel Index on the typical price (high + low + close)/3:
    /// <c>(tp − SMA(tp)) / (0.015 · mean absolute deviation of tp from that SMA)</c> over
    /// <paramref name="period"/> bars. The first <c>period − 1</c> results are NaN, and so is a bar whose
    /// window is flat (zero deviation). The deviation is about the current window's mean, so each bar costs
    /// O(period) (a vectorised pass, <see cref="SumAbsoluteDeviation"/>); the mean itself rolls in O(1).
    /// </summary>
    [SkipLocalsInit]
    public static void Cci(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> result)
    {
        Guard.Period(period);
        Guard.Bars(high, low, close);
        int n = close.Length;
        Guard.SameLength(n, result.Length, nameof(result));
        result[..Math.Min(period - 1, n)].Fill(double.NaN);
        if (n < period) return;
        // Each window's deviation revisits its typical prices, so they are computed once up front, and so are the
        // window means (a rolling sum, one bar after the other), so the deviations can then go four bars at a time.
        double[]? rented = null;
        Span<double> scratch = 2 * n <= StackDoubles ? stackalloc double[2 * n] : (rented = ArrayPool<double>.Shared.Rent(2 * n)).AsSpan(0, 2 * n);
        Span<double> tp = scratch[..n], means = scratch[n..];
        TypicalPrices(high, low, close, tp);
        double sum = Series.SumForward(tp[..period]);
        means[period - 1] = sum / period;
        int slides = 0, interval = RollingMoments.ResumInterval(period);
        for (int i = period; i < n; i++)
        {
            if (++slides == interval) { slides = 0; sum = Series.SumForward(tp.Slice(i - period + 1, period)); }
            else sum += tp[i] - tp[i - period];
            means[i] = sum / period;
        }
        int bar = period - 1;
        if (Vector256.IsHardwareAccelerated && period >= Vector256<double>.Count)
            for (; bar <= n - Vector256<double>.Count; bar += Vector256<double>.Count)
            {
                var deviations = SumAbsoluteDeviations(tp, bar, period, Vector256.Create(means[bar..]));
                for (int lane = 0; lane < Vector256<double>.Count; lane++)
                    result[bar + lane] = CciOf(tp[bar + lane], means[bar + lane], deviations.GetElement(lane) / period);
            }
        for (; bar < n; bar++) result[bar] = CciOf(tp.Slice(bar - period + 1, period), means[bar]);
        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
    }

    /// <summary>
    /// <see cref="SumAbsoluteDeviation"/> of the windows ending at four consecutive bars, one bar per lane. Each lane
    /// repeats that method's additions in its order (its two four-lane accumulators become eight vectors here, one per
    /// accumulator lane, and its final lane sum (l0 + l1) + (l2 + l3) is taken across them), so every bar gets the
    /// same bits as the one-window method and the stream; only the loads differ.
    /// </summary>
    private static Vector256<double> SumAbsoluteDeviations(ReadOnlySpan<double> tp, int firstBar, int period, Vector256<double> means)
    {
        ref double x = ref Unsafe.Add(ref MemoryMarshal.GetReference(tp), firstBar - period + 1);
        Vector256<double> Term(ref double start, int j, Vector256<double> m) => Vector256.Abs(Vector256.LoadUnsafe(ref start, (nuint)j) - m);
        Vector256<double> e0 = default, e1 = default, e2 = default, e3 = default, o0 = default, o1 = default, o2 = default, o3 = default;
        int j = 0;
        for (; j <= period - 8; j += 8)
        {
            e0 += Term(ref x, j, means); e1 += Term(ref x, j + 1, means); e2 += Term(ref x, j + 2, means); e3 += Term(ref x, j + 3, means);
            o0 += Term(ref x, j + 4, means); o1 += Term(ref x, j + 5, means); o2 += Term(ref x, j + 6, means); o3 += Term(ref x, j + 7, means);
        }
        if (j <= period - 4)
        {
            e0 += Term(ref x, j, means); e1 += Term(ref x, j + 1, means); e2 += Term(ref x, j + 2, means); e3 += Term(ref x, j + 3, means);
            j += 4;
        }
        var sum = ((e0 + o0) + (e1 + o1)) + ((e2 + o2) + (e3 + o3));
        for (; j < period; j++) sum += Term(ref x, j, means);
        return sum;
    }

    internal static double TypicalPrice(double high, double low, double close) => (high + low + close) / 3;

    /// <summary><see cref="TypicalPrice"/> of every bar, four at a time where the CPU allows (the same operations, so the same bits).</summary>
    private static void TypicalPrices(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> tp)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var three = Vector256.Create(3.0);
            for (; i <= tp.Length - Vector256<double>.Count; i += Vector256<double>.Count)
                ((Vector256.Create(high[i..]) + Vector256.Create(low[i..]) + Vector256.Create(close[i..])) / three).CopyTo(tp[i..]);
        }
        for (; i < tp.Length; i++) tp[i] = TypicalPrice(high[i], low[i], close[i]);
    }

    /// <summary>The CCI of a full window (oldest first) whose newest typical price is its last element.</summary>
    internal static double CciOf(ReadOnlySpan<double> window, double mean) =>
        CciOf(window[^1], mean, SumAbsoluteDeviation(window, mean) / window.Length);

    private static double CciOf(double newest, double mean, double deviation) =>
        // A flat window has no deviation; below rounding noise of the mean counts as flat, or the CCI of a
        // constant price would be a ratio of two rounding errors.
        deviation <= 1e-13 * Math.Abs(mean) || deviation == 0 ? double.NaN : (newest - mean) / (0.015 * deviation);

    /// <summary>
    /// Σ|x − mean| over a window: the O(period) inner loop of the CCI. Two four-lane accumulators (AVX2, with or
    /// without AVX-512) and a scalar tail; the lanes group by position in the window, so batch and stream, which
    /// both pass the window oldest first, get the same bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double SumAbsoluteDeviation(ReadOnlySpan<double> window, double mean)
    {
        int j = 0;
        double sum = 0;
        if (Vector256.IsHardwareAccelerated && window.Length >= Vector256<double>.Count)
        {
            const int Lanes = 4;
            var m = Vector256.Create(mean);
            ref double x = ref MemoryMarshal.GetReference(window);
            Vector256<double> even = Vector256<double>.Zero, odd = Vector256<double>.Zero;
            for (; j <= window.Length - 2 * Lanes; j += 2 * Lanes)
            {
                even += Vector256.Abs(Vector256.LoadUnsafe(ref x, (nuint)j) - m);
                odd += Vector256.Abs(Vector256.LoadUnsafe(ref x, (nuint)(j + Lanes)) - m);
            }
            if (j <= window.Length - Lanes)
            {
                even += Vector256.Abs(Vector256.LoadUnsafe(ref x, (nuint)j) - m);
                j += Lanes;
            }
            sum = Vector256.Sum(even + odd);
        }
        for (; j < window.Length; j++) sum += Math.Abs(window[j] - mean);
        return sum;
    }
}

public static partial class IndicatorExtensions
{
    /// <summary>Commodity Channel Index of the bars (20 periods by default).</summary>
    public static double[] Cci(this BarSeries bars, int period = 20)
    {
        var result = Series.New(bars.Count);
        IndicatorKernels.Cci(bars.High, bars.Low, bars.Close, period, result);
        return result;
    }
}
