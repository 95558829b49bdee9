using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Simple returns <c>x[t]/x[t−1] − 1</c>, known at bar t's close. The first bar has none (NaN), nor does a bar
    /// after a zero or a NaN.
    /// </summary>
    public static void SimpleReturns(ReadOnlySpan<double> values, Span<double> result)
    {
        Guard.SameLength(values.Length, result.Length, nameof(result));
        if (values.Length == 0) return;
        result[0] = double.NaN;
        for (int i = 1; i < values.Length; i++)
            result[i] = values[i - 1] == 0 ? double.NaN : values[i] / values[i - 1] - 1;
    }

    /// <summary>
    /// Log returns <c>ln(x[t]/x[t−1])</c>, known at bar t's close. The first bar has none (NaN), nor does a bar
    /// where either price is not positive.
    /// </summary>
    public static void LogReturns(ReadOnlySpan<double> values, Span<double> result)
    {
        Guard.SameLength(values.Length, result.Length, nameof(result));
        if (values.Length == 0) return;
        result[0] = double.NaN;
        for (int i = 1; i < values.Length; i++)
            result[i] = values[i] > 0 && values[i - 1] > 0 ? Math.Log(values[i] / values[i - 1]) : double.NaN;
    }
}

public static partial class IndicatorExtensions
{
    /// <summary>Simple returns of any series (first value NaN).</summary>
    public static double[] SimpleReturns(this double[] values)
    {
        var result = Series.New(values.Length);
        IndicatorKernels.SimpleReturns(values, result);
        return result;
    }

    /// <summary>Log returns of any series (first value NaN).</summary>
    public static double[] LogReturns(this double[] values)
    {
        var result = Series.New(values.Length);
        IndicatorKernels.LogReturns(values, result);
        return result;
    }

    /// <summary>Simple close-to-close returns of the bars.</summary>
    public static double[] SimpleReturns(this BarSeries bars) => bars.Close.SimpleReturns();

    /// <summary>Log close-to-close returns of the bars.</summary>
    public static double[] LogReturns(this BarSeries bars) => bars.Close.LogReturns();
}
