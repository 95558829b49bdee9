using System.Globalization;
using Signals.Data;

namespace Signals.Workflows.Health;

/// <summary>
/// Rule "suspicious-price-moves": a close that jumps beyond <see cref="HealthThresholds.SpikeLogMove"/> (default a
/// doubling or halving) and is back near the close before it the next day is almost always a bad tick, not news; it
/// puts two huge returns into every figure that touches the name. Each is named by symbol and date, and by
/// "file:line" when the loader keeps row provenance. Fails on any.
/// </summary>
public static class SuspiciousMoves
{
    /// <summary>The rule's id in study.json.</summary>
    public const string Id = "suspicious-price-moves";

    /// <summary>Moves listed in the message; the count says how many more.</summary>
    private const int Listed = 5;

    /// <summary>The verdict on the closes of <paramref name="prices"/>.</summary>
    /// <param name="sourceRow">"file:line" of a symbol's row on a date, or null when not known.</param>
    public static HealthCheck Check(BarPanel prices, Func<string, DateOnly, string?>? sourceRow, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(thresholds);
        var found = Find(prices, thresholds);
        if (found.Count == 0)
            return HealthCheck.Ok(Id, string.Create(CultureInfo.InvariantCulture,
                $"no close moved beyond ×{Math.Exp(thresholds.SpikeLogMove):0.##} (or ÷) and reverted the next day"));
        var named = found.Take(Listed).Select(m =>
        {
            string where = sourceRow?.Invoke(m.Symbol, m.Date) is { } row ? $", {row}" : "";
            return string.Create(CultureInfo.InvariantCulture, $"{m.Symbol} {m.Date:yyyy-MM-dd} (close ×{m.Ratio:0.###} then back{where})");
        });
        return HealthCheck.Fail(Id, string.Create(CultureInfo.InvariantCulture,
            $"{found.Count:N0} one-day price spikes that revert (likely bad ticks): {string.Join("; ", named)}{(found.Count > Listed ? "; …" : "")}"));
    }

    /// <summary>Every spike that reverts, by symbol then date.</summary>
    public static IReadOnlyList<(string Symbol, DateOnly Date, double Ratio)> Find(BarPanel prices, HealthThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(thresholds);
        var found = new List<(string, DateOnly, double)>();
        var close = prices.Close;
        for (int s = 0; s < prices.SymbolCount; s++)
            for (int d = 1; d + 1 < prices.DayCount; d++)
            {
                double before = close[d - 1, s], at = close[d, s], after = close[d + 1, s];
                if (!(before > 0 && at > 0 && after > 0) || !double.IsFinite(before + at + after)) continue;
                double move = Math.Log(at / before);
                if (Math.Abs(move) <= thresholds.SpikeLogMove) continue;
                if (Math.Abs(Math.Log(after / before)) <= thresholds.SpikeReversion * Math.Abs(move))
                    found.Add((prices.Symbols[s], prices.Dates[d], at / before));
            }
        return found;
    }
}
