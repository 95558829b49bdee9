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
        {
            var x = numerator.Slice(row, symbols);
            var c = denominator.Slice(row, symbols);
            var y = output.Slice(row, symbols);
            for (int s = 0; s < symbols; s++)
            {
                num[s] = alpha * num[s] + x[s];
                den[s] = alpha * den[s] + c[s];
                y[s] = den[s] > 0 ? num[s] / den[s] : double.NaN;
            }
        }
    }
}
