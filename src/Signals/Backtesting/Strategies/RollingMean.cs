namespace Signals.Backtesting.Strategies;

/// <summary>
/// A trailing simple moving average, private to the built-in strategies so the engine stands alone.
/// NaN until a full window of valid values; a missing value makes every window containing it NaN.
/// Each window is summed afresh rather than by a running sum, so equal windows give bit-equal means and a
/// crossover test on "strictly above" is not decided by accumulated rounding.
/// </summary>
internal static class RollingMean
{
    public static double[] Of(ReadOnlySpan<double> values, int length)
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (i < length - 1) { result[i] = double.NaN; continue; }
            double sum = 0;
            for (int j = i - length + 1; j <= i; j++) sum += values[j];
            result[i] = sum / length;   // NaN propagates from any missing value
        }
        return result;
    }
}
