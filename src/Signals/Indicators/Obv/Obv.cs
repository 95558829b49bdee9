using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// On-Balance Volume: a running total that adds the bar's volume on an up close, subtracts it on a down
    /// close and keeps it on an unchanged close. Starts at 0 on the first bar (no warm-up).
    /// </summary>
    public static void Obv(ReadOnlySpan<double> close, ReadOnlySpan<double> volume, Span<double> result)
    {
        Guard.SameLength(close.Length, volume.Length, nameof(volume));
        Guard.SameLength(close.Length, result.Length, nameof(result));
        if (close.Length == 0) return;
        double obv = 0;
        result[0] = 0;
        for (int i = 1; i < close.Length; i++)
        {
            if (close[i] > close[i - 1]) obv += volume[i];
            else if (close[i] < close[i - 1]) obv -= volume[i];
            result[i] = obv;
        }
    }
}

public static partial class IndicatorExtensions
{
    /// <summary>On-Balance Volume of the bars.</summary>
    public static double[] Obv(this BarSeries bars)
    {
        var result = Series.New(bars.Count);
        IndicatorKernels.Obv(bars.Close, bars.Volume, result);
        return result;
    }
}
