using Signals.Data;

namespace Signals.Analytics;

/// <summary>Which prices a forward return is measured between, for a signal known at decision bar t.</summary>
public enum ForwardReturnBasis
{
    /// <summary>open[t+1] → open[t+1+h]: the signal is known after bar t and traded at the next open (what the backtester fills at).</summary>
    NextOpen,

    /// <summary>close[t] → close[t+h]: the signal is traded at the close it was computed on (optimistic unless known before the close).</summary>
    CloseToClose,
}

/// <summary>
/// Forward returns aligned on the decision bar: the value at day t is the return a position decided at t earns over
/// the next h bars. The last bars, whose horizon runs past the data, are NaN — as is any return touching a missing price.
/// </summary>
public static class ForwardReturns
{
    public static Panel Compute(BarPanel bars, int horizon, ForwardReturnBasis basis = ForwardReturnBasis.NextOpen)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return basis switch
        {
            ForwardReturnBasis.NextOpen => Shifted(bars.Open, horizon, entryOffset: 1),
            ForwardReturnBasis.CloseToClose => Shifted(bars.Close, horizon, entryOffset: 0),
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
        };
    }

    /// <summary>close[t+h] / close[t] − 1.</summary>
    public static Panel CloseToClose(Panel close, int horizon) => Shifted(close, horizon, entryOffset: 0);

    /// <summary>open[t+1+h] / open[t+1] − 1.</summary>
    public static Panel NextOpen(Panel open, int horizon) => Shifted(open, horizon, entryOffset: 1);

    private static Panel Shifted(Panel prices, int horizon, int entryOffset)
    {
        if (horizon < 1) throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "A forward horizon is at least one bar.");
        var result = new Panel(prices.Dates, prices.Symbols);
        int symbols = prices.SymbolCount, days = prices.DayCount;
        var p = prices.Values;
        var r = result.Values;
        for (int d = 0; d + entryOffset + horizon < days; d++)
        {
            int entry = (d + entryOffset) * symbols, exit = (d + entryOffset + horizon) * symbols, row = d * symbols;
            for (int s = 0; s < symbols; s++)
            {
                double pe = p[entry + s];
                r[row + s] = pe > 0 ? p[exit + s] / pe - 1.0 : double.NaN;
            }
        }
        return result;
    }
}
