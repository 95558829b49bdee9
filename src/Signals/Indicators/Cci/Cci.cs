using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Commodity Channel Index on the typical price (high + low + close)/3:
    /// <c>(tp − SMA(tp)) / (0.015 · mean absolute deviation of tp from that SMA)</c> over
    /// <paramref name="period"/> bars. The first <c>period − 1</c> results are NaN, and so is a bar whose
    /// window is flat (zero deviation). The deviation is about the current window's mean, so each bar costs
    /// O(period); the mean itself rolls in O(1).
    /// </summary>
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
        Span<double> tp = n <= 1024 ? stackalloc double[n] : (rented = System.Buffers.ArrayPool<double>.Shared.Rent(n)).AsSpan(0, n);
        for (int i = 0; i < n; i++) tp[i] = TypicalPrice(high[i], low[i], close[i]);
        double sum = Series.SumForward(tp[..period]);
        int slides = -1, interval = RollingMoments.ResumInterval(period);
        for (int i = period - 1; i < n; i++)
        {
            if (slides >= 0)
            {
                if (++slides == interval) { slides = 0; sum = Series.SumForward(tp.Slice(i - period + 1, period)); }
                else sum += tp[i] - tp[i - period];
            }
            else slides = 0;
            result[i] = CciOf(tp.Slice(i - period + 1, period), [], tp[i], sum / period);
        }
        if (rented is not null) System.Buffers.ArrayPool<double>.Shared.Return(rented);
    }

    internal static double TypicalPrice(double high, double low, double close) => (high + low + close) / 3;

    internal static double CciOf(ReadOnlySpan<double> older, ReadOnlySpan<double> newer, double typical, double mean)
    {
        double deviation = 0;
        for (int j = 0; j < older.Length; j++) deviation += Math.Abs(older[j] - mean);
        for (int j = 0; j < newer.Length; j++) deviation += Math.Abs(newer[j] - mean);
        deviation /= older.Length + newer.Length;
        // A flat window has no deviation; below rounding noise of the mean counts as flat, or the CCI of a
        // constant price would be a ratio of two rounding errors.
        return deviation <= 1e-13 * Math.Abs(mean) || deviation == 0 ? double.NaN : (typical - mean) / (0.015 * deviation);
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
