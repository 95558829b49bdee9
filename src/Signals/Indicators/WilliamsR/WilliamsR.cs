using System.Buffers;
using System.Runtime.CompilerServices;
using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Williams %R = raw stochastic − 100, in [−100, 0]; the first <c>period − 1</c> results are NaN.
    /// A flat window (highest = lowest) gives −100, as in the reference library. O(n) by monotonic deques.
    /// </summary>
    [SkipLocalsInit]
    public static void WilliamsR(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> result)
    {
        Guard.Period(period);
        Guard.Bars(high, low, close);
        int n = close.Length;
        Guard.SameLength(n, result.Length, nameof(result));
        int first = Math.Min(period - 1, n);
        result[..first].Fill(double.NaN);
        if (first == n) return;
        double[]? rented = null;
        Span<double> lowest = n <= StackDoubles ? stackalloc double[n] : (rented = ArrayPool<double>.Shared.Rent(n)).AsSpan(0, n);
        // The result holds each window's highest high until the %R replaces it.
        WindowExtremes.Fill(high, low, period, result, lowest);
        for (int i = first; i < n; i++) result[i] = RawStochastic(close[i], result[i], lowest[i]) - 100;
        if (rented is not null) ArrayPool<double>.Shared.Return(rented);
    }
}

public static partial class IndicatorExtensions
{
    /// <summary>Williams %R of the bars (14 periods by default).</summary>
    public static double[] WilliamsR(this BarSeries bars, int period = 14)
    {
        var result = Series.New(bars.Count);
        IndicatorKernels.WilliamsR(bars.High, bars.Low, bars.Close, period, result);
        return result;
    }
}
