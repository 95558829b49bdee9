using Signals.Analytics;

namespace Signals.Tests.Analytics;

public class PurgedKFoldTests
{
    private static int[] RandomLabelEnds(int n, int maxHorizon, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(i => Math.Min(n - 1, i + rng.Next(maxHorizon + 1))).ToArray();
    }

    [Fact]
    public void No_training_label_window_overlaps_the_test_fold()
    {
        var labelEnd = RandomLabelEnds(500, 20, seed: 1);
        foreach (var fold in PurgedKFold.Split(labelEnd, folds: 5, embargoFraction: 0.02))
        {
            int testStart = fold.Test[0], spanEnd = fold.Test.Max(i => labelEnd[i]);
            foreach (int i in fold.Train)
                Assert.False(i <= spanEnd && labelEnd[i] >= testStart, $"fold {fold.Fold}: train {i}..{labelEnd[i]} overlaps test span {testStart}..{spanEnd}");
        }
    }

    [Fact]
    public void Embargo_follows_each_test_fold_and_nothing_more_is_dropped()
    {
        const int n = 500;
        var labelEnd = RandomLabelEnds(n, 10, seed: 2);
        int embargo = (int)Math.Ceiling(0.03 * n);
        var folds = PurgedKFold.Split(labelEnd, folds: 4, embargoFraction: 0.03);

        foreach (var fold in folds)
        {
            int testStart = fold.Test[0], testEnd = fold.Test[^1] + 1, spanEnd = fold.Test.Max(i => labelEnd[i]);
            var train = fold.Train.ToHashSet();
            for (int i = testEnd; i < n; i++)
                Assert.Equal(i > spanEnd + embargo, train.Contains(i));
            for (int i = 0; i < testStart; i++)
                Assert.Equal(labelEnd[i] < testStart, train.Contains(i)); // purged only if its label reaches the test fold
            Assert.DoesNotContain(fold.Train, fold.Test.Contains);
        }
    }

    [Fact]
    public void Test_folds_partition_the_observations_in_order()
    {
        var folds = PurgedKFold.Split(observations: 103, labelHorizon: 5, folds: 5, embargoFraction: 0);
        Assert.Equal(Enumerable.Range(0, 103), folds.SelectMany(f => f.Test));
        Assert.Equal([21, 21, 21, 20, 20], folds.Select(f => f.Test.Length));
        // Middle fold 2 = [42, 63): train before it stops at 36 (label 36..41), after it resumes at 63 + 5 = 68.
        Assert.Equal(36, folds[2].Train.Where(i => i < 42).Max());
        Assert.Equal(68, folds[2].Train.Where(i => i > 62).Min());
    }

    [Fact]
    public void Label_ending_before_it_starts_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => PurgedKFold.Split([0, 0, 2, 3, 4, 5], folds: 2));
    }
}
