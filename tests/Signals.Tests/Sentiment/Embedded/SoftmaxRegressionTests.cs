using Signals.Sentiment.Embedded;

namespace Signals.Tests.Sentiment.Embedded;

public class SoftmaxRegressionTests
{
    [Fact]
    public void Log_softmax_gives_probabilities_that_sum_to_one_and_keep_order()
    {
        double[] z = [1.0, 2.0, 3.0];
        SoftmaxRegression.LogSoftmaxInPlace(z);
        double e1 = Math.Exp(1), e2 = Math.Exp(2), e3 = Math.Exp(3), sum = e1 + e2 + e3;
        Assert.Equal(Math.Log(e1 / sum), z[0], 12);
        Assert.Equal(Math.Log(e3 / sum), z[2], 12);
        Assert.Equal(1.0, z.Sum(Math.Exp), 12);

        double[] huge = [1000, 1001, 999]; // must not overflow
        SoftmaxRegression.LogSoftmaxInPlace(huge);
        Assert.Equal(1.0, huge.Sum(Math.Exp), 12);
    }

    [Fact]
    public void Analytic_gradient_matches_finite_differences()
    {
        // 5 rows, 2 features, 3 classes, already standardised-ish values.
        double[] z = [0.5, -1.2, 1.5, 0.3, -0.7, 0.9, -1.1, -0.4, 0.8, 1.4];
        int[] labels = [0, 1, 2, 1, 0];
        var objective = new SoftmaxRegression.Objective(z, labels, n: 5, d: 2, classes: 3, l2: 0.1);
        double[] theta = [0.2, -0.3, 0.1, 0.4, -0.5, 0.05, 0.1, -0.2, 0.3];
        var grad = new double[theta.Length];
        objective.Evaluate(theta, grad);

        const double h = 1e-6;
        var scratch = new double[theta.Length];
        for (int p = 0; p < theta.Length; p++)
        {
            var plus = (double[])theta.Clone(); plus[p] += h;
            var minus = (double[])theta.Clone(); minus[p] -= h;
            double numeric = (objective.Evaluate(plus, scratch) - objective.Evaluate(minus, scratch)) / (2 * h);
            Assert.Equal(numeric, grad[p], 6);
        }
    }

    [Fact]
    public void Loss_at_zero_weights_is_log_of_the_class_count()
    {
        double[] z = [1, 2, 3, 4];
        var objective = new SoftmaxRegression.Objective(z, [0, 1, 2, 0], n: 4, d: 1, classes: 3, l2: 1);
        Assert.Equal(Math.Log(3), objective.Evaluate(new double[6], new double[6]), 12);
    }

    [Fact]
    public void Fits_a_small_separable_set_and_is_deterministic()
    {
        // Three clusters on a line and a second, irrelevant feature.
        var x = new List<double[]>();
        var y = new List<int>();
        double[] centres = [-3, 0, 3];
        for (int c = 0; c < 3; c++)
            for (int i = 0; i < 10; i++)
            {
                x.Add([centres[c] + 0.1 * (i - 4.5), (i % 2 == 0 ? 1 : -1) * 0.5]);
                y.Add(c);
            }

        var model = SoftmaxRegression.Fit(x, y, classes: 3, l2: 0.01);
        Span<double> logp = stackalloc double[3];
        for (int i = 0; i < x.Count; i++)
        {
            model.LogProbabilities(x[i], logp);
            Assert.Equal(y[i], SentimentHeadTrainer.ArgMax(logp));
        }

        var again = SoftmaxRegression.Fit(x, y, classes: 3, l2: 0.01);
        Assert.Equal(model.Weights, again.Weights);
        Assert.Equal(model.Bias, again.Bias);
    }

    [Fact]
    public void Stronger_regularisation_gives_smaller_weights()
    {
        var x = new List<double[]> { new[] { -1.0 }, new[] { -0.5 }, new[] { 0.5 }, new[] { 1.0 }, new[] { 0.0 }, new[] { 0.1 } };
        var y = new List<int> { 0, 0, 2, 2, 1, 1 };
        var weak = SoftmaxRegression.Fit(x, y, 3, l2: 0.001);
        var strong = SoftmaxRegression.Fit(x, y, 3, l2: 1);
        Assert.True(strong.Weights.Sum(w => w * w) < weak.Weights.Sum(w => w * w));
    }
}
