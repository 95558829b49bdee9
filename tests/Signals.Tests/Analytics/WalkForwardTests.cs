using Signals.Analytics;

namespace Signals.Tests.Analytics;

public class WalkForwardTests
{
    [Fact]
    public void Rolling_and_anchored_windows_tile_the_test_periods()
    {
        var rolling = WalkForward.Windows(100, trainLength: 40, testLength: 25, WalkForwardMode.Rolling, gap: 2);
        Assert.Equal(
        [
            new WalkForwardWindow(0, 40, 42, 67),
            new WalkForwardWindow(25, 65, 67, 92),
            new WalkForwardWindow(50, 90, 92, 100),
        ], rolling);

        var anchored = WalkForward.Windows(100, trainLength: 40, testLength: 25, WalkForwardMode.Anchored);
        Assert.All(anchored, w => Assert.Equal(0, w.TrainStart));
        Assert.Equal([40, 65, 90], anchored.Select(w => w.TrainEnd));
    }

    /// <summary>Candidate c earns data[c][t] at observation t.</summary>
    private static double[][] RandomStrategies(int candidates, int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, candidates)
            .Select(c => Enumerable.Range(0, n).Select(_ => 0.0002 * c + 0.01 * AnalyticsFixtures.Gaussian(rng)).ToArray())
            .ToArray();
    }

    [Fact]
    public void Selection_uses_only_data_before_each_test_window()
    {
        const int n = 600;
        var data = RandomStrategies(6, n, seed: 3);
        var windows = WalkForward.Windows(n, trainLength: 120, testLength: 60);
        int[] candidates = [0, 1, 2, 3, 4, 5];
        double[] Returns(double[][] d, int c, int start, int end) => d[c][start..end];

        var before = WalkForward.Run(candidates, windows, (c, s, e) => Returns(data, c, s, e));

        // Rewrite everything after the third test window so that candidate 5 is wildly best from then on.
        int k = 2, cut = windows[k].TestEnd;
        var altered = data.Select(a => (double[])a.Clone()).ToArray();
        for (int c = 0; c < altered.Length; c++)
            for (int t = cut; t < n; t++) altered[c][t] = c == 5 ? 0.05 + 0.001 * Math.Sin(t) : -0.01 + 0.001 * Math.Cos(t);
        var after = WalkForward.Run(candidates, windows, (c, s, e) => Returns(altered, c, s, e));

        for (int f = 0; f <= k; f++)
        {
            Assert.Equal(before.Folds[f].SelectedIndex, after.Folds[f].SelectedIndex);
            Assert.Equal(before.Folds[f].TestReturns, after.Folds[f].TestReturns);
        }
        // The change is real: once training windows include the rewritten data, the choice follows it.
        Assert.All(after.Folds.Skip(k + 3), f => Assert.Equal(5, f.SelectedIndex));
        Assert.Contains(before.Folds.Skip(k + 3), f => f.SelectedIndex != 5);
    }

    [Fact]
    public void Out_of_sample_returns_are_the_chosen_candidates_test_returns_stitched_in_order()
    {
        var data = RandomStrategies(4, 300, seed: 4);
        var windows = WalkForward.Windows(300, 100, 50, WalkForwardMode.Anchored);
        var result = WalkForward.Run([0, 1, 2, 3], windows, (c, s, e) => data[c][s..e], maxDegreeOfParallelism: 2);

        Assert.Equal(200, result.OutOfSampleReturns.Length);
        Assert.Equal(100, result.OutOfSampleStart);
        Assert.Equal(4, result.Candidates);
        for (int f = 0; f < result.Folds.Count; f++)
        {
            var fold = result.Folds[f];
            Assert.Equal(data[fold.Selected][fold.Window.TestStart..fold.Window.TestEnd], result.OutOfSampleReturns[(f * 50)..((f + 1) * 50)]);
            double bestTrain = Enumerable.Range(0, 4).Max(c => SharpeStatistics.PerPeriod(data[c][fold.Window.TrainStart..fold.Window.TrainEnd]));
            Assert.Equal(bestTrain, fold.TrainScore);
        }
    }

    [Fact]
    public void A_return_function_of_the_wrong_length_is_an_error()
    {
        var windows = WalkForward.Windows(50, 20, 10);
        var ex = Assert.Throws<InvalidOperationException>(() => WalkForward.Run([1], windows, (c, s, e) => new double[3]));
        Assert.Contains("[0, 20)", ex.Message);
    }
}
