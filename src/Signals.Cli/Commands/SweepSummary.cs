using System.Globalization;
using Signals.Analytics;
using Signals.Numerics;
using Spectre.Console;

namespace Signals.Cli.Commands;

/// <summary>
/// The best configurations of a sweep by annualised Sharpe, and — only for the whole grid — the best one's Deflated
/// Sharpe over all the configurations tried: the best of many is expected to look good by luck alone.
/// </summary>
internal static class SweepSummary
{
    public static void Print(IAnsiConsole console, LongShortSweepFile sweep, int top)
    {
        var entries = sweep.Result.Entries;
        int trials = sweep.Header.Configurations;
        if (top > 0 && entries.Count > 0)
        {
            var table = new Table().AddColumns("#", "half-life (d)", "quantile", "Sharpe", "total return");
            foreach (var e in entries.Select(e => (Entry: e, Sharpe: Returns.Sharpe(e.Result))).Where(x => double.IsFinite(x.Sharpe)).OrderByDescending(x => x.Sharpe).ThenBy(x => x.Entry.Index).Take(top))
                table.AddRow(
                    e.Entry.Index.ToString(CultureInfo.InvariantCulture),
                    e.Entry.Config.HalfLifeDays.ToString("0.###", CultureInfo.InvariantCulture),
                    e.Entry.Config.Quantile.ToString("0.###", CultureInfo.InvariantCulture),
                    e.Sharpe.ToString("0.00", CultureInfo.InvariantCulture),
                    e.Entry.Result.Length == 0 ? "" : (Returns.ToEquity(e.Entry.Result)[^1] - 1).ToString("0.0%", CultureInfo.InvariantCulture));
            console.Write(table);
        }
        if (sweep.Header.Shard is { } shard)
        {
            console.MarkupLineInterpolated($"shard {shard}: {entries.Count} of {trials} configurations. The best of a shard is not the best of the sweep, and its Deflated Sharpe needs all {trials}: run `signals sweep merge`.");
            return;
        }
        var perPeriod = entries.Select(e => SharpeStatistics.PerPeriod(e.Result)).ToArray();
        if (!perPeriod.Any(double.IsFinite))
        {
            console.MarkupLine("deflated Sharpe: not shown (no configuration has a defined Sharpe ratio)");
            return;
        }
        var best = sweep.Result.Best(r => Returns.Sharpe(r));
        double dsr = SharpeStatistics.Deflated(best.Result, perPeriod);
        console.MarkupLineInterpolated($"best of {trials} configurations: half-life {best.Config.HalfLifeDays.ToString("0.###", CultureInfo.InvariantCulture)} d, quantile {best.Config.Quantile.ToString("0.###", CultureInfo.InvariantCulture)}, Sharpe {Returns.Sharpe(best.Result).ToString("0.00", CultureInfo.InvariantCulture)}");
        console.MarkupLine(Markup.Escape(double.IsFinite(dsr)
            ? $"deflated Sharpe ({trials} trials): {dsr.ToString("0.000", CultureInfo.InvariantCulture)} — the probability its true Sharpe is above zero after picking it from {trials}; below 0.95 it is what trying {trials} configurations often finds by chance."
            : $"deflated Sharpe ({trials} trials): not shown (undefined: the best configuration's returns have too few days or no spread)"));
    }
}
