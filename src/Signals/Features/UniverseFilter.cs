using Signals.Data;

namespace Signals.Features;

/// <summary>Which names may trade on a day. Zero (the default) switches a rule off.</summary>
public sealed record UniverseRules
{
    /// <summary>Smallest close on the previous day.</summary>
    public double MinPrice { get; init; }
    /// <summary>Fewest trading days with a price before the day.</summary>
    public int MinHistoryDays { get; init; }
    /// <summary>Smallest mean close × volume over the previous <see cref="DollarVolumeWindow"/> days.</summary>
    public double MinDollarVolume { get; init; }
    /// <summary>Trading days the dollar-volume mean looks back over (days without a price are skipped).</summary>
    public int DollarVolumeWindow { get; init; } = 20;

    /// <summary>True when every rule is off, so the filter changes nothing.</summary>
    public bool IsEmpty => MinPrice <= 0 && MinHistoryDays <= 0 && MinDollarVolume <= 0;
}

/// <summary>
/// Removes names that fail the universe rules from a signal (NaN: not ranked, not held). A decision on day d sees
/// prices up to the close of day d − 1 only, whatever the fill, so the filter itself cannot look ahead.
/// </summary>
public static class UniverseFilter
{
    /// <summary>A copy of <paramref name="signal"/> with NaN wherever the name fails a rule on the prices before that day; the first day is always NaN (no history yet) unless every rule is off.</summary>
    /// <exception cref="ArgumentException">The signal is not on the price panel's days and symbols.</exception>
    public static Panel Apply(Panel signal, BarPanel prices, UniverseRules rules)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var result = signal.Clone();
        ApplyInPlace(result, prices, rules);
        return result;
    }

    /// <summary>As <see cref="Apply"/>, writing NaN into <paramref name="signal"/> itself: for a caller that owns a fresh panel, one day × symbol copy fewer.</summary>
    internal static void ApplyInPlace(Panel signal, BarPanel prices, UniverseRules rules)
    {
        if (!signal.Dates.AsSpan().SequenceEqual(prices.Dates) || !signal.Symbols.AsSpan().SequenceEqual(prices.Symbols))
            throw new ArgumentException("The signal must be on the price panel's days and symbols.");
        if (rules.IsEmpty) return;
        int n = prices.SymbolCount, window = Math.Max(1, rules.DollarVolumeWindow);
        var history = new int[n];
        for (int d = 0; d < prices.DayCount; d++)
        {
            for (int s = 0; s < n; s++)
            {
                // Nothing is known before the first day, so no name passes then.
                if (d == 0 || !Passes(prices, d, s, history[s], window, rules)) signal[d, s] = double.NaN;
            }
            for (int s = 0; s < n; s++) if (double.IsFinite(prices.Close[d, s])) history[s]++;
        }
    }

    private static bool Passes(BarPanel prices, int d, int s, int historyBefore, int window, UniverseRules rules)
    {
        double lastClose = prices.Close[d - 1, s];
        if (rules.MinPrice > 0 && !(lastClose >= rules.MinPrice)) return false;
        if (rules.MinHistoryDays > 0 && historyBefore < rules.MinHistoryDays) return false;
        if (rules.MinDollarVolume > 0)
        {
            double sum = 0;
            int known = 0;
            for (int j = Math.Max(0, d - window); j < d; j++)
            {
                double dv = prices.Close[j, s] * prices.Volume[j, s];
                if (double.IsFinite(dv)) { sum += dv; known++; }
            }
            if (known == 0 || sum / known < rules.MinDollarVolume) return false;
        }
        return true;
    }
}
