using Signals.Numerics;

namespace Signals.Analytics;

/// <summary>
/// How much to believe a Sharpe ratio. Every Sharpe here is per period (mean / sample std of the returns, NOT
/// annualised), as the formulas require; divide an annual Sharpe by √periodsPerYear (and a variance of annual
/// Sharpes by periodsPerYear) before passing it in. Kurtosis is the plain fourth standardised moment (3 for a normal).
/// </summary>
public static class SharpeStatistics
{
    /// <summary>Euler–Mascheroni constant γ.</summary>
    public const double EulerMascheroni = 0.5772156649015329;

    /// <summary>Per-period Sharpe ratio: mean / sample std, NaN values skipped.</summary>
    public static double PerPeriod(ReadOnlySpan<double> returns)
    {
        var m = Moments.Of(returns);
        return m.Count < 2 ? double.NaN : Returns.Ratio(m.Mean, m.SampleStd);
    }

    /// <summary>
    /// Probabilistic Sharpe Ratio (Bailey &amp; López de Prado 2012): the probability that the true Sharpe exceeds
    /// <paramref name="benchmarkSharpe"/> given the observed one,
    /// PSR = Φ( (SR − SR*)·√(n − 1) / √(1 − γ₃·SR + (γ₄ − 1)/4·SR²) ).
    /// </summary>
    public static double Probabilistic(double sharpe, int observations, double skewness, double kurtosis, double benchmarkSharpe = 0)
    {
        if (observations < 2 || !double.IsFinite(sharpe)) return double.NaN;
        double variance = 1.0 - skewness * sharpe + (kurtosis - 1.0) / 4.0 * sharpe * sharpe;
        if (!(variance > 0)) return double.NaN;
        return StandardNormal.Cdf((sharpe - benchmarkSharpe) * Math.Sqrt(observations - 1) / Math.Sqrt(variance));
    }

    /// <summary>PSR of a return series against <paramref name="benchmarkSharpe"/> (per period), using its own skew and kurtosis.</summary>
    public static double Probabilistic(ReadOnlySpan<double> returns, double benchmarkSharpe = 0)
    {
        var m = Moments.Of(returns);
        return Probabilistic(Returns.Ratio(m.Mean, m.SampleStd), m.Count, m.Skewness, m.Kurtosis, benchmarkSharpe);
    }

    /// <summary>
    /// Expected maximum Sharpe among <paramref name="trials"/> independent strategies with zero true Sharpe whose
    /// estimates have variance <paramref name="trialSharpeVariance"/> (False Strategy Theorem):
    /// √V · ((1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e))). One trial expects nothing beyond zero.
    /// </summary>
    public static double ExpectedMaxSharpe(int trials, double trialSharpeVariance)
    {
        if (trials < 1) throw new ArgumentOutOfRangeException(nameof(trials), trials, "At least one trial.");
        if (trialSharpeVariance < 0) throw new ArgumentOutOfRangeException(nameof(trialSharpeVariance), trialSharpeVariance, "A variance cannot be negative.");
        if (trials == 1) return 0;
        double n = trials;
        return Math.Sqrt(trialSharpeVariance) *
               ((1 - EulerMascheroni) * StandardNormal.Quantile(1 - 1 / n) + EulerMascheroni * StandardNormal.Quantile(1 - 1 / (n * Math.E)));
    }

    /// <summary>
    /// Deflated Sharpe Ratio (Bailey &amp; López de Prado 2014): the PSR measured against the Sharpe the best of
    /// <paramref name="trials"/> worthless strategies would be expected to show, so it falls as more configurations are tried.
    /// </summary>
    public static double Deflated(double sharpe, int observations, double skewness, double kurtosis, int trials, double trialSharpeVariance)
        => Probabilistic(sharpe, observations, skewness, kurtosis, ExpectedMaxSharpe(trials, trialSharpeVariance));

    /// <summary>DSR of the selected strategy's returns, given how many trials were run and the variance of their per-period Sharpes.</summary>
    public static double Deflated(ReadOnlySpan<double> returns, int trials, double trialSharpeVariance)
    {
        var m = Moments.Of(returns);
        return Deflated(Returns.Ratio(m.Mean, m.SampleStd), m.Count, m.Skewness, m.Kurtosis, trials, trialSharpeVariance);
    }

    /// <summary>DSR with trial count and variance taken from the per-period Sharpes of every trial (e.g. a parameter sweep's results).</summary>
    public static double Deflated(ReadOnlySpan<double> returns, IReadOnlyList<double> trialSharpes)
    {
        ArgumentNullException.ThrowIfNull(trialSharpes);
        var finite = trialSharpes.Where(double.IsFinite).ToArray();
        if (finite.Length == 0) throw new ArgumentException("No finite trial Sharpe ratios.", nameof(trialSharpes));
        var m = Moments.Of(finite);
        return Deflated(returns, trialSharpes.Count, finite.Length > 1 ? m.SampleStd * m.SampleStd : 0);
    }
}
