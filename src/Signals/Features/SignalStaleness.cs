using Signals.Data;

namespace Signals.Features;

/// <summary>
/// Sparse news: a decayed mean never returns to "no opinion" by itself, so a lone headline would drive a position
/// for years. Here a symbol's signal expires once <c>maxAgeDays</c> trading days pass without a new headline: a row
/// d keeps its value only while d − (the last row ≤ d with news) &lt; maxAgeDays, else it is NaN (no position).
/// Only rows ≤ d are read, so the rule adds no look-ahead.
/// </summary>
public static class SignalStaleness
{
    /// <param name="signal">Any signal on the news panel's days and symbols (e.g. a decayed mean).</param>
    /// <param name="newsCount">Headlines per decision day and symbol (<see cref="DailySentiment.Count"/>).</param>
    public static Panel Expire(Panel signal, Panel newsCount, int maxAgeDays)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var result = signal.Clone();
        ExpireInPlace(result, newsCount, maxAgeDays);
        return result;
    }

    /// <summary>As <see cref="Expire"/>, writing into <paramref name="signal"/>: for a caller that owns a fresh panel, one day × symbol copy fewer.</summary>
    internal static void ExpireInPlace(Panel signal, Panel newsCount, int maxAgeDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAgeDays, 1);
        if (!signal.Dates.AsSpan().SequenceEqual(newsCount.Dates) || !signal.Symbols.AsSpan().SequenceEqual(newsCount.Symbols))
            throw new ArgumentException("The signal and the news counts must be on the same days and symbols.");
        int n = signal.SymbolCount;
        var last = new int[n];
        Array.Fill(last, int.MinValue / 2);
        for (int d = 0; d < signal.DayCount; d++)
        {
            var counts = newsCount.Row(d);
            var row = signal.Values.AsSpan(d * n, n);
            for (int s = 0; s < n; s++)
            {
                if (counts[s] > 0) last[s] = d;
                if (d - last[s] >= maxAgeDays) row[s] = double.NaN;
            }
        }
    }

    /// <summary>Names with a live (finite) signal on each day: the breadth a cross-sectional strategy can rank.</summary>
    public static double[] Coverage(Panel signal)
    {
        var coverage = new double[signal.DayCount];
        for (int d = 0; d < signal.DayCount; d++)
        {
            int live = 0;
            foreach (double v in signal.Row(d)) if (double.IsFinite(v)) live++;
            coverage[d] = live;
        }
        return coverage;
    }
}
