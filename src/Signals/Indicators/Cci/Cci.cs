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
        // Each window's deviation revisits its typical prices, so they are computed once up front.
        double[]? rented = null;
        Span<double> tp = n <= StackDoubles ? stackalloc double[n] : (rented = ArrayPool<double>.Shared.Rent(n)).AsSpan(0, n);
        TypicalPrices(high, low, close, tp);
        double sum = Series.SumForward(tp[..period]);
        result[period - 1] = CciOf(tp[..period], sum / period);
        int slides = 0, interval = RollingMoments.ResumInterval(period);
        for (int i = period; i < n; i++)
        {
            var window = tp.Slice(i - period + 1, period);
            if (++slides == interval) { slides = 0; sum = Series.SumForward(window); }
            else sum += tp[i] - tp[i - period];
            result[i] = CciOf(window, sum / period);
        }
        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
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
    internal static double CciOf(ReadOnlySpan<double> window, double mean)
    {
        double deviation = SumAbsoluteDeviation(window, mean) / window.Length;
        // A flat window has no deviation; below rounding noise of the mean counts as flat, or the CCI of a
        // constant price would be a ratio of two rounding errors.
        return deviation <= 1e-13 * Math.Abs(mean) || deviation == 0 ? double.NaN : (window[^1] - mean) / (0.015 * deviation);
    }

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
