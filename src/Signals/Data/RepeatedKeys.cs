namespace Signals.Data;

/// <summary>
/// Finds the entries whose key an earlier entry already has, without a dictionary of the keys: a dictionary of 15 M
/// news ids costs about 28 bytes an id and a string of each, where sorting a 64-bit hash and an entry number costs 12
/// and holds no key. Entries are sorted by the hash of their key, and keys are compared only within a run of equal
/// hashes, by the caller's real comparison, so different keys that share a hash stay apart.
/// </summary>
internal static class RepeatedKeys
{
    /// <summary>
    /// Every entry whose key an earlier entry (a smaller number) has, paired with the earliest entry of that key, in
    /// ascending order of the later entry: what looking each entry up in a dictionary from key to first entry, in entry
    /// order, finds. Sorts both spans in place.
    /// </summary>
    /// <param name="hashes">Each entry's key hash, index for index with <paramref name="entries"/>; equal keys must hash equal.</param>
    /// <param name="entries">The entry numbers, distinct.</param>
    /// <param name="sameKey">Whether two entries' keys are equal: asked only of entries whose hashes are equal.</param>
    public static List<(int Later, int First)> Find(Span<ulong> hashes, Span<int> entries, Func<int, int, bool> sameKey)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(entries.Length, hashes.Length, nameof(entries));
        hashes.Sort(entries);
        var repeats = new List<(int Later, int First)>();
        // The distinct keys of one run of equal hashes, each by its earliest entry: almost always one.
        var firsts = new List<int>();
        for (int start = 0, end; start < hashes.Length; start = end)
        {
            for (end = start + 1; end < hashes.Length && hashes[end] == hashes[start]; end++) { }
            if (end - start == 1) continue;
            // The sort is not stable: the run goes back to entry order, so the first of each key is met first.
            entries[start..end].Sort();
            firsts.Clear();
            for (int i = start; i < end; i++)
            {
                int entry = entries[i];
                int first = -1;
                foreach (int f in firsts)
                    if (sameKey(f, entry)) { first = f; break; }
                if (first < 0) firsts.Add(entry);
                else repeats.Add((entry, first));
            }
        }
        repeats.Sort((a, b) => a.Later.CompareTo(b.Later));
        return repeats;
    }
}
