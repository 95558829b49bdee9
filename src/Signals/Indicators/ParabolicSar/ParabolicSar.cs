using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorKernels
{
    /// <summary>
    /// Wilder's Parabolic SAR. The first trend (rising, from the first bar's low) is a guess, so every bar up to
    /// and including the first reversal has no value (NaN, <c>isReversal</c> false) — the reference library's
    /// convention, which needs no look-ahead. A series that never reverses has no values at all.
    /// </summary>
    public static void ParabolicSar(ReadOnlySpan<double> high, ReadOnlySpan<double> low, double accelerationStep, double maxAccelerationFactor,
        Span<double> sar, Span<bool> isReversal, double? initialFactor = null)
    {
        if (high.Length != low.Length) Guard.SameLength(high.Length, low.Length, nameof(low));
        Guard.SameLength(high.Length, sar.Length, nameof(sar));
        Guard.SameLength(high.Length, isReversal.Length, nameof(isReversal));
        var stream = new ParabolicSarStream(accelerationStep, maxAccelerationFactor, initialFactor);
        for (int i = 0; i < high.Length; i++)
        {
            var p = stream.Add(high[i], low[i]);
            sar[i] = p.Sar;
            isReversal[i] = p.IsReversal;
        }
    }
}

/// <summary>Parabolic SAR aligned 1:1 with the bars: SAR is NaN until the first real reversal.</summary>
public sealed class ParabolicSarResult
{
    /// <summary>The stop-and-reverse level per bar, in price units; NaN up to and including the first reversal.</summary>
    public required double[] Sar { get; init; }

    /// <summary>True on a bar where the trend flipped; false in warm-up too (check <see cref="Sar"/> for NaN).</summary>
    public required bool[] IsReversal { get; init; }
}

public static partial class IndicatorExtensions
{
    /// <summary>Parabolic SAR of the bars (step 0.02, maximum 0.2 by default; initial factor = step).</summary>
    public static ParabolicSarResult ParabolicSar(this BarSeries bars, double accelerationStep = 0.02, double maxAccelerationFactor = 0.2, double? initialFactor = null)
    {
        var r = new ParabolicSarResult { Sar = Series.New(bars.Count), IsReversal = new bool[bars.Count] };
        IndicatorKernels.ParabolicSar(bars.High, bars.Low, accelerationStep, maxAccelerationFactor, r.Sar, r.IsReversal, initialFactor);
        return r;
    }
}
