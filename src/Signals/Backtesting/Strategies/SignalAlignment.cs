using Signals.Data;

namespace Signals.Backtesting.Strategies;

/// <summary>Lays a signal panel onto the price panel's days and symbols (missing → NaN), so strategies index both alike.</summary>
public static class SignalAlignment
{
    /// <summary>The signal on the price panel's days and symbols: itself when they already match, else a copy with NaN where the signal has no row or column.</summary>
    public static Panel OnPrices(Panel signal, BarPanel prices)
    {
        if (signal.Dates.AsSpan().SequenceEqual(prices.Dates) && signal.Symbols.AsSpan().SequenceEqual(prices.Symbols))
            return signal;
        var aligned = new Panel(prices.Dates, prices.Symbols);
        var rowOf = new Dictionary<DateOnly, int>(signal.DayCount);
        for (int d = 0; d < signal.DayCount; d++) rowOf[signal.Dates[d]] = d;
        var columnOf = new int[prices.SymbolCount];
        for (int s = 0; s < columnOf.Length; s++) columnOf[s] = Array.IndexOf(signal.Symbols, prices.Symbols[s]);
        for (int d = 0; d < prices.DayCount; d++)
        {
            if (!rowOf.TryGetValue(prices.Dates[d], out int row)) continue;
            for (int s = 0; s < columnOf.Length; s++)
                if (columnOf[s] >= 0) aligned[d, s] = signal[row, columnOf[s]];
        }
        return aligned;
    }
}
