using System.Globalization;
using Signals.Backtesting;
using Signals.Data;
using Signals.Features;

namespace Signals.Analytics;

/// <summary>
/// A parameter sweep split over machines: shard K of N runs the configurations whose grid index hashes to it
/// (<see cref="BatchShard"/>, stable everywhere), keeps their grid indices, and <see cref="Merge{TConfig, TResult}"/>
/// puts the shards back in grid order — the same entries, bit for bit, as one machine running the whole grid.
/// </summary>
public static class SweepShards
{
    /// <summary>The grid indices shard <paramref name="shard"/> runs, ascending.</summary>
    public static int[] Indices(int gridCount, BatchShard shard) =>
        Enumerable.Range(0, gridCount).Where(i => shard.Owns(i.ToString(CultureInfo.InvariantCulture))).ToArray();

    /// <summary><see cref="LongShortSweep.Run"/> on one shard of the grid; entries carry their index in the whole grid.</summary>
    public static SweepResult<(double HalfLifeDays, double Quantile), double[]> LongShort(
        BarPanel prices, DecayingSignal signal, IReadOnlyList<(double HalfLifeDays, double Quantile)> grid, BacktestOptions options, BatchShard shard,
        int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var indices = Indices(grid.Count, shard);
        var part = LongShortSweep.Run(prices, signal, Array.ConvertAll(indices, i => grid[i]), options, null, maxDegreeOfParallelism, cancellationToken);
        return new SweepResult<(double, double), double[]>(
            part.Entries.Select(e => e with { Index = indices[e.Index] }).ToArray());
    }

    /// <summary>The shards' entries in grid order; every index of a <paramref name="gridCount"/>-configuration grid exactly once.</summary>
    public static SweepResult<TConfig, TResult> Merge<TConfig, TResult>(int gridCount, IEnumerable<SweepResult<TConfig, TResult>> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        var entries = new SweepEntry<TConfig, TResult>?[gridCount];
        foreach (var e in shards.SelectMany(s => s.Entries))
        {
            if (e.Index < 0 || e.Index >= gridCount) throw new ArgumentException($"entry {e.Index} is outside a grid of {gridCount}");
            if (entries[e.Index] is not null) throw new ArgumentException($"configuration {e.Index} appears in two shards");
            entries[e.Index] = e;
        }
        int missing = Array.FindIndex(entries, e => e is null);
        if (missing >= 0) throw new ArgumentException($"configuration {missing} is in no shard (a shard missing?)");
        return new SweepResult<TConfig, TResult>(entries.Select(e => e!.Value).ToArray());
    }
}
