namespace Signals.Backtesting;

/// <summary>The few equity-curve numbers the engine and its fast kernel need themselves (full statistics live in Analytics).</summary>
public static class BacktestMath
{
    public static double[] Returns(ReadOnlySpan<double> equity)
    {
        var r = new double[equity.Length];
        for (int i = 1; i < equity.Length; i++) r[i] = equity[i] / equity[i - 1] - 1;
        return r;
    }

    public static double[] Drawdown(ReadOnlySpan<double> equity)
    {
        var dd = new double[equity.Length];
        double peak = double.NegativeInfinity;
        for (int i = 0; i < equity.Length; i++)
        {
            peak = Math.Max(peak, equity[i]);
            dd[i] = equity[i] / peak - 1;
        }
        return dd;
    }

    /// <summary>Worst drawdown as a negative fraction (−0.25 = a 25% fall from a peak).</summary>
    public static double MaxDrawdown(ReadOnlySpan<double> equity)
    {
        double peak = double.NegativeInfinity, worst = 0;
        foreach (double e in equity)
        {
            peak = Math.Max(peak, e);
            worst = Math.Min(worst, e / peak - 1);
        }
        return worst;
    }

    /// <summary>Annualised Sharpe ratio of daily simple returns (risk-free 0, sample standard deviation).</summary>
    public static double Sharpe(ReadOnlySpan<double> equity, int periodsPerYear = 252)
    {
        int n = equity.Length - 1;
        if (n < 2) return double.NaN;
        double sum = 0, sumSq = 0;
        for (int i = 1; i < equity.Length; i++)
        {
            double r = equity[i] / equity[i - 1] - 1;
            sum += r; sumSq += r * r;
        }
        double mean = sum / n, variance = (sumSq - n * mean * mean) / (n - 1);
        return variance > 0 ? mean / Math.Sqrt(variance) * Math.Sqrt(periodsPerYear) : double.NaN;
    }
}
