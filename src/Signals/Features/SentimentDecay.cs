using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Signals.Features;

/// <summary>Exponential decay of daily news flow, in flat row-major arrays (shared by features and the fast backtest kernel).</summary>
public static class SentimentDecay
{
    /// <summary>The per-day weight α with α^halfLife = ½.</summary>
    public static double Alpha(double halfLifeDays)
    {
        if (!(halfLifeDays > 0)) throw new ArgumentOutOfRangeException(nameof(halfLifeDays), halfLifeDays, "Half-life must be positive.");
        return Math.Pow(0.5, 1.0 / halfLifeDays);
    }

    /// <summary>
    /// output[d,s] = N[d,s] / D[d,s] with N[d] = α N[d−1] + numerator[d] and D likewise: a causal recursion,
    /// so row d depends on rows ≤ d only. NaN while D is 0 (no news yet).
    /// </summary>
    /// <param name="state">Scratch of at least 2 × <paramref name="symbols"/> doubles, or null to allocate.</param>
    public static void DecayedRatio(ReadOnlySpan<double> numerator, ReadOnlySpan<double> denominator, int symbols,
        double halfLifeDays, Span<double> output, double[]? state = null)
    {
        double alpha = Alpha(halfLifeDays);
        state ??= new double[2 * symbols];
        var num = state.AsSpan(0, symbols);
        var den = state.AsSpan(symbols, symbols);
        num.Clear(); den.Clear();
        for (int row = 0; row < numerator.Length; row += symbols)
            Step(numerator.Slice(row, symbols), denominator.Slice(row, symbols), alpha, num, den, output.Slice(row, symbols));
    }

    /// <summary>One day of the recursion: carries <paramref name="num"/> and <paramref name="den"/> forward and writes the day's ratio.</summary>
    /// <remarks>Four symbols at a time where the hardware allows; lanes do the same IEEE operations as the scalar loop.</remarks>
    public static void Step(ReadOnlySpan<double> numerator, ReadOnlySpan<double> denominator, double alpha,
        Span<double> num, Span<double> den, Span<double> output)
    {
        int s = 0;
        if (Vector256.IsHardwareAccelerated && output.Length >= Vector256<double>.Count)
        {
            ref double numeratorRef = ref MemoryMarshal.GetReference(numerator), denominatorRef = ref MemoryMarshal.GetReference(denominator);
            ref double numRef = ref MemoryMarshal.GetReference(num), denRef = ref MemoryMarshal.GetReference(den);
            ref double outputRef = ref MemoryMarshal.GetReference(output);
            Vector256<double> a = Vector256.Create(alpha), missing = Vector256.Create(double.NaN);
            for (; s <= output.Length - Vector256<double>.Count; s += Vector256<double>.Count)
            {
                var n = a * Vector256.LoadUnsafe(ref numRef, (nuint)s) + Vector256.LoadUnsafe(ref numeratorRef, (nuint)s);
                var d = a * Vector256.LoadUnsafe(ref denRef, (nuint)s) + Vector256.LoadUnsafe(ref denominatorRef, (nuint)s);
                n.StoreUnsafe(ref numRef, (nuint)s);
                d.StoreUnsafe(ref denRef, (nuint)s);
                Vector256.ConditionalSelect(Vector256.GreaterThan(d, Vector256<double>.Zero), n / d, missing).StoreUnsafe(ref outputRef, (nuint)s);
            }
        }
        for (; s < output.Length; s++)
        {
            num[s] = alpha * num[s] + numerator[s];
            den[s] = alpha * den[s] + denominator[s];
            output[s] = den[s] > 0 ? num[s] / den[s] : double.NaN;
        }
    }
}
