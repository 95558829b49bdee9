using Signals.Sentiment.Evaluation;

namespace Signals.Tests.Sentiment.Evaluation;

public class StratifiedSplitTests
{
    private static readonly int[] Classes = Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? 0 : i % 3 == 1 ? 1 : 2).ToArray();

    [Fact]
    public void Holdout_keeps_each_class_share_and_covers_every_row_once()
    {
        var (train, holdout) = StratifiedSplit.TrainHoldout(Classes, 0.2, seed: 42);
        Assert.Equal(60, holdout.Length);
        Assert.Equal(240, train.Length);
        Assert.Empty(train.Intersect(holdout));
        Assert.Equal(Enumerable.Range(0, 300), train.Concat(holdout).Order());
        Assert.All(new[] { 0, 1, 2 }, c => Assert.Equal(20, holdout.Count(i => Classes[i] == c)));
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_and_another_seed_a_different_one()
    {
        var a = StratifiedSplit.TrainHoldout(Classes, 0.2, 7);
        var b = StratifiedSplit.TrainHoldout(Classes, 0.2, 7);
        var c = StratifiedSplit.TrainHoldout(Classes, 0.2, 8);
        Assert.Equal(a.Holdout, b.Holdout);
        Assert.NotEqual(a.Holdout, c.Holdout);
    }

    [Fact]
    public void Folds_are_even_and_stratified()
    {
        var folds = StratifiedSplit.Folds(Classes, 5, 42);
        for (int f = 0; f < 5; f++)
        {
            Assert.Equal(60, folds.Count(x => x == f));
            for (int c = 0; c < 3; c++) Assert.Equal(20, Enumerable.Range(0, 300).Count(i => folds[i] == f && Classes[i] == c));
        }
        Assert.Equal(folds, StratifiedSplit.Folds(Classes, 5, 42));
    }
}
