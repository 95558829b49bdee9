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
        var beta = new Panel(prices.Dates, prices.Symbols);
        var rows = new RollingBetaRows(prices, window, marketReturns);
        for (int d = 0; d < prices.DayCount; d++) rows.Next(d, beta.Row(d));
        return beta;
    }
}

/// <summary>
/// <see cref="RollingBeta.Compute"/> a day at a time, days in order, for a caller that reads each day's betas once
/// and needs no panel of them (250 MB at 5,000 names × 25 years). It keeps the returns of the window before the day in
/// a ring of <c>window</c> rows (day j's at row j % window), each computed once as the days advance, and the market's
/// return per day. The figures are the panel's, bit for bit.
/// </summary>
internal sealed class RollingBetaRows
{
    private readonly double[] _close;
    private readonly int _window, _symbols;
    private readonly double[] _returns;
    private readonly double[] _market;
    private readonly bool _marketGiven;
    private int _returned, _next;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="window"/> is below 5.</exception>
    /// <exception cref="ArgumentException"><paramref name="marketReturns"/> is not one return per panel day.</exception>
    public RollingBetaRows(BarPanel prices, int window, double[]? marketReturns)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (window < 5) throw new ArgumentOutOfRangeException(nameof(window), window, "A beta needs at least 5 sessions.");
        int days = prices.DayCount;
        if (marketReturns is not null && marketReturns.Length != days)
            throw new ArgumentException($"The market has {marketReturns.Length} returns; the panel has {days} days.", nameof(marketReturns));
        (_close, _window, _symbols) = (prices.Close.Values, window, prices.SymbolCount);
        _returns = new double[window * _symbols];
        _market = marketReturns ?? new double[days];
        _marketGiven = marketReturns is not null;
    }

    /// <summary>Day <paramref name="day"/>'s betas into <paramref name="betas"/> (NaN where there is none); days come 0, 1, 2, ...</summary>
    public void Next(int day, Span<double> betas)
    {
        if (day != _next) throw new InvalidOperationException($"day {day} asked after day {_next - 1}: the rows come in day order");
        _next++;
        betas.Fill(double.NaN);
        if (day < _window + 1) return;
        for (; _returned < day; _returned++)
        {
            var row = _returns.AsSpan(_returned % _window * _symbols, _symbols);
            DailyReturns.CloseToClose(_close, _symbols, _returned, row);
            if (!_marketGiven) _market[_returned] = DailyReturns.EqualWeighted(row);
        }
        // Vector<double>.Count neighbouring symbols at once, one per lane: each symbol sums its window in the same order
        // with the same operations as the one-cell loop (so the betas are bit for bit the same), and the reads walk the
        // day-major returns row by row instead of striding a column 60 times per cell.
        int lanes = Vector.IsHardwareAccelerated ? Vector<double>.Count : int.MaxValue;
        int s = 0;
        for (; s + lanes <= _symbols; s += lanes) BetaLanes(day, s, betas);
        for (; s < _symbols; s++) BetaOne(day, s, betas);
    }

    private void BetaOne(int d, int s, Span<double> beta)
    {
        double sx = 0, sy = 0, sxy = 0, sxx = 0;
        for (int j = d - _window; j < d; j++)
        {
            double y = _returns[j % _window * _symbols + s], x = _market[j];
            if (!double.IsFinite(y) || !double.IsFinite(x)) return;
            sx += x; sy += y; sxy += x * y; sxx += x * x;
        }
        double denominator = _window * sxx - sx * sx;
        if (denominator > 0) beta[s] = (_window * sxy - sx * sy) / denominator;
    }

    private void BetaLanes(int d, int s, Span<double> beta)
    {
        var zero = Vector<double>.Zero;
        var ok = Vector<long>.AllBitsSet;
        Vector<double> sx = zero, sy = zero, sxy = zero, sxx = zero;
        for (int j = d - _window; j < d; j++)
        {
            var y = new Vector<double>(_returns, j % _window * _symbols + s);
            var x = new Vector<double>(_market[j]);
            // Finite y and x: v − v is 0 only for a finite v.
            ok &= Vector.Equals(y - y, zero) & Vector.Equals(x - x, zero);
            sx += x; sy += y; sxy += x * y; sxx += x * x;
        }
        var w = new Vector<double>(_window);
        var denominator = w * sxx - sx * sx;
        var slope = (w * sxy - sx * sy) / denominator;
        var keep = new Vector<double>(beta.Slice(s));
        Vector.ConditionalSelect(ok & Vector.GreaterThan(denominator, zero), slope, keep).CopyTo(beta.Slice(s));
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
