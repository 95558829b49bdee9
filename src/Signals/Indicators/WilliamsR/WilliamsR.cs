using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Williams %R = raw stochastic − 100, in [−100, 0]; the first <c>period − 1</c> results are NaN.
    /// A flat window (highest = lowest) gives −100, as in the reference library.
    /// </summary>
    public static void WilliamsR(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, int period, Span<double> result)
    {
        Guard.Bars(high, low, close);
        Guard.SameLength(close.Length, result.Length, nameof(result));
        var stream = new WilliamsRStream(period);
        for (int i = 0; i < close.Length; i++) result[i] = stream.Add(high[i], low[i], close[i]);
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
