using Signals.Data;

namespace Signals.Tests.Data;

public sealed class RepeatedKeysTests
{
    [Fact]
    public void Keys_sharing_one_hash_stay_apart_and_each_repeat_names_the_first_entry_of_its_key()
    {
        string[] keys = ["a", "b", "a", "c", "b", "a", "d", "c"];
        // Entries handed over in no particular order, every hash equal: only the real comparison tells the keys apart.
        int[] entries = [5, 3, 0, 7, 1, 6, 2, 4];
        var repeats = RepeatedKeys.Find(new ulong[entries.Length], entries, (x, y) => keys[x] == keys[y]);
        Assert.Equal([(2, 0), (4, 1), (5, 0), (7, 3)], repeats);
    }

    [Fact]
    public void Entries_with_distinct_hashes_are_never_compared()
    {
        var repeats = RepeatedKeys.Find([3, 1, 2], [0, 1, 2], (_, _) => throw new InvalidOperationException("compared"));
        Assert.Empty(repeats);
        Assert.Empty(RepeatedKeys.Find([], [], (_, _) => true));
    }

    [Theory]
    [InlineData(1)]    // every key collides
    [InlineData(7)]    // many keys share each hash
    [InlineData(0)]    // a hash as good as the key itself
    public void Finds_what_a_dictionary_from_key_to_first_entry_finds(int hashBuckets)
    {
        var rng = new Random(hashBuckets + 11);
        int[] keys = [.. Enumerable.Range(0, 3000).Select(_ => rng.Next(400))];
        // Only some entries take part, as only the rows the loader kept do.
        int[] entries = [.. Enumerable.Range(0, keys.Length).Where(_ => rng.Next(5) > 0)];
        ulong Hash(int key) => hashBuckets == 0 ? (ulong)key * 0x9E3779B97F4A7C15 : (ulong)(key % hashBuckets);

        var firstOf = new Dictionary<int, int>();
        var expected = new List<(int, int)>();
        foreach (int entry in entries)
            if (!firstOf.TryAdd(keys[entry], entry)) expected.Add((entry, firstOf[keys[entry]]));

        var shuffled = entries.OrderBy(_ => rng.Next()).ToArray();
        var repeats = RepeatedKeys.Find([.. shuffled.Select(e => Hash(keys[e]))], shuffled, (x, y) => keys[x] == keys[y]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, repeats);
    }
}
