using Signals.Data;

namespace Signals.Indicators;

public static partial class IndicatorExtensions
{
    /// <summary>
    /// One indicator line for every symbol of a panel, as a dates × symbols <see cref="Panel"/> on the panel's own
    /// dates and symbols: <c>prices.Indicator(b =&gt; b.Close.Rsi(14))</c>, or for a multi-line indicator the line
    /// wanted, <c>prices.Indicator(b =&gt; b.Stochastic(14, 3, 3).Oscillator)</c>.
    /// Each symbol's indicator runs over that symbol's own bars (<see cref="BarPanel.Series"/>: the days it has a
    /// close), so a value is exactly what the indicator gives on the symbol's <see cref="BarSeries"/>; a day
    /// without a bar (before listing, a halt, after delisting) is NaN and is not a bar of the warm-up.
    /// </summary>
    /// <param name="prices">The panel of bars.</param>
    /// <param name="line">The indicator over one symbol's bars; it must return one value per bar.</param>
    public static Panel Indicator(this BarPanel prices, Func<BarSeries, double[]> line)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(line);
        var result = new Panel(prices.Dates, prices.Symbols);
        for (int s = 0; s < prices.SymbolCount; s++)
        {
            var bars = prices.Series(prices.Symbols[s]);
            var values = line(bars);
            if (values.Length != bars.Count)
                throw new ArgumentException(
                    $"The indicator returned {values.Length} values for {bars.Symbol}, which has {bars.Count} bars: it must return one per bar.", nameof(line));
            // The series holds the symbol's days with a close, in date order: the k-th value belongs to the k-th such day.
            int k = 0;
            for (int d = 0; d < prices.DayCount && k < values.Length; d++)
                if (!double.IsNaN(prices.Close[d, s])) result[d, s] = values[k++];
        }
        return result;
    }
}
