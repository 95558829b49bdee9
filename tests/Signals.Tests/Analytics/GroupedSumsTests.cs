using Signals.Analytics;

namespace Signals.Tests.Analytics;

public sealed class GroupedSumsTests
{
    [Fact]
    public void Groups_equal_a_sorted_dictionary_of_running_sums_bit_for_bit()
    {
        var random = new Random(7);
        var grouped = new GroupedSums();
        var tree = new SortedDictionary<long, (double Sum, int Count)>();
        for (int i = 0; i < 20_000; i++)
        {
            long key = random.Next(3_000) * 1_000_003L;              // many repeats, keys far apart
            double value = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 9));
            grouped.Add(key, value);
            tree[key] = tree.TryGetValue(key, out var v) ? (v.Sum + value, v.Count + 1) : (value, 1);
        }

        var groups = grouped.Groups();

        Assert.Equal(tree.Count, groups.Count);
        Assert.Equal(tree.Select(p => (p.Key, p.Value.Sum, p.Value.Count)), groups);
    }

    [Fact]
    public void Nothing_added_gives_no_groups()
    {
        Assert.Empty(new GroupedSums().Groups());
    }
}
