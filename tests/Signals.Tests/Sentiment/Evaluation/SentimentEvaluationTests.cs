using Signals.Sentiment;
using Signals.Sentiment.Evaluation;
using static Signals.Sentiment.SentimentLabel;

namespace Signals.Tests.Sentiment.Evaluation;

public class SentimentEvaluationTests
{
    [Fact]
    public void Metrics_match_a_hand_computed_confusion_matrix()
    {
        // truth \ predicted   neg neu pos
        // negative             3   1   0     support 4
        // neutral              1   2   1     support 4
        // positive             0   0   2     support 2
        SentimentLabel[] truth = [Negative, Negative, Negative, Negative, Neutral, Neutral, Neutral, Neutral, Positive, Positive];
        SentimentLabel[] predicted = [Negative, Negative, Negative, Neutral, Negative, Neutral, Neutral, Positive, Positive, Positive];

        var m = SentimentEvaluation.Evaluate(truth, predicted);

        Assert.Equal(10, m.N);
        Assert.Equal(new[,] { { 3, 1, 0 }, { 1, 2, 1 }, { 0, 0, 2 } }, m.Confusion);
        Assert.Equal(0.7, m.Accuracy, 12);
        // negative: P = 3/4, R = 3/4, F1 = 0.75
        // neutral:  P = 2/3, R = 2/4, F1 = 2·(2/3)(1/2)/(2/3+1/2) = 4/7
        // positive: P = 2/3, R = 1,   F1 = 0.8
        Assert.Equal(0.75, m.PerClass[0].Precision, 12);
        Assert.Equal(0.75, m.PerClass[0].Recall, 12);
        Assert.Equal(2.0 / 3, m.PerClass[1].Precision, 12);
        Assert.Equal(0.5, m.PerClass[1].Recall, 12);
        Assert.Equal(4.0 / 7, m.PerClass[1].F1, 12);
        Assert.Equal(1.0, m.PerClass[2].Recall, 12);
        Assert.Equal(0.8, m.PerClass[2].F1, 12);
        Assert.Equal((0.75 + 4.0 / 7 + 0.8) / 3, m.MacroF1, 12);
        Assert.Equal([4, 4, 2], m.PerClass.Select(c => c.Support));
        Assert.Equal([Negative, Neutral, Positive], m.PerClass.Select(c => c.Label));
    }

    [Fact]
    public void A_class_never_predicted_has_zero_precision_and_f1()
    {
        SentimentLabel[] truth = [Positive, Neutral, Negative, Neutral];
        SentimentLabel[] predicted = [Neutral, Neutral, Negative, Neutral];
        var m = SentimentEvaluation.Evaluate(truth, predicted);
        Assert.Equal(0, m.PerClass[2].Precision);
        Assert.Equal(0, m.PerClass[2].F1);
        Assert.Equal(0.75, m.Accuracy, 12);
        // neutral: P = 2/3, R = 1 → F1 = 0.8; negative F1 = 1; positive 0
        Assert.Equal((1 + 0.8 + 0) / 3, m.MacroF1, 12);
    }

    [Fact]
    public void Perfect_predictions_score_one()
    {
        SentimentLabel[] labels = [Negative, Neutral, Positive, Positive];
        var m = SentimentEvaluation.Evaluate(labels, labels);
        Assert.Equal(1, m.Accuracy);
        Assert.Equal(1, m.MacroF1);
    }

    [Fact]
    public void Mismatched_or_empty_inputs_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => SentimentEvaluation.Evaluate([Positive], [Positive, Negative]));
        Assert.Throws<ArgumentException>(() => SentimentEvaluation.Evaluate([], []));
    }
}
