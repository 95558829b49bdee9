using Signals.Data;

namespace Signals.Backtesting.Portfolios;

/// <summary>
/// Each symbol's market beta at each day's open: OLS slope of its close-to-close returns on the market's over the
/// <c>window</c> sessions before that day (returns up to the previous close), so a hedge never uses today's prices.
/// The market is the panel's equal-weighted mean return unless one is given. NaN until a full window exists.
/// </summary>
public static class RollingBeta
{
    /// <summary>Betas per day and symbol from the <paramref name="window"/> close-to-close returns before each day.</summary>
    /// <param name="marketReturns">Market returns aligned with the panel's days; null for the panel's equal-weighted mean.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 5.</exception>
    public static Panel Compute(BarPanel prices, int window = 60, double[]? marketReturns = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (window < 5) throw new ArgumentOutOfRangeException(nameof(window), window, "A beta needs at least 5 sessions.");
        int days = prices.DayCount, symbols = prices.SymbolCount;
        var r = DailyReturns.CloseToClose(prices);
        var m = marketReturns ?? DailyReturns.EqualWeighted(r, days, symbols);
        if (m.Length != days) throw new ArgumentException($"The market has {m.Length} returns; the panel has {days} days.", nameof(marketReturns));
        var beta = new Panel(prices.Dates, prices.Symbols);
        for (int s = 0; s < symbols; s++)
        {
            for (int d = window + 1; d < days; d++)
            {
                double sx = 0, sy = 0, sxy = 0, sxx = 0;
                bool ok = true;
                for (int j = d - window; j < d; j++)
                {
                    double y = r[j * symbols + s], x = m[j];
                    if (!double.IsFinite(y) || !double.IsFinite(x)) { ok = false; break; }
                    sx += x; sy += y; sxy += x * y; sxx += x * x;
                }
                double denominator = window * sxx - sx * sx;
                if (ok && denominator > 0) beta[d, s] = (window * sxy - sx * sy) / denominator;
            }
        }
        return beta;
    }
}

/// <summary>Close-to-close daily returns as a flat day × symbol array (day 0 NaN), and their equal-weighted mean.</summary>
internal static class DailyReturns
{
    public static double[] CloseToClose(BarPanel prices)
    {
        int days = prices.DayCount, symbols = prices.SymbolCount;
        var c = prices.Close.Values;
        var r = new double[days * symbols];
        for (int s = 0; s < symbols; s++) r[s] = double.NaN;
        for (int d = 1; d < days; d++)
            for (int s = 0; s < symbols; s++)
            {
                double a = c[(d - 1) * symbols + s], b = c[d * symbols + s];
                r[d * symbols + s] = a > 0 && b > 0 ? b / a - 1 : double.NaN;
            }
        return r;
    }

    public static double[] EqualWeighted(double[] r, int days, int symbols)
    {
        var m = new double[days];
        for (int d = 0; d < days; d++)
        {
            double sum = 0; int n = 0;
            for (int s = 0; s < symbols; s++)
            {
                double x = r[d * symbols + s];
                if (double.IsFinite(x)) { sum += x; n++; }
            }
            m[d] = n > 0 ? sum / n : double.NaN;
        }
        return m;
    }
}
