using Signals.Analytics;

namespace Signals.Tests.Analytics;

public sealed class GroupedSumsTests
{
    private static void AssertSameAsTree(IEnumerable<(long Key, double Value)> added, int capacity = 0)
    {
        var grouped = new GroupedSums(capacity);
        var tree = new SortedDictionary<long, (double Sum, int Count)>();
        foreach (var (key, value) in added)
        {
            grouped.Add(key, value);
            tree[key] = tree.TryGetValue(key, out var v) ? (v.Sum + value, v.Count + 1) : (value, 1);
        }

        var groups = grouped.Groups().ToArray();

        Assert.Equal(tree.Count, groups.Length);
        // Tuple equality of doubles is bit equality here: each sum must add its values in the order they came.
        Assert.Equal(tree.Select(p => (p.Key, p.Value.Sum, p.Value.Count)), groups);
    }

    private static IEnumerable<(long, double)> RandomValues(int seed, int count, Func<Random, long> key)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
            yield return (key(random), (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 9)));
    }

    [Fact]
    public void Groups_equal_a_sorted_dictionary_of_running_sums_bit_for_bit()
    {
        AssertSameAsTree(RandomValues(7, 20_000, r => r.Next(3_000) * 1_000_003L));      // many repeats, keys far apart
    }

    [Fact]
    public void Negative_keys_and_a_short_capacity_group_the_same()
    {
        AssertSameAsTree(RandomValues(8, 5_000, r => r.Next(-40, 40) * 1_000_000_007L), capacity: 10);
    }

    [Fact]
    public void Keys_too_wide_to_pack_with_their_index_group_the_same()
    {
        AssertSameAsTree(RandomValues(9, 3_000, r => r.Next(4) switch { 0 => long.MinValue, 1 => long.MaxValue, 2 => -1, _ => r.NextInt64() }));
    }

    [Fact]
    public void One_value_is_one_group()
    {
        AssertSameAsTree([(42L, -0.0)]);
    }

    [Fact]
    public void Nothing_added_gives_no_groups()
    {
        Assert.Empty(new GroupedSums().Groups().ToArray());
        Assert.Equal(0, new GroupedSums().Groups().Count);
    }

    [Fact]
    public void The_groups_are_read_once()
    {
        var grouped = new GroupedSums();
        grouped.Add(1, 2);
        grouped.Groups();
        Assert.Throws<InvalidOperationException>(() => grouped.Groups());
        Assert.Throws<InvalidOperationException>(() => grouped.Add(1, 2));
    }
}
