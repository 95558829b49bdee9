using Signals.Analytics;
using Signals.Backtesting;
using Signals.Features;
using Signals.Tests.Backtesting;
using Signals.Data;

namespace Signals.Tests.Analytics;

public class SweepShardsTests
{
    [Fact]
    public void Three_shards_merged_equal_the_whole_sweep_bit_for_bit()
    {
        var prices = TestMarkets.RandomWalk(symbols: 20, days: 150, seed: 21, missing: 0.02);
        var signal = DailySentiment.Build(TestMarkets.RandomNews(prices, seed: 22, rate: 0.2), prices.Dates, prices.Symbols).DecayingMean();
        var grid = ParameterSweep.Grid([1.0, 2.0, 4.0, 8.0], [0.1, 0.2, 0.3]);
        var options = new BacktestOptions { Sizing = Sizing.Fractional };

        var whole = LongShortSweep.Run(prices, signal, grid, options, maxDegreeOfParallelism: 1);
        var parts = Enumerable.Range(1, 3).Select(k => SweepShards.LongShort(prices, signal, grid, options, new BatchShard(k, 3), maxDegreeOfParallelism: 1)).ToList();
        Assert.Equal(grid.Count, parts.Sum(p => p.Trials));
        var merged = SweepShards.Merge(grid.Count, parts);

        Assert.Equal(whole.Trials, merged.Trials);
        for (int i = 0; i < whole.Trials; i++)
        {
            Assert.Equal(whole.Entries[i].Index, merged.Entries[i].Index);
            Assert.Equal(whole.Entries[i].Config, merged.Entries[i].Config);
            Assert.Equal(whole.Entries[i].Result.Select(BitConverter.DoubleToInt64Bits), merged.Entries[i].Result.Select(BitConverter.DoubleToInt64Bits));
        }
        Assert.Throws<ArgumentException>(() => SweepShards.Merge(grid.Count, parts.Take(2)));
        Assert.Throws<ArgumentException>(() => SweepShards.Merge(grid.Count, [.. parts, parts[0]]));
    }
}
