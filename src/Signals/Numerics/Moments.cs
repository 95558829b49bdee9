namespace Signals.Numerics;

/// <summary>
/// Sample moments of a series, skipping NaN. <see cref="Skewness"/> and <see cref="Kurtosis"/> are the population
/// (biased) standardised moments m3/m2^1.5 and m4/m2² — kurtosis is the plain fourth moment (3 for a normal),
/// the form the Probabilistic Sharpe Ratio of Bailey &amp; López de Prado (2012) is written with.
/// </summary>
/// <param name="Count">Values used (NaN skipped).</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="SampleStd">Sample standard deviation (n − 1).</param>
/// <param name="Skewness">Population skewness m3/m2^1.5.</param>
/// <param name="Kurtosis">Population kurtosis m4/m2² (3 for a normal, not excess).</param>
public readonly record struct Moments(int Count, double Mean, double SampleStd, double Skewness, double Kurtosis)
{
    /// <summary>The moments of <paramref name="values"/>, NaN skipped; all NaN (and a count of 0) when none is left.</summary>
    public static Moments Of(ReadOnlySpan<double> values)
    {
        int n = 0;
        double sum = 0;
        foreach (double v in values)
            if (!double.IsNaN(v)) { n++; sum += v; }
        if (n == 0) return new Moments(0, double.NaN, double.NaN, double.NaN, double.NaN);
        double mean = sum / n, m2 = 0, m3 = 0, m4 = 0;
        foreach (double v in values)
        {
            if (double.IsNaN(v)) continue;
            double d = v - mean, d2 = d * d;
            m2 += d2; m3 += d2 * d; m4 += d2 * d2;
        }
        double sampleStd = n > 1 ? Math.Sqrt(m2 / (n - 1)) : double.NaN;
        m2 /= n; m3 /= n; m4 /= n;
        double skew = m2 > 0 ? m3 / Math.Pow(m2, 1.5) : double.NaN;
        double kurt = m2 > 0 ? m4 / (m2 * m2) : double.NaN;
        return new Moments(n, mean, sampleStd, skew, kurt);
    }
}
