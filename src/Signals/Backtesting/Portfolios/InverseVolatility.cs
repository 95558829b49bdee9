using Signals.Data;

namespace Signals.Backtesting.Portfolios;

/// <summary>
/// Risk-balanced weights: each name's signal divided by its volatility, so a volatile name holds less capital for the
/// same conviction; each row scaled to a gross of 1. A name without a finite signal or volatility gets 0.
/// </summary>
public static class InverseVolatility
{
    /// <summary>Signal / volatility per name, each day's row scaled to gross 1 (a row without any usable name stays 0).</summary>
    /// <exception cref="ArgumentException">The panels differ in shape.</exception>
    public static Panel Weights(Panel signal, Panel volatility)
    {
        ArgumentNullException.ThrowIfNull(signal);
        ArgumentNullException.ThrowIfNull(volatility);
        if (signal.Values.Length != volatility.Values.Length) throw new ArgumentException("Signal and volatility panels differ in shape.");
        var w = new Panel(signal.Dates, signal.Symbols, new double[signal.Values.Length]);
        for (int d = 0; d < signal.DayCount; d++)
        {
            var row = w.Row(d);
            double gross = 0;
            for (int s = 0; s < row.Length; s++)
            {
                double x = signal[d, s], v = volatility[d, s];
                row[s] = double.IsFinite(x) && v > 0 && double.IsFinite(v) ? x / v : 0;
                gross += Math.Abs(row[s]);
            }
            if (gross > 0) for (int s = 0; s < row.Length; s++) row[s] /= gross;
        }
        return w;
    }
}
