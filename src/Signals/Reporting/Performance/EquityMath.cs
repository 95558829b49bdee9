namespace Signals.Reporting;

/// <summary>
/// The few equity-curve transforms a report draws (drawdown, rolling Sharpe). Kept here rather than borrowed from
/// Analytics so a tearsheet can be drawn from nothing but a dated equity curve.
/// </summary>
public static class EquityMath
{
    /// <summary>Drawdown at each point: equity over its running peak, minus one (0 at a new high, -0.2 = 20% below).</summary>
    public static double[] Drawdown(ReadOnlySpan<double> equity)
    {
        var dd = new double[equity.Length];
        double peak = double.NaN;
        for (int i = 0; i < equity.Length; i++)
        {
            double e = equity[i];
            if (!double.IsFinite(e)) { dd[i] = double.NaN; continue; }
            if (!(peak >= e)) peak = e; // also takes the first finite value
            dd[i] = peak > 0 ? e / peak - 1 : double.NaN;
        }
        return dd;
    }

    /// <summary>Simple period returns; the first is NaN (no prior value), as is any step touching a missing value.</summary>
    public static double[] Returns(ReadOnlySpan<double> equity)
    {
        var r = new double[equity.Length];
        if (r.Length > 0) r[0] = double.NaN;
        for (int i = 1; i < equity.Length; i++)
        {
            double prev = equity[i - 1], cur = equity[i];
            r[i] = double.IsFinite(prev) && double.IsFinite(cur) && prev != 0 ? cur / prev - 1 : double.NaN;
        }
        return r;
    }

    /// <summary>
    /// Annualised Sharpe ratio (risk-free 0) of the trailing <paramref name="window"/> returns ending at each point; NaN until
    /// the window holds that many finite returns. Running sums keep it O(n).
    /// </summary>
    public static double[] RollingSharpe(ReadOnlySpan<double> equity, int window = 126, double periodsPerYear = 252)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        var returns = Returns(equity);
        var result = new double[returns.Length];
        double sum = 0, sumSq = 0;
        int count = 0;
        double annualise = Math.Sqrt(periodsPerYear);
        for (int i = 0; i < returns.Length; i++)
        {
            double r = returns[i];
            if (double.IsFinite(r)) { sum += r; sumSq += r * r; count++; }
            if (i >= window)
            {
                double old = returns[i - window];
                if (double.IsFinite(old)) { sum -= old; sumSq -= old * old; count--; }
            }
            if (count < window) { result[i] = double.NaN; continue; }
            double mean = sum / count;
            double variance = (sumSq - count * mean * mean) / (count - 1);
            result[i] = variance > 1e-18 ? mean / Math.Sqrt(variance) * annualise : double.NaN;
        }
        return result;
    }
}
