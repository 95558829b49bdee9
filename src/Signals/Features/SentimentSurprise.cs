using Signals.Data;

namespace Signals.Features;

/// <summary>Today's value against the same symbol's trailing history: a z-score that uses past rows only.</summary>
public static class SentimentSurprise
{
    /// <summary>
    /// z[d] = (x[d] − mean) / sd over the valid values among rows d−window … d−1 (today excluded, so today's news
    /// cannot dampen its own surprise). NaN when x[d] is missing, fewer than <paramref name="minPeriods"/> past values
    /// exist, or their spread is zero.
    /// </summary>
    public static Panel Compute(Panel values, int window = 20, int minPeriods = 5)
    {
        if (window < 2) throw new ArgumentOutOfRangeException(nameof(window), window, "Window must be at least 2.");
        minPeriods = Math.Max(2, Math.Min(minPeriods, window));
        var result = new Panel(values.Dates, values.Symbols);
        for (int s = 0; s < values.SymbolCount; s++)
        {
            for (int d = 0; d < values.DayCount; d++)
            {
                double x = values[d, s];
                if (double.IsNaN(x)) continue;
                double sum = 0, sumSq = 0;
                int n = 0;
                for (int j = Math.Max(0, d - window); j < d; j++)
                {
                    double v = values[j, s];
                    if (double.IsNaN(v)) continue;
                    sum += v; sumSq += v * v; n++;
                }
                if (n < minPeriods) continue;
                double mean = sum / n, variance = (sumSq - n * mean * mean) / (n - 1);
                if (variance > 1e-24) result[d, s] = (x - mean) / Math.Sqrt(variance);
            }
        }
        return result;
    }
}
