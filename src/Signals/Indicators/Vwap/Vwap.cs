using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Volume-weighted average price of the typical price (high + low + close)/3, cumulative from bar
    /// <paramref name="startIndex"/> (the anchor; 0 = the first bar). Bars before the anchor, and bars while
    /// the cumulative volume is still 0, have no value (NaN).
    /// </summary>
    public static void Vwap(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume,
        Span<double> result, int startIndex = 0)
    {
        Guard.Bars(high, low, close);
        int n = close.Length;
        Guard.SameLength(n, volume.Length, nameof(volume));
        Guard.SameLength(n, result.Length, nameof(result));
        if (startIndex < 0) throw new ArgumentOutOfRangeException(nameof(startIndex), startIndex, "startIndex must not be negative.");
        int start = Math.Min(startIndex, n);
        result[..start].Fill(double.NaN);
        double volumeSum = 0, priceVolumeSum = 0;
        for (int i = start; i < n; i++)
        {
            volumeSum += volume[i];
            priceVolumeSum += volume[i] * TypicalPrice(high[i], low[i], close[i]);
            result[i] = volumeSum != 0 ? priceVolumeSum / volumeSum : double.NaN;
        }
    }
}

public static partial class IndicatorExtensions
{
    /// <summary>
    /// VWAP of the bars, cumulative from the first bar or from the first bar at or after <paramref name="start"/>
    /// (an anchored VWAP, e.g. from a session open or an event).
    /// </summary>
    public static double[] Vwap(this BarSeries bars, DateTimeOffset? start = null)
    {
        int startIndex = 0;
        if (start is { } anchor)
        {
            startIndex = Array.BinarySearch(bars.Timestamps, anchor);
            if (startIndex < 0) startIndex = ~startIndex;
        }
        var result = Series.New(bars.Count);
        IndicatorKernels.Vwap(bars.High, bars.Low, bars.Close, bars.Volume, result, startIndex);
        return result;
    }
}
