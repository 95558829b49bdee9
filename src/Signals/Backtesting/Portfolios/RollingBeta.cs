using System.Numerics;
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
        if (marketReturns is not null && marketReturns.Length != days)
            throw new ArgumentException($"The market has {marketReturns.Length} returns; the panel has {days} days.", nameof(marketReturns));
        // The returns of the window before the day only, in a ring of `window` rows (day j's at row j % window), each
        // computed once as the days advance: a day × symbol panel of them would be one more 8-byte-a-cell panel beside
        // the betas (250 MB at 5,000 names × 25 years) for the same figures.
        var r = new double[window * symbols];
        var m = marketReturns ?? new double[days];
        int returned = 0;
        var beta = new Panel(prices.Dates, prices.Symbols);
        // Day by day, Vector<double>.Count neighbouring symbols at once, one per lane: each (day, symbol) sums its window
        // in the same order with the same operations as the one-cell loop (so the betas are bit for bit the same), and
        // the reads walk the day-major returns row by row instead of striding a column 60 times per cell.
        int lanes = Vector.IsHardwareAccelerated ? Vector<double>.Count : int.MaxValue;
        for (int d = window + 1; d < days; d++)
        {
            for (; returned < d; returned++)
            {
                var row = r.AsSpan(returned % window * symbols, symbols);
                DailyReturns.CloseToClose(prices.Close.Values, symbols, returned, row);
                if (marketReturns is null) m[returned] = DailyReturns.EqualWeighted(row);
            }
            int s = 0;
            for (; s + lanes <= symbols; s += lanes) BetaLanes(r, m, symbols, d, s, window, beta.Values);
            for (; s < symbols; s++) BetaOne(r, m, symbols, d, s, window, beta.Values);
        }
        return beta;
    }

    private static void BetaOne(double[] r, double[] m, int symbols, int d, int s, int window, double[] beta)
    {
        double sx = 0, sy = 0, sxy = 0, sxx = 0;
        for (int j = d - window; j < d; j++)
        {
            double y = r[j % window * symbols + s], x = m[j];
            if (!double.IsFinite(y) || !double.IsFinite(x)) return;
            sx += x; sy += y; sxy += x * y; sxx += x * x;
        }
        double denominator = window * sxx - sx * sx;
        if (denominator > 0) beta[d * symbols + s] = (window * sxy - sx * sy) / denominator;
    }

    private static void BetaLanes(double[] r, double[] m, int symbols, int d, int s, int window, double[] beta)
    {
        var zero = Vector<double>.Zero;
        var ok = Vector<long>.AllBitsSet;
        Vector<double> sx = zero, sy = zero, sxy = zero, sxx = zero;
        for (int j = d - window; j < d; j++)
        {
            var y = new Vector<double>(r, j % window * symbols + s);
            var x = new Vector<double>(m[j]);
            // Finite y and x: v − v is 0 only for a finite v.
            ok &= Vector.Equals(y - y, zero) & Vector.Equals(x - x, zero);
            sx += x; sy += y; sxy += x * y; sxx += x * x;
        }
        var w = new Vector<double>(window);
        var denominator = w * sxx - sx * sx;
        var slope = (w * sxy - sx * sy) / denominator;
        var at = d * symbols + s;
        var keep = new Vector<double>(beta, at);
        Vector.ConditionalSelect(ok & Vector.GreaterThan(denominator, zero), slope, keep).CopyTo(beta, at);
    }
}

/// <summary>Close-to-close daily returns, a day at a time (day 0 NaN), and their equal-weighted mean.</summary>
internal static class DailyReturns
{
    /// <summary>Day <paramref name="day"/>'s return of each symbol from the day-major closes, into <paramref name="returns"/>: NaN without two positive closes.</summary>
    public static void CloseToClose(double[] close, int symbols, int day, Span<double> returns)
    {
        if (day == 0)
        {
            returns.Fill(double.NaN);
            return;
        }
        for (int s = 0; s < symbols; s++)
        {
            double a = close[(day - 1) * symbols + s], b = close[day * symbols + s];
            returns[s] = a > 0 && b > 0 ? b / a - 1 : double.NaN;
        }
    }

    public static double[] EqualWeighted(double[] r, int days, int symbols)
    {
        var m = new double[days];
        for (int d = 0; d < days; d++) m[d] = EqualWeighted(r.AsSpan(d * symbols, symbols));
        return m;
    }

    /// <summary>The mean of one day's finite returns; NaN when none is.</summary>
    public static double EqualWeighted(ReadOnlySpan<double> returns)
    {
        double sum = 0; int n = 0;
        foreach (double x in returns)
            if (double.IsFinite(x)) { sum += x; n++; }
        return n > 0 ? sum / n : double.NaN;
    }
}
