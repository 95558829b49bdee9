using Signals.Data;

namespace Signals.Sentiment.Evaluation;

/// <summary>
/// Seeded, stratified splits: every class keeps its share in each part. Shuffling uses <see cref="DeterministicRandom"/>
/// (not System.Random, whose sequence may change between runtimes), so a seed means the same split forever.
/// </summary>
public static class StratifiedSplit
{
    /// <summary>Indices of the held-out part (a <paramref name="fraction"/> of each class, rounded) and of the rest.</summary>
    public static (int[] Train, int[] Holdout) TrainHoldout(IReadOnlyList<int> classes, double fraction, int seed)
    {
        if (fraction is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "holdout fraction must be in [0, 1)");
        var train = new List<int>();
        var holdout = new List<int>();
        var rng = new DeterministicRandom((ulong)seed);
        foreach (var group in ByClass(classes))
        {
            rng.Shuffle(group);
            int take = (int)Math.Round(group.Length * fraction, MidpointRounding.AwayFromZero);
            holdout.AddRange(group.Take(take));
            train.AddRange(group.Skip(take));
        }
        train.Sort();
        holdout.Sort();
        return (train.ToArray(), holdout.ToArray());
    }

    /// <summary>Fold number (0..k-1) of each item: each class is dealt round-robin across folds after a seeded shuffle.</summary>
    public static int[] Folds(IReadOnlyList<int> classes, int k, int seed)
    {
        if (k < 2) throw new ArgumentOutOfRangeException(nameof(k), k, "need at least 2 folds");
        var fold = new int[classes.Count];
        var rng = new DeterministicRandom((ulong)seed ^ 0x9E3779B97F4A7C15UL);
        int offset = 0;
        foreach (var group in ByClass(classes))
        {
            rng.Shuffle(group);
            for (int i = 0; i < group.Length; i++) fold[group[i]] = (offset + i) % k;
            offset += group.Length; // carry on dealing where the last class stopped, so fold sizes stay even
        }
        return fold;
    }

    private static IEnumerable<int[]> ByClass(IReadOnlyList<int> classes)
    {
        var groups = new SortedDictionary<int, List<int>>();
        for (int i = 0; i < classes.Count; i++)
        {
            if (!groups.TryGetValue(classes[i], out var list)) groups[classes[i]] = list = [];
            list.Add(i);
        }
        foreach (var g in groups.Values) yield return g.ToArray();
    }
}
