using Signals.Backtesting;
using Signals.Data;

namespace Signals.Analytics;

/// <summary>Which prices a forward return is measured between, for a signal known at decision bar t.</summary>
public enum ForwardReturnBasis
{
    /// <summary>open[t+1] → open[t+1+h]: the signal is known after bar t and traded at the next open (what the backtester fills at).</summary>
    NextOpen,

    /// <summary>close[t] → close[t+h]: the signal is traded at the close it was computed on (optimistic unless known before the close).</summary>
    CloseToClose,

    /// <summary>
    /// open[t] → open[t+h]: the signal is known before the open of bar t and traded at that open — news aligned with
    /// <see cref="Signals.Data.DecisionTiming.Open"/>, whose row t holds only what was published before t's open.
    /// </summary>
    Open,
}

/// <summary>
/// Forward returns aligned on the decision bar: the value at day t is the return a position decided at t earns over
/// the next h bars. The last bars, whose horizon runs past the data, are NaN — as is any return touching a missing price.
/// </summary>
public static class ForwardReturns
{
    /// <summary>
    /// The basis that earns what the backtester earns on a signal of this timing under this fill (as
    /// <c>DecisionContext.KnownRow</c> reads it): open-timed news filled at the next open trades at that very open
    /// (<see cref="ForwardReturnBasis.Open"/>); close-timed values then wait for the next open (<see cref="ForwardReturnBasis.NextOpen"/>);
    /// a close fill trades at the close of the decision bar (<see cref="ForwardReturnBasis.CloseToClose"/>).
    /// </summary>
    public static ForwardReturnBasis BasisFor(DecisionTiming timing, FillTiming fill = FillTiming.NextOpen) => fill switch
    {
        FillTiming.Close => ForwardReturnBasis.CloseToClose,
        _ => timing == DecisionTiming.Open ? ForwardReturnBasis.Open : ForwardReturnBasis.NextOpen,
    };

    /// <summary>Simple forward returns (price ratio − 1) over <paramref name="horizon"/> bars on <paramref name="basis"/>; NaN past the data's end or where the entry price is missing or not positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is below 1, or an unknown basis.</exception>
    public static Panel Compute(BarPanel bars, int horizon, ForwardReturnBasis basis = ForwardReturnBasis.NextOpen)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return basis switch
        {
            ForwardReturnBasis.NextOpen => Shifted(bars.Open, horizon, entryOffset: 1),
            ForwardReturnBasis.CloseToClose => Shifted(bars.Close, horizon, entryOffset: 0),
            ForwardReturnBasis.Open => Shifted(bars.Open, horizon, entryOffset: 0),
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
        };
    }

    /// <summary>close[t+h] / close[t] − 1.</summary>
    public static Panel CloseToClose(Panel close, int horizon) => Shifted(close, horizon, entryOffset: 0);

    /// <summary>open[t+h] / open[t] − 1: for signals known before the open of t.</summary>
    public static Panel OpenToOpen(Panel open, int horizon) => Shifted(open, horizon, entryOffset: 0);

    /// <summary>open[t+1+h] / open[t+1] − 1.</summary>
    public static Panel NextOpen(Panel open, int horizon) => Shifted(open, horizon, entryOffset: 1);

    private static Panel Shifted(Panel prices, int horizon, int entryOffset)
    {
        var rows = new ForwardReturnRows(prices, horizon, entryOffset);
        var result = new Panel(prices.Dates, prices.Symbols);
        for (int d = 0; d < rows.DefinedDays; d++) rows.Fill(d, result.Row(d));
        return result;
    }

    /// <summary>
    /// Day d's forward returns computed when asked, one row at a time, bit for bit the row of <see cref="Compute"/>: a
    /// caller that reads each row once (the factor tearsheet's pass over the days) needs no day × symbol panel per
    /// horizon — four of them at the default horizons, 1 GB at 5,000 names × 25 years.
    /// </summary>
    internal static ForwardReturnRows RowsOf(BarPanel bars, int horizon, ForwardReturnBasis basis)
    {
        ArgumentNullException.ThrowIfNull(bars);
        return basis switch
        {
            ForwardReturnBasis.NextOpen => new ForwardReturnRows(bars.Open, horizon, entryOffset: 1),
            ForwardReturnBasis.CloseToClose => new ForwardReturnRows(bars.Close, horizon, entryOffset: 0),
            ForwardReturnBasis.Open => new ForwardReturnRows(bars.Open, horizon, entryOffset: 0),
            _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
        };
    }
}

/// <summary>price[t + entry + h] / price[t + entry] − 1 per symbol, row by row (NaN where the entry price is not positive or the exit is past the last day).</summary>
internal sealed class ForwardReturnRows
{
    private readonly Panel _prices;
    private readonly int _horizon, _entryOffset;

    public ForwardReturnRows(Panel prices, int horizon, int entryOffset)
    {
        if (horizon < 1) throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "A forward horizon is at least one bar.");
        _prices = prices;
        _horizon = horizon;
        _entryOffset = entryOffset;
    }

    /// <summary>Days 0 .. DefinedDays − 1 have an exit day; later rows are all NaN.</summary>
    public int DefinedDays => Math.Max(0, _prices.DayCount - _entryOffset - _horizon);

    /// <summary>Writes day <paramref name="d"/>'s forward returns into <paramref name="row"/> (one slot per symbol).</summary>
    public void Fill(int d, Span<double> row)
    {
        if (d >= DefinedDays)
        {
            row.Fill(double.NaN);
            return;
        }
        var entry = _prices.Row(d + _entryOffset);
        var exit = _prices.Row(d + _entryOffset + _horizon);
        for (int s = 0; s < row.Length; s++)
        {
            double pe = entry[s];
            row[s] = pe > 0 ? exit[s] / pe - 1.0 : double.NaN;
        }
    }
}
